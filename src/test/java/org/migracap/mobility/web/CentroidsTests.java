package org.migracap.mobility.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Each country's anchor for the corridor map lies inside its own shape in the shipped Natural Earth geometry, on its
 * main landmass, and not at the edge of the world map for shapes that cross the antimeridian.
 */
class CentroidsTests {

	private static final Map<String, List<double[][][]>> SHAPES = Centroids.shapes();

	private static final Map<String, double[]> ANCHORS = Centroids.anchorsByNumericCode();

	@Test
	void everyAnchorLiesInsideItsCountry() {
		assertThat(ANCHORS).hasSameSizeAs(SHAPES).hasSizeGreaterThan(170);
		SHAPES.forEach((code, polygons) -> {
			double[] anchor = ANCHORS.get(code);
			assertThat(anchor[0]).as("longitude of %s", code).isBetween(-180.0, 180.0);
			assertThat(inside(anchor, polygons)).as("anchor %s,%s of %s inside its shape", anchor[0], anchor[1], code)
				.isTrue();
		});
	}

	@Test
	void anchorsLieOnTheMainLandmass() {
		// United States (840): in the contiguous states, not in Alaska or the Aleutians at the antimeridian.
		assertInBox("840", -125, -67, 25, 49);
		// Russia (643): its main polygon crosses the antimeridian; the anchor stays in Siberia.
		assertInBox("643", 40, 150, 50, 72);
		// France (250): in metropolitan France, not French Guiana.
		assertInBox("250", -5, 8, 42, 51);
		// Fiji (242): on Viti Levu, across the antimeridian from its eastern islands.
		assertInBox("242", 177, 179, -19, -17);
	}

	private static void assertInBox(String code, double west, double east, double south, double north) {
		double[] anchor = ANCHORS.get(code);
		assertThat(anchor[0]).as("longitude of %s", code).isBetween(west, east);
		assertThat(anchor[1]).as("latitude of %s", code).isBetween(south, north);
	}

	/** Inside one of the polygons (and outside its holes), trying the point a turn of the globe either way too. */
	private static boolean inside(double[] point, List<double[][][]> polygons) {
		for (double[][][] polygon : polygons) {
			double[][][] continuous = Centroids.unwrap(polygon);
			for (double turn : new double[] { 0, 360, -360 }) {
				if (inside(point[0] + turn, point[1], polygon) || inside(point[0] + turn, point[1], continuous)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean inside(double x, double y, double[][][] polygon) {
		if (!crossings(x, y, polygon[0])) {
			return false;
		}
		for (int hole = 1; hole < polygon.length; hole++) {
			if (crossings(x, y, polygon[hole])) {
				return false;
			}
		}
		return true;
	}

	/** Ray casting: an odd number of crossings of the ring to the right of the point. */
	private static boolean crossings(double x, double y, double[][] ring) {
		boolean odd = false;
		for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			if ((ring[i][1] > y) != (ring[j][1] > y)
					&& x < (ring[j][0] - ring[i][0]) * (y - ring[i][1]) / (ring[j][1] - ring[i][1]) + ring[i][0]) {
				odd = !odd;
			}
		}
		return odd;
	}

}
