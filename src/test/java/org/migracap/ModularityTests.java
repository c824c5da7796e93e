package org.migracap;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure of DESIGN.md section 3 holds: no module reaches into another's internals, and dependencies
 * point only where each module's package-info allows.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(MigraCapApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void documentModules() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
