package org.migracap.mobility;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.FocusArea;

/**
 * The chain analysis of one route (or of a direct corridor without a defined route) in one area: chain capacity (the
 * lowest role-weighted score on it, 0..100), the country holding it (the bottleneck) and the exposure, volume ×
 * (100 − chain capacity). {@code routeId} is empty for a direct corridor taken from the bilateral data.
 * {@code complete} is false when some country on it has no score the viewer may see.
 */
public record CorridorExposure(@Nullable Long routeId, String name, List<String> countries, FocusArea area,
		double volume, double chainCapacity, String bottleneckIso3, double exposure, boolean complete) {

	public CorridorExposure {
		countries = List.copyOf(countries);
	}

	public String originIso3() {
		return countries.get(0);
	}

	public String destinationIso3() {
		return countries.get(countries.size() - 1);
	}

}
