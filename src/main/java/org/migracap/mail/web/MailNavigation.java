package org.migracap.mail.web;

import org.migracap.platform.CycleStep;
import org.migracap.platform.NavItem;
import org.migracap.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MailNavigation {

	@Bean
	NavItem outgoingMailNav() {
		return NavItem.roles(CycleStep.ADMIN, "nav.mail", "/admin/mail", 30, Role.ADMIN);
	}

}
