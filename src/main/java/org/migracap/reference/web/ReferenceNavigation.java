package org.migracap.reference.web;

import org.migracap.platform.CycleStep;
import org.migracap.platform.NavItem;
import org.migracap.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReferenceNavigation {

	@Bean
	NavItem countriesNav() {
		return NavItem.everyone(CycleStep.COUNTRIES, "nav.countries", "/countries", 10);
	}

	@Bean
	NavItem focusAreasNav() {
		return NavItem.everyone(CycleStep.LEARN, "nav.focusAreas", "/focus-areas", 70);
	}

	@Bean
	NavItem membershipNav() {
		return NavItem.roles(CycleStep.ADMIN, "nav.membership", "/admin/reference/membership", 30, Role.ADMIN);
	}

	@Bean
	NavItem ratificationsNav() {
		return NavItem.roles(CycleStep.ADMIN, "nav.ratifications", "/admin/reference/ratifications", 40, Role.ADMIN);
	}

}
