package org.migracap.mobility.domain;

import java.util.EnumMap;
import java.util.Map;

import org.migracap.reference.FocusArea;

/**
 * The role-relevance matrix MigraCap ships (docs/adr/mobility-01-chain-of-movement.md explains each row): how much
 * each focus area matters for a country as origin, transit and destination of a route. Coordinators may change it.
 */
public final class RoleRelevanceDefaults {

	private RoleRelevanceDefaults() {
	}

	/** Weights per area, in the order origin, transit, destination. */
	public static Map<FocusArea, double[]> matrix() {
		Map<FocusArea, double[]> m = new EnumMap<>(FocusArea.class);
		m.put(FocusArea.A, new double[] { 1.0, 0.2, 0.6 });
		m.put(FocusArea.B, new double[] { 0.6, 1.0, 1.0 });
		m.put(FocusArea.C, new double[] { 0.8, 1.0, 1.0 });
		m.put(FocusArea.D, new double[] { 1.0, 0.2, 1.0 });
		m.put(FocusArea.E, new double[] { 1.0, 0.3, 0.2 });
		m.put(FocusArea.F, new double[] { 0.5, 0.8, 1.0 });
		m.put(FocusArea.G, new double[] { 1.0, 0.7, 1.0 });
		m.put(FocusArea.H, new double[] { 0.3, 0.5, 1.0 });
		m.put(FocusArea.I, new double[] { 1.0, 1.0, 1.0 });
		m.put(FocusArea.X, new double[] { 1.0, 1.0, 1.0 });
		return m;
	}

}
