package org.migracap.mobility.web;

import org.migracap.platform.CycleStep;
import org.migracap.platform.NavItem;
import org.migracap.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MobilityNavigation {

	@Bean
	NavItem corridorsNav() {
		return NavItem.everyone(CycleStep.ANALYSE, "nav.corridors", "/corridors", 20);
	}

	@Bean
	NavItem routesNav() {
		return NavItem.everyone(CycleStep.ANALYSE, "nav.routes", "/routes", 21);
	}

	@Bean
	NavItem weakestLinksNav() {
		return NavItem.everyone(CycleStep.ANALYSE, "nav.weakestLinks", "/chain", 22);
	}

	@Bean
	NavItem migrationDataNav() {
		return NavItem.everyone(CycleStep.LEARN, "nav.migrationData", "/corridors/sources", 60);
	}

	@Bean
	NavItem aliasesNav() {
		return NavItem.roles(CycleStep.ADMIN, "nav.countryAliases", "/admin/mobility/aliases", 60, Role.ADMIN,
				Role.COORDINATOR);
	}

	@Bean
	NavItem relevanceNav() {
		return NavItem.roles(CycleStep.ADMIN, "nav.roleRelevance", "/admin/mobility/relevance", 61, Role.ADMIN,
				Role.COORDINATOR);
	}

}
