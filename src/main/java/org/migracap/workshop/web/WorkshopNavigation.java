package org.migracap.workshop.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.migracap.platform.CurrentUser;
import org.migracap.platform.CycleStep;
import org.migracap.platform.HomePanel;
import org.migracap.platform.NavItem;
import org.migracap.platform.Role;
import org.migracap.platform.ViewFragment;
import org.migracap.workshop.domain.BallotService;
import org.migracap.workshop.domain.WorkshopService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/** The workshops entry under "Deliberate" and the home panel listing the user's workshops and open votes. */
@Configuration(proxyBeanMethods = false)
class WorkshopNavigation {

	@Bean
	NavItem workshopsNav() {
		return NavItem.signedIn(CycleStep.DELIBERATE, "nav.workshops", "/workshops", 10);
	}

	@Bean
	NavItem newWorkshopNav() {
		return NavItem.roles(CycleStep.DELIBERATE, "nav.workshops.new", "/workshops/new", 20, Role.FACILITATOR,
				Role.COORDINATOR, Role.ADMIN);
	}

	/** An open ballot the user can vote in. */
	public record OpenBallot(long workshopId, long ballotId, String title) {
	}

	@Bean
	HomePanel workshopHomePanel(WorkshopService workshops, BallotService ballots) {
		return new HomePanel() {

			@Override
			public int order() {
				return 300;
			}

			@Override
			public boolean visibleTo(Optional<CurrentUser> user) {
				return user.isPresent() && user.get()
					.has(Role.FACILITATOR, Role.PARTICIPANT, Role.FOCAL_POINT, Role.COORDINATOR);
			}

			@Override
			public ViewFragment render(Optional<CurrentUser> user) {
				CurrentUser current = user.orElseThrow();
				var locale = LocaleContextHolder.getLocale();
				List<WorkshopService.WorkshopRow> rows = workshops.mine(current, locale);
				List<OpenBallot> open = new ArrayList<>();
				if (current.has(Role.PARTICIPANT, Role.FOCAL_POINT)) {
					for (WorkshopService.WorkshopRow row : rows) {
						if (row.myRegistration() != null && row.myRegistration().name().equals("CONFIRMED")) {
							ballots.list(row.id(), user, locale)
								.stream()
								.filter(BallotService.BallotView::open)
								.forEach(b -> open.add(new OpenBallot(row.id(), b.id(), b.title())));
						}
					}
				}
				return ViewFragment.of("workshop/fragments", "homePanel",
						Map.of("rows", rows.size() > 6 ? rows.subList(0, 6) : rows, "ballots", open));
			}

		};
	}

}
