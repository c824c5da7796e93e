package org.migracap.reference;

import org.jspecify.annotations.Nullable;

/**
 * A country's status towards one instrument, with the year of ratification or accession where known and where the
 * record comes from ({@code file} or {@code admin}).
 */
public record RatificationView(String instrumentCode, String iso3, RatificationStatus status, @Nullable Integer year,
		String source, @Nullable String note) {
}
