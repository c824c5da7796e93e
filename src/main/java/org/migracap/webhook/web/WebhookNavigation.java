package org.migracap.webhook.web;

import org.migracap.platform.CycleStep;
import org.migracap.platform.NavItem;
import org.migracap.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebhookNavigation {

	@Bean
	NavItem webhooksNav() {
		return NavItem.roles(CycleStep.ADMIN, "nav.webhooks", "/admin/webhooks", 35, Role.ADMIN);
	}

}
