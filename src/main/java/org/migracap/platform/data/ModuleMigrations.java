package org.migracap.platform.data;

import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * Runs the Flyway migrations of each application module from its own folder ({@code db/migration/<module>}) with its
 * own history table ({@code flyway_schema_history_<module>}), root migrations ({@code __root}) first and the modules
 * in dependency order, exactly as Spring Modulith's runtime Flyway support does. It does so from a fixed list instead
 * of Modulith's run-time analysis of the class path (an ArchUnit scan of every class of the application, five seconds
 * of CPU at each start on the reference machine); {@code ModuleMigrationsTests} checks the list against the modules
 * Spring Modulith finds and against their dependencies, so that a new module cannot be forgotten.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ModuleMigrations {

	/** The folder and history table suffix of migrations that belong to no module. */
	static final String ROOT = "__root";

	/** Every application module, each after the modules it may depend on. */
	static final List<String> MODULES = List.of("platform", "mail", "reference", "workshopoutcome", "identity", "assessment", "mobility",
			"library", "cooperation", "request", "planning", "programme", "workshop", "profile", "webhook");

	@Bean
	FlywayMigrationStrategy moduleMigrationStrategy() {
		return flyway -> {
			migrate(flyway.getConfiguration(), ROOT);
			for (String module : MODULES) {
				migrate(flyway.getConfiguration(), module);
			}
		};
	}

	private static void migrate(Configuration base, String module) {
		String[] locations = Arrays.stream(base.getLocations())
			.map(location -> location.getDescriptor())
			.map(location -> location.endsWith("*") ? location : location + "/" + module)
			.toArray(String[]::new);
		Flyway.configure()
			.configuration(base)
			.locations(locations)
			.table(ROOT.equals(module) ? base.getTable() : base.getTable() + "_" + module)
			.baselineVersion("0")
			.baselineOnMigrate(true)
			.load()
			.migrate();
	}

}
