package org.migracap.assessment.web;

import java.util.Map;
import java.util.Optional;

import org.migracap.assessment.domain.CycleService;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.HomePanel;
import org.migracap.platform.Role;
import org.migracap.platform.ViewFragment;
import org.migracap.reference.ReferenceApi;
import org.springframework.stereotype.Component;

/**
 * What is due in assessments, on the home page: a focal point's drafts and returned assessments (or an invitation to
 * start one), a coordinator's submissions waiting for review.
 */
@Component
class AssessmentDuePanel implements HomePanel {

	private final CycleService cycles;

	private final ReferenceApi reference;

	AssessmentDuePanel(CycleService cycles, ReferenceApi reference) {
		this.cycles = cycles;
		this.reference = reference;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public boolean visibleTo(Optional<CurrentUser> user) {
		return user.map(u -> u.isStaff() || (u.has(Role.FOCAL_POINT) && u.countryCode() != null)).orElse(false);
	}

	@Override
	public ViewFragment render(Optional<CurrentUser> user) {
		CurrentUser current = user.orElseThrow();
		return ViewFragment.of("assessment/home", "due",
				Map.of("open", cycles.openFor(current), "review", cycles.awaitingReview(current), "staff",
						current.isStaff(), "countries", reference.countries()
							.stream()
							.collect(java.util.stream.Collectors.toMap(c -> c.iso3(), c -> c))));
	}

}
