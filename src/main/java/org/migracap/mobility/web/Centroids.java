package org.migracap.mobility.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.ReferenceApi;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A point per country for drawing corridors on the world map: the pole of inaccessibility (the inside point farthest
 * from the outline, found by the "polylabel" search of Mapbox) of the country's largest polygon in the Natural Earth
 * 1:110m geometry that the reference module ships. The largest polygon, so that France is not placed in the Atlantic
 * by its overseas departments nor the United States in Alaska; a point inside it rather than its centroid, so that a
 * crescent-shaped country is not anchored in its neighbour or the sea. Rings that cross the antimeridian (Russia,
 * Fiji) are unwrapped before measuring, so that their area and point are not those of a shape spanning the globe.
 * Countries too small for the 1:110m map have none.
 */
@Component
class Centroids {

	static final String GEOMETRY = "reference/geo/countries-110m.geojson";

	/** Precision of the search, in degrees. */
	private static final double PRECISION = 0.05;

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
		anchorsByNumericCode().forEach((numeric, point) -> reference.country(numeric)
			.ifPresent(country -> result.put(country.iso3(), point)));
		return Map.copyOf(result);
	}

	/** The anchor of every feature of the shipped geometry that has an ISO 3166-1 numeric code, by that code. */
	static Map<String, double[]> anchorsByNumericCode() {
		Map<String, double[]> result = new HashMap<>();
		for (Map.Entry<String, List<double[][][]>> feature : shapes().entrySet()) {
			double[] point = anchor(feature.getValue());
			result.put(feature.getKey(), new double[] { round(point[0]), round(point[1]) });
		}
		return result;
	}

	/** The polygons (outer ring first, then holes; longitude, latitude) of each feature, by ISO numeric code. */
	static Map<String, List<double[][][]>> shapes() {
		Map<String, List<double[][][]>> result = new HashMap<>();
		try (InputStream in = new ClassPathResource(GEOMETRY).getInputStream()) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			for (JsonNode feature : root.get("features")) {
				JsonNode id = feature.get("id");
				if (id == null || id.isNull()) {
					continue;
				}
				JsonNode geometry = feature.get("geometry");
				List<double[][][]> polygons = new ArrayList<>();
				if ("Polygon".equals(geometry.get("type").asString())) {
					polygons.add(polygon(geometry.get("coordinates")));
				}
				else {
					for (JsonNode polygon : geometry.get("coordinates")) {
						polygons.add(polygon(polygon));
					}
				}
				result.put(id.asString(), polygons);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return result;
	}

	private static double[][][] polygon(JsonNode rings) {
		double[][][] result = new double[rings.size()][][];
		for (int r = 0; r < rings.size(); r++) {
			JsonNode ring = rings.get(r);
			result[r] = new double[ring.size()][];
			for (int i = 0; i < ring.size(); i++) {
				result[r][i] = new double[] { ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble() };
			}
		}
		return result;
	}

	/** The anchor (longitude in [-180, 180], latitude) of a country made of the given polygons. */
	static double[] anchor(List<double[][][]> polygons) {
		double[][][] largest = null;
		double largestArea = -1;
		for (double[][][] polygon : polygons) {
			double[][][] unwrapped = unwrap(polygon);
			double area = Math.abs(signedArea(unwrapped[0]));
			if (area > largestArea) {
				largestArea = area;
				largest = unwrapped;
			}
		}
		if (largest == null) {
			throw new IllegalArgumentException("A country needs at least one polygon");
		}
		double[] point = poleOfInaccessibility(largest, PRECISION);
		double longitude = point[0];
		while (longitude > 180) {
			longitude -= 360;
		}
		while (longitude < -180) {
			longitude += 360;
		}
		return new double[] { longitude, point[1] };
	}

	/**
	 * The polygon with longitudes made continuous: a step of more than 180° between two points of a ring is a
	 * crossing of the antimeridian, not a line across the world. Holes are moved next to the outer ring.
	 */
	static double[][][] unwrap(double[][][] polygon) {
		double[][][] result = new double[polygon.length][][];
		double reference = Double.NaN;
		for (int r = 0; r < polygon.length; r++) {
			double[][] ring = polygon[r];
			double[][] out = new double[ring.length][];
			double shift = 0;
			for (int i = 0; i < ring.length; i++) {
				if (i > 0) {
					double step = ring[i][0] - ring[i - 1][0];
					if (step > 180) {
						shift -= 360;
					}
					else if (step < -180) {
						shift += 360;
					}
				}
				out[i] = new double[] { ring[i][0] + shift, ring[i][1] };
			}
			if (r == 0) {
				reference = meanLongitude(out);
			}
			else {
				double offset = Math.round((reference - meanLongitude(out)) / 360) * 360.0;
				for (double[] point : out) {
					point[0] += offset;
				}
			}
			result[r] = out;
		}
		return result;
	}

	private static double meanLongitude(double[][] ring) {
		double sum = 0;
		for (double[] point : ring) {
			sum += point[0];
		}
		return sum / ring.length;
	}

	static double signedArea(double[][] ring) {
		double area = 0;
		for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			area += (ring[j][0] * ring[i][1]) - (ring[i][0] * ring[j][1]);
		}
		return area / 2;
	}

	/**
	 * The point inside the polygon farthest from its outline, within {@code precision}: a best-first search over square
	 * cells that keeps only the cells that could hold a better point (Agafonkin, "polylabel", Mapbox 2016).
	 */
	static double[] poleOfInaccessibility(double[][][] polygon, double precision) {
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (double[] point : polygon[0]) {
			minX = Math.min(minX, point[0]);
			minY = Math.min(minY, point[1]);
			maxX = Math.max(maxX, point[0]);
			maxY = Math.max(maxY, point[1]);
		}
		double width = maxX - minX;
		double height = maxY - minY;
		double cellSize = Math.min(width, height);
		if (cellSize == 0) {
			return new double[] { minX, minY };
		}
		double h = cellSize / 2;
		PriorityQueue<Cell> queue = new PriorityQueue<>((a, b) -> Double.compare(b.max, a.max));
		for (double x = minX; x < maxX; x += cellSize) {
			for (double y = minY; y < maxY; y += cellSize) {
				queue.add(new Cell(x + h, y + h, h, polygon));
			}
		}
		Cell best = centroidCell(polygon);
		Cell middle = new Cell(minX + width / 2, minY + height / 2, 0, polygon);
		if (middle.d > best.d) {
			best = middle;
		}
		while (!queue.isEmpty()) {
			Cell cell = queue.poll();
			if (cell.d > best.d) {
				best = cell;
			}
			if (cell.max - best.d <= precision) {
				continue;
			}
			double half = cell.h / 2;
			queue.add(new Cell(cell.x - half, cell.y - half, half, polygon));
			queue.add(new Cell(cell.x + half, cell.y - half, half, polygon));
			queue.add(new Cell(cell.x - half, cell.y + half, half, polygon));
			queue.add(new Cell(cell.x + half, cell.y + half, half, polygon));
		}
		return new double[] { best.x, best.y };
	}

	private static Cell centroidCell(double[][][] polygon) {
		double[][] ring = polygon[0];
		double area = 0;
		double x = 0;
		double y = 0;
		for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			double f = ring[i][0] * ring[j][1] - ring[j][0] * ring[i][1];
			x += (ring[i][0] + ring[j][0]) * f;
			y += (ring[i][1] + ring[j][1]) * f;
			area += f * 3;
		}
		if (area == 0) {
			return new Cell(ring[0][0], ring[0][1], 0, polygon);
		}
		return new Cell(x / area, y / area, 0, polygon);
	}

	/** Signed distance from a point to the outline: positive inside the polygon (outside its holes). */
	static double signedDistance(double x, double y, double[][][] polygon) {
		boolean inside = false;
		double minDistanceSquared = Double.MAX_VALUE;
		for (double[][] ring : polygon) {
			for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				double[] a = ring[i];
				double[] b = ring[j];
				if ((a[1] > y) != (b[1] > y) && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]) {
					inside = !inside;
				}
				minDistanceSquared = Math.min(minDistanceSquared, segmentDistanceSquared(x, y, a, b));
			}
		}
		return (inside ? 1 : -1) * Math.sqrt(minDistanceSquared);
	}

	private static double segmentDistanceSquared(double px, double py, double[] a, double[] b) {
		double x = a[0];
		double y = a[1];
		double dx = b[0] - x;
		double dy = b[1] - y;
		if (dx != 0 || dy != 0) {
			double t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
			if (t > 1) {
				x = b[0];
				y = b[1];
			}
			else if (t > 0) {
				x += dx * t;
				y += dy * t;
			}
		}
		dx = px - x;
		dy = py - y;
		return dx * dx + dy * dy;
	}

	private static final class Cell {

		final double x;

		final double y;

		final double h;

		final double d;

		final double max;

		Cell(double x, double y, double h, double[][][] polygon) {
			this.x = x;
			this.y = y;
			this.h = h;
			this.d = signedDistance(x, y, polygon);
			this.max = this.d + this.h * Math.sqrt(2);
		}

	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
