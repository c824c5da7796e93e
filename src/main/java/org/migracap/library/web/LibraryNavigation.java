package org.migracap.library.web;

import org.migracap.platform.CycleStep;
import org.migracap.platform.NavItem;
import org.migracap.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LibraryNavigation {

	@Bean
	NavItem librarySearchNav() {
		return NavItem.everyone(CycleStep.LEARN, "nav.library", "/library", 10);
	}

	@Bean
	NavItem libraryCompareNav() {
		return NavItem.everyone(CycleStep.LEARN, "nav.libraryCompare", "/library/compare", 20);
	}

	@Bean
	NavItem libraryPeersNav() {
		return NavItem.everyone(CycleStep.LEARN, "nav.libraryPeers", "/library/peers", 30);
	}

	@Bean
	NavItem libraryImportNav() {
		return NavItem.roles(CycleStep.LEARN, "nav.libraryImport", "/library/import", 40, Role.FOCAL_POINT,
				Role.COORDINATOR, Role.ADMIN);
	}

}
