package org.migracap.cooperation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.migracap.cooperation.domain.AgreementService;
import org.migracap.cooperation.domain.CommonGround;
import org.migracap.cooperation.domain.CommonGroundService;
import org.migracap.cooperation.domain.ObjectiveCatalogue;
import org.migracap.platform.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Cooperation among States for other modules: drafting agreements (from workshops) and the common ground of a group
 * of States.
 */
@Service
public class CooperationApi {

	private final AgreementService agreements;

	private final CommonGroundService commonGround;

	private final ObjectiveCatalogue objectives;

	CooperationApi(AgreementService agreements, CommonGroundService commonGround, ObjectiveCatalogue objectives) {
		this.agreements = agreements;
		this.commonGround = commonGround;
		this.objectives = objectives;
	}

	/**
	 * Creates a confidential draft agreement with the proposed States as parties and returns its id. The draft shows
	 * on {@code /agreements/{id}} to IOM staff and the parties' focal points.
	 * @param actor an IOM coordinator, administrator or workshop facilitator
	 * @throws org.springframework.security.access.AccessDeniedException for other actors
	 * @throws org.migracap.platform.RuleViolationException when the proposal is not valid (unknown type or country, no
	 * party, no title)
	 */
	public long proposeAgreement(AgreementProposal proposal, CurrentUser actor) {
		return agreements.propose(proposal, actor);
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
