package org.migracap.cooperation;

import java.util.Set;

import org.migracap.reference.FocusArea;

/**
 * A proposal to draft an agreement, for example from a workshop's conclusions.
 * @param type an {@code AgreementType} name, e.g. {@code MEMORANDUM_OF_UNDERSTANDING}
 * @param partyIso3 the States that would be parties (ISO alpha-3), at least one
 * @param source where the proposal comes from, e.g. {@code workshop:12}
 */
public record AgreementProposal(String title, String type, Set<String> partyIso3, Set<FocusArea> areas,
		String description, String source) {

	public AgreementProposal {
		partyIso3 = Set.copyOf(partyIso3);
		areas = Set.copyOf(areas);
	}

}
