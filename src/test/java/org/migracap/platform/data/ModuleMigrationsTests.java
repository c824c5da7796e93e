package org.migracap.platform.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.migracap.MigraCapApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;

/**
 * The fixed module list of {@link ModuleMigrations} names every module Spring Modulith finds, each after the modules
 * it depends on, so that a module's migrations can refer to the tables of the modules it uses.
 */
class ModuleMigrationsTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(MigraCapApplication.class);

	@Test
	void listsEveryModule() {
		List<String> found = MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString).toList();
		assertThat(ModuleMigrations.MODULES).containsExactlyInAnyOrderElementsOf(found);
	}

	@Test
	void migratesEachModuleAfterTheModulesItDependsOn() {
		for (ApplicationModule module : MODULES) {
			int position = ModuleMigrations.MODULES.indexOf(module.getIdentifier().toString());
			module.getDirectDependencies(MODULES, DependencyType.values())
				.uniqueModules()
				.map(ApplicationModule::getIdentifier)
				.map(Object::toString)
				.forEach(dependency -> assertThat(ModuleMigrations.MODULES.indexOf(dependency))
					.as("%s is migrated before %s, which depends on it", dependency, module.getIdentifier())
					.isLessThan(position));
		}
	}

}
