package org.migracap.mobility.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.ReferenceApi;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A point per country for drawing corridors on the world map: the area-weighted centroid of the country's largest
 * polygon in the Natural Earth 1:110m geometry that the reference module ships (the largest polygon, so that France is
 * not placed in the Atlantic by its overseas departments). Countries too small for the 1:110m map have none.
 */
@Component
class Centroids {

	private static final String GEOMETRY = "reference/geo/countries-110m.geojson";

	private final ReferenceApi reference;

	private volatile @Nullable Map<String, double[]> points;

	Centroids(ReferenceApi reference) {
		this.reference = reference;
	}

	Optional<double[]> of(String iso3) {
		Map<String, double[]> current = points;
		if (current == null) {
			current = load();
			points = current;
		}
		return Optional.ofNullable(current.get(iso3));
	}

	private Map<String, double[]> load() {
		Map<String, double[]> result = new HashMap<>();
		try (InputStream in = new ClassPathResource(GEOMETRY).getInputStream()) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			for (JsonNode feature : root.get("features")) {
				JsonNode id = feature.get("id");
				if (id == null || id.isNull()) {
					continue;
				}
				String iso3 = reference.country(id.asString()).map(c -> c.iso3()).orElse(null);
				if (iso3 == null) {
					continue;
				}
				JsonNode geometry = feature.get("geometry");
				double[] best = null;
				double bestArea = -1;
				if ("Polygon".equals(geometry.get("type").asString())) {
					double[] c = centroid(geometry.get("coordinates").get(0));
					best = c;
				}
				else {
					for (JsonNode polygon : geometry.get("coordinates")) {
						double[] c = centroid(polygon.get(0));
						if (c[2] > bestArea) {
							bestArea = c[2];
							best = c;
						}
					}
				}
				if (best != null) {
					result.put(iso3, new double[] { round(best[0]), round(best[1]) });
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(result);
	}

	/** Centroid (x, y) and absolute area of a ring, by the shoelace formula. */
	static double[] centroid(JsonNode ring) {
		double area = 0;
		double cx = 0;
		double cy = 0;
		int n = ring.size();
		for (int i = 0; i < n - 1; i++) {
			double x0 = ring.get(i).get(0).asDouble();
			double y0 = ring.get(i).get(1).asDouble();
			double x1 = ring.get(i + 1).get(0).asDouble();
			double y1 = ring.get(i + 1).get(1).asDouble();
			double cross = x0 * y1 - x1 * y0;
			area += cross;
			cx += (x0 + x1) * cross;
			cy += (y0 + y1) * cross;
		}
		if (Math.abs(area) < 1e-12) {
			return new double[] { ring.get(0).get(0).asDouble(), ring.get(0).get(1).asDouble(), 0 };
		}
		area /= 2;
		return new double[] { cx / (6 * area), cy / (6 * area), Math.abs(area) };
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
