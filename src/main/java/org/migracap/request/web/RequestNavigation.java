package org.migracap.request.web;

import org.migracap.platform.CycleStep;
import org.migracap.platform.NavItem;
import org.migracap.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RequestNavigation {

	@Bean
	NavItem requestsNav() {
		return NavItem.roles(CycleStep.ANALYSE, "nav.requests", "/requests", 40, Role.FOCAL_POINT, Role.COORDINATOR,
				Role.ADMIN);
	}

	@Bean
	NavItem newRequestNav() {
		return NavItem.roles(CycleStep.ANALYSE, "nav.requestNew", "/requests/new", 41, Role.FOCAL_POINT);
	}

	@Bean
	NavItem triageNav() {
		return NavItem.roles(CycleStep.ANALYSE, "nav.triage", "/requests/triage", 42, Role.COORDINATOR, Role.ADMIN);
	}

}
