package org.migracap.identity.web;

import org.migracap.platform.CycleStep;
import org.migracap.platform.NavItem;
import org.migracap.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

	@Bean
	NavItem usersNav() {
		return NavItem.roles(CycleStep.ADMIN, "nav.users", "/admin/users", 10, Role.ADMIN);
	}

	@Bean
	NavItem serviceAccountsNav() {
		return NavItem.roles(CycleStep.ADMIN, "nav.serviceAccounts", "/admin/service-accounts", 15, Role.ADMIN);
	}

	@Bean
	NavItem inviteNav() {
		return NavItem.roles(CycleStep.ADMIN, "nav.invite", "/users/invite", 16, Role.ADMIN, Role.COORDINATOR);
	}

	@Bean
	NavItem auditNav() {
		return NavItem.roles(CycleStep.ADMIN, "nav.audit", "/admin/audit", 20, Role.ADMIN);
	}

}
