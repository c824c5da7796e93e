package org.migracap.cooperation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.migracap.cooperation.domain.CommonGround;
import org.migracap.cooperation.domain.CommonGroundService;
import org.migracap.cooperation.domain.ObjectiveCatalogue;
import org.migracap.platform.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Cooperation among States for other modules: the common ground of a group of States and the objective catalogue.
 * A workshop proposes agreements through an event ({@code workshopoutcome.AgreementProposedByWorkshop}, ADR
 * workshop-06).
 */
@Service
public class CooperationApi {

	private final CommonGroundService commonGround;

	private final ObjectiveCatalogue objectives;

	CooperationApi(CommonGroundService commonGround, ObjectiveCatalogue objectives) {
		this.commonGround = commonGround;
		this.objectives = objectives;
	}

	/**
	 * The common ground of a group of two or more States, from the stances {@code viewer} may see: objective codes
	 * all support (most pressing first) and contested ones (furthest apart first).
	 * @throws org.migracap.platform.RuleViolationException for fewer than two or unknown countries
	 */
	public CommonGroundView commonGround(Set<String> iso3s, Optional<CurrentUser> viewer) {
		CommonGroundService.Report report = commonGround.report(new ArrayList<>(iso3s), viewer);
		return new CommonGroundView(Set.copyOf(report.countries()),
				report.shared().stream().map(CommonGround.Finding::objectiveCode).toList(),
				report.contested().stream().map(CommonGround.Finding::objectiveCode).toList());
	}

	/** The objective catalogue, in area order. */
	public List<ObjectiveView> objectives() {
		return objectives.all();
	}

}
