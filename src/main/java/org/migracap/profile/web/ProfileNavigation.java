package org.migracap.profile.web;

import org.migracap.platform.CycleStep;
import org.migracap.platform.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProfileNavigation {

	@Bean
	NavItem compareNav() {
		return NavItem.everyone(CycleStep.ANALYSE, "profile.nav.compare", "/compare", 10);
	}

	@Bean
	NavItem mapNav() {
		return NavItem.everyone(CycleStep.ANALYSE, "profile.nav.map", "/map", 20);
	}

	@Bean
	NavItem overviewNav() {
		return NavItem.everyone(CycleStep.ANALYSE, "profile.nav.overview", "/overview", 30);
	}

}
