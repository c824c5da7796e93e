package org.migracap.cooperation.web;

import org.migracap.platform.CycleStep;
import org.migracap.platform.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CooperationNavigation {

	@Bean
	NavItem commonGroundNav() {
		return NavItem.everyone(CycleStep.DELIBERATE, "nav.commonGround", "/cooperation/common-ground", 30);
	}

	@Bean
	NavItem objectivesNav() {
		return NavItem.everyone(CycleStep.DELIBERATE, "nav.objectives", "/cooperation/objectives", 31);
	}

	@Bean
	NavItem agreementsNav() {
		return NavItem.everyone(CycleStep.DELIBERATE, "nav.agreements", "/agreements", 32);
	}

	@Bean
	NavItem coverageNav() {
		return NavItem.everyone(CycleStep.ANALYSE, "nav.coverage", "/agreements/coverage", 23);
	}

}
