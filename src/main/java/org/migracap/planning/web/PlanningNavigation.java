package org.migracap.planning.web;

import org.migracap.platform.CycleStep;
import org.migracap.platform.NavItem;
import org.migracap.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlanningNavigation {

	@Bean
	NavItem planningScenariosNav() {
		return NavItem.roles(CycleStep.PRIORITISE, "nav.planning.scenarios", "/planning", 10, Role.COORDINATOR,
				Role.ADMIN);
	}

	@Bean
	NavItem planningCompareNav() {
		return NavItem.roles(CycleStep.PRIORITISE, "nav.planning.compare", "/planning/compare", 20, Role.COORDINATOR,
				Role.ADMIN);
	}

	@Bean
	NavItem planningCatalogueNav() {
		return NavItem.roles(CycleStep.PRIORITISE, "nav.planning.catalogue", "/planning/catalogue", 30,
				Role.COORDINATOR, Role.ADMIN);
	}

}
