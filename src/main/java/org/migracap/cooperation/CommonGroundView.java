package org.migracap.cooperation;

import java.util.List;
import java.util.Set;

/**
 * Common ground of a group of States: the codes of the objectives every State supports (most pressing first) and of
 * the contested ones, where some support and some oppose (furthest apart first). Titles in each language come from
 * {@link CooperationApi#objectives()}.
 */
public record CommonGroundView(Set<String> countries, List<String> sharedObjectives, List<String> contestedObjectives) {

	public CommonGroundView {
		countries = Set.copyOf(countries);
		sharedObjectives = List.copyOf(sharedObjectives);
		contestedObjectives = List.copyOf(contestedObjectives);
	}

}
