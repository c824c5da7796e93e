package org.migracap.assessment.web;

import org.migracap.platform.CycleStep;
import org.migracap.platform.NavItem;
import org.migracap.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AssessmentNavigation {

	@Bean
	NavItem assessmentsNav() {
		return NavItem.everyone(CycleStep.ASSESS, "assessment.nav.assessments", "/assessments", 10);
	}

	@Bean
	NavItem frameworkNav() {
		return NavItem.everyone(CycleStep.ASSESS, "assessment.nav.frameworks", "/frameworks", 20);
	}

	@Bean
	NavItem frameworkAdminNav() {
		return NavItem.roles(CycleStep.ADMIN, "assessment.nav.frameworkAdmin", "/frameworks?drafts=true", 50,
				Role.ADMIN);
	}

}
