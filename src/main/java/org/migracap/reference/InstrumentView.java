package org.migracap.reference;

import java.util.Set;

/**
 * An international instrument whose ratifications MigraCap tracks.
 */
public record InstrumentView(String code, String shortName, String title, String body, int adoptedYear,
		Set<FocusArea> areas) {
}
