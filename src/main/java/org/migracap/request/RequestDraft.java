package org.migracap.request;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.FocusArea;

/**
 * A request prepared by another module (a workshop's action point) on behalf of a country; {@code origin} says where
 * it came from, e.g. {@code workshop:12}.
 */
public record RequestDraft(String iso3, Set<FocusArea> areas, HelpKind kind, Urgency urgency, String title,
		String description, @Nullable String origin) {
}
