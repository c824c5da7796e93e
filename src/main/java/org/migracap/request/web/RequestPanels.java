package org.migracap.request.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.migracap.platform.CountryTab;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.HomePanel;
import org.migracap.platform.Role;
import org.migracap.platform.ViewFragment;
import org.migracap.request.domain.RequestRow;
import org.migracap.request.domain.RequestService;
import org.migracap.request.domain.RequestStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What is due, on the home page: the coordinator's requests waiting for triage (oldest first), a focal point's
 * requests on which IOM asked for information; and the requests tab on the country page (staff and the country's
 * own focal points only).
 */
@Configuration(proxyBeanMethods = false)
class RequestPanels {

	@Bean
	HomePanel triagePanel(RequestService requests) {
		return new HomePanel() {
			@Override
			public int order() {
				return 40;
			}

			@Override
			public boolean visibleTo(Optional<CurrentUser> user) {
				return user.map(u -> u.has(Role.COORDINATOR)).orElse(false);
			}

			@Override
			public ViewFragment render(Optional<CurrentUser> user) {
				List<RequestRow> waiting = requests.withStatus(RequestStatus.SUBMITTED)
					.stream()
					.sorted(Comparator.comparing(RequestRow::statusChangedAt))
					.toList();
				return ViewFragment.of("request/panels", "triage",
						Map.of("count", waiting.size(), "rows", waiting.stream().limit(5).toList()));
			}
		};
	}

	@Bean
	HomePanel myRequestsPanel(RequestService requests) {
		return new HomePanel() {
			@Override
			public int order() {
				return 41;
			}

			@Override
			public boolean visibleTo(Optional<CurrentUser> user) {
				return user.map(u -> u.has(Role.FOCAL_POINT) && u.countryCode() != null).orElse(false);
			}

			@Override
			public ViewFragment render(Optional<CurrentUser> user) {
				List<RequestRow> mine = requests.visibleRows(user.orElseThrow());
				return ViewFragment.of("request/panels", "mine",
						Map.of("needInfo", mine.stream().filter(r -> r.status() == RequestStatus.INFO_REQUESTED).toList(),
								"open", mine.stream().filter(r -> r.status().open()).count()));
			}
		};
	}

	@Bean
	CountryTab requestsTab(RequestService requests) {
		return new CountryTab() {
			@Override
			public String key() {
				return "requests";
			}

			@Override
			public String labelKey() {
				return "request.tab";
			}

			@Override
			public int order() {
				return 50;
			}

			@Override
			public boolean visibleTo(Optional<CurrentUser> user, String iso3) {
				return user.map(u -> u.canSeeConfidentialOf(iso3)).orElse(false);
			}

			@Override
			public ViewFragment render(String iso3, Optional<CurrentUser> user) {
				List<RequestRow> rows = user.filter(u -> u.canSeeConfidentialOf(iso3))
					.map(u -> requests.visibleRows(u)
						.stream()
						.filter(r -> r.countries().contains(iso3))
						.sorted(Comparator.comparing(RequestRow::submittedAt).reversed())
						.toList())
					.orElse(List.of());
				return ViewFragment.of("request/panels", "countryTab", Map.of("rows", rows));
			}
		};
	}

}
