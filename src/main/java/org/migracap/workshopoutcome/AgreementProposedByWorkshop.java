package org.migracap.workshopoutcome;

import java.util.Set;

import org.migracap.reference.FocusArea;

/**
 * A workshop proposed that an action point becomes a draft agreement among its countries. The cooperation module
 * drafts it and answers with its own event ({@code cooperation.AgreementDrafted}, or
 * {@code cooperation.AgreementProposalRefused}).
 * @param type the name of an agreement type, e.g. {@code "MEMORANDUM_OF_UNDERSTANDING"}
 * @param parties ISO 3166-1 alpha-3 codes of the States that would be parties
 * @param origin where the proposal comes from, e.g. {@code "workshop:12 action 5"}
 */
public record AgreementProposedByWorkshop(long workshopId, long actionPointId, String title, String type,
		Set<String> parties, Set<FocusArea> areas, String description, String origin, Actor actor) {

	public AgreementProposedByWorkshop {
		parties = Set.copyOf(parties);
		areas = Set.copyOf(areas);
	}

}
