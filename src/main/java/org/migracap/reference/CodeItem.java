package org.migracap.reference;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a code list: GCM objectives, SDG 10.7.2 domains, IATI code lists (DAC sectors, organisation roles,
 * currencies, ...).
 */
public record CodeItem(String list, String code, String name, @Nullable String description, @Nullable String category,
		boolean active) {
}
