package org.migracap.cooperation.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The common-ground policy (DESIGN.md section 4, "Shared goals"): for a group of States and each objective, whether
 * all stances share a sign. An objective is
 * <ul>
 * <li><b>shared</b> when every State of the group supports it (stance +1 or +2), ranked by the mean priority the
 * States give it;</li>
 * <li><b>shared opposition</b> when every State opposes it;</li>
 * <li><b>contested</b> when at least one State supports it and one opposes it; how far apart they are is the distance
 * between the highest and the lowest stance (2..4);</li>
 * <li><b>open</b> otherwise: some State has not stated a stance, or is neutral, and nobody disagrees.</li>
 * </ul>
 * Disagreement is shown, not hidden: each finding lists every State's position.
 */
public final class CommonGround {

	private CommonGround() {
	}

	public enum Standing {

		SHARED, SHARED_OPPOSITION, CONTESTED, OPEN;

		public String messageKey() {
			return "cooperation.standing." + name();
		}

	}

	/** A State's position on an objective; stance and priority are null when it has stated none (that it shows). */
	public record Position(String iso3, @Nullable Integer stance, @Nullable Integer priority) {
	}

	public record Finding(String objectiveCode, Standing standing, List<Position> positions, int supporters,
			int opponents, int neutral, int undeclared, int distance, double meanPriority, double meanStance) {
	}

	/**
	 * @param countries the group, two States or more
	 * @param stances per country, per objective code: {stance, priority}
	 */
	public static List<Finding> find(List<String> countries, List<String> objectiveCodes,
			Map<String, Map<String, int[]>> stances) {
		List<Finding> findings = new ArrayList<>();
		for (String code : objectiveCodes) {
			List<Position> positions = new ArrayList<>();
			int supporters = 0;
			int opponents = 0;
			int neutral = 0;
			int undeclared = 0;
			int max = Integer.MIN_VALUE;
			int min = Integer.MAX_VALUE;
			int prioritySum = 0;
			int stanceSum = 0;
			for (String iso3 : countries) {
				int[] s = stances.getOrDefault(iso3, Map.of()).get(code);
				if (s == null) {
					undeclared++;
					positions.add(new Position(iso3, null, null));
					continue;
				}
				positions.add(new Position(iso3, s[0], s[1]));
				max = Math.max(max, s[0]);
				min = Math.min(min, s[0]);
				stanceSum += s[0];
				if (s[0] > 0) {
					supporters++;
					prioritySum += s[1];
				}
				else if (s[0] < 0) {
					opponents++;
				}
				else {
					neutral++;
				}
			}
			int n = countries.size();
			Standing standing = supporters > 0 && opponents > 0 ? Standing.CONTESTED
					: supporters == n ? Standing.SHARED : opponents == n ? Standing.SHARED_OPPOSITION : Standing.OPEN;
			int declared = n - undeclared;
			findings.add(new Finding(code, standing, List.copyOf(positions), supporters, opponents, neutral, undeclared,
					declared >= 2 ? max - min : 0, supporters == 0 ? Double.NaN : (double) prioritySum / supporters,
					declared == 0 ? Double.NaN : (double) stanceSum / declared));
		}
		return findings;
	}

	/** Shared objectives, most pressing first: lowest mean priority number, then strongest support. */
	public static List<Finding> shared(List<Finding> findings) {
		return findings.stream()
			.filter(f -> f.standing() == Standing.SHARED)
			.sorted(Comparator.comparingDouble(Finding::meanPriority)
				.thenComparing(Comparator.comparingDouble(Finding::meanStance).reversed()))
			.toList();
	}

	/** Contested objectives, furthest apart first. */
	public static List<Finding> contested(List<Finding> findings) {
		return findings.stream()
			.filter(f -> f.standing() == Standing.CONTESTED)
			.sorted(Comparator.comparingInt(Finding::distance).reversed()
				.thenComparing(Comparator.comparingInt(Finding::opponents).reversed()))
			.toList();
	}

}
