package org.migracap.programme.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.migracap.platform.CountryTab;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.CycleStep;
import org.migracap.platform.HomePanel;
import org.migracap.platform.NavItem;
import org.migracap.platform.Role;
import org.migracap.platform.ViewFragment;
import org.migracap.programme.domain.ProgrammeService;
import org.migracap.programme.domain.ProgrammeViews;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Navigation, the coordinator's home panel of programmes with results overdue, and the programmes tab on the country
 * page (published programmes for everybody, drafts for IOM staff and the country's focal points).
 */
@Configuration(proxyBeanMethods = false)
class ProgrammePanels {

	@Bean
	NavItem programmesNav() {
		return NavItem.everyone(CycleStep.DELIVER, "nav.programmes", "/programmes", 10);
	}

	@Bean
	NavItem recurrentNav() {
		return NavItem.roles(CycleStep.DELIVER, "nav.recurrent", "/recurrent", 20, Role.COORDINATOR, Role.ADMIN);
	}

	@Bean
	NavItem iatiNav() {
		return NavItem.everyone(CycleStep.DELIVER, "nav.iati", "/programmes/iati.xml", 30);
	}

	@Bean
	NavItem impactNav() {
		return NavItem.everyone(CycleStep.EVALUATE, "nav.impact", "/programmes?status=2", 10);
	}

	@Bean
	HomePanel overduePanel(ProgrammeService programmes) {
		return new HomePanel() {
			@Override
			public int order() {
				return 60;
			}

			@Override
			public boolean visibleTo(Optional<CurrentUser> user) {
				return user.map(u -> u.has(Role.COORDINATOR)).orElse(false);
			}

			@Override
			public ViewFragment render(Optional<CurrentUser> user) {
				List<ProgrammeViews.Overdue> overdue = programmes.overdue();
				return ViewFragment.of("programme/panels", "overdue",
						Map.of("count", overdue.size(), "rows", overdue.stream().limit(6).toList()));
			}
		};
	}

	@Bean
	CountryTab programmesTab(ProgrammeService programmes) {
		return new CountryTab() {
			@Override
			public String key() {
				return "programmes";
			}

			@Override
			public String labelKey() {
				return "programme.tab";
			}

			@Override
			public int order() {
				return 60;
			}

			@Override
			public ViewFragment render(String iso3, Optional<CurrentUser> user) {
				List<ProgrammeViews.Row> rows = programmes.visibleRows(user)
					.stream()
					.filter(r -> r.countries().contains(iso3))
					.sorted(Comparator.comparing(ProgrammeViews.Row::plannedStart).reversed())
					.toList();
				return ViewFragment.of("programme/panels", "countryTab",
						Map.of("rows", rows, "iso3", iso3, "mayRecurrent", user.map(u -> u.canSeeConfidentialOf(iso3)).orElse(false)));
			}
		};
	}

}
