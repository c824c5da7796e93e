package org.migracap.programme.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.FocusArea;

/**
 * Difference-in-differences of assessed area scores: for each (country, area) a programme treats, the change in the
 * country's score from before to after the programme started, minus the mean change over comparable countries that
 * no programme treated in that area.
 * <p>
 * Before = the latest score of a year up to and including the start year; after = the latest score of a later year.
 * A treated pair without both, or without a single comparable country that has both, is left out and reported as
 * such. The estimate is the mean of the pairs' differences. When the treated country and its controls each have two
 * scores up to the start year, the difference of their earlier trends is reported too, as a check on the parallel
 * trends assumption.
 */
public final class DifferenceInDifferences {

	private DifferenceInDifferences() {
	}

	/** One published area score. */
	public record Observation(String iso3, FocusArea area, int year, double score) {
	}

	/** The result for one treated pair. */
	public record PairResult(String iso3, FocusArea area, @Nullable Double before, @Nullable Double after,
			@Nullable Integer beforeYear, @Nullable Integer afterYear, @Nullable Double controlChange, int controls,
			@Nullable Double did, @Nullable Double preTrendGap, String status) {

		public boolean estimated() {
			return did != null;
		}

		public @Nullable Double treatedChange() {
			return before == null || after == null ? null : after - before;
		}

	}

	public record Result(List<PairResult> pairs, @Nullable Double estimate, int estimatedPairs) {
	}

	/**
	 * @param treated the programme's (country, area) pairs
	 * @param startYear the year the programme started
	 * @param comparable for each treated country, the countries comparable to it
	 * @param treatedElsewhere pairs treated by any programme (never used as controls), as {@code iso3 + ":" + area}
	 * @param history every observation available, any order
	 */
	public static Result estimate(Collection<Map.Entry<String, FocusArea>> treated, int startYear,
			Map<String, Set<String>> comparable, Set<String> treatedElsewhere, List<Observation> history) {
		List<PairResult> pairs = new ArrayList<>();
		for (Map.Entry<String, FocusArea> pair : treated) {
			String iso3 = pair.getKey();
			FocusArea area = pair.getValue();
			Optional<Observation> before = before(history, iso3, area, startYear);
			Optional<Observation> after = after(history, iso3, area, startYear);
			if (before.isEmpty() || after.isEmpty()) {
				pairs.add(new PairResult(iso3, area, before.map(Observation::score).orElse(null),
						after.map(Observation::score).orElse(null), before.map(Observation::year).orElse(null),
						after.map(Observation::year).orElse(null), null, 0, null, null,
						before.isEmpty() ? "noBefore" : "noAfter"));
				continue;
			}
			List<Double> changes = new ArrayList<>();
			List<Double> controlTrends = new ArrayList<>();
			for (String control : comparable.getOrDefault(iso3, Set.of())) {
				if (control.equals(iso3) || treatedElsewhere.contains(control + ":" + area)) {
					continue;
				}
				Optional<Observation> cb = before(history, control, area, startYear);
				Optional<Observation> ca = after(history, control, area, startYear);
				if (cb.isPresent() && ca.isPresent()) {
					changes.add(ca.get().score() - cb.get().score());
					preTrend(history, control, area, startYear).ifPresent(controlTrends::add);
				}
			}
			if (changes.isEmpty()) {
				pairs.add(new PairResult(iso3, area, before.get().score(), after.get().score(), before.get().year(),
						after.get().year(), null, 0, null, null, "noControls"));
				continue;
			}
			double controlChange = mean(changes);
			double treatedChange = after.get().score() - before.get().score();
			Optional<Double> treatedTrend = preTrend(history, iso3, area, startYear);
			Double preTrendGap = treatedTrend.isPresent() && !controlTrends.isEmpty()
					? treatedTrend.get() - mean(controlTrends) : null;
			pairs.add(new PairResult(iso3, area, before.get().score(), after.get().score(), before.get().year(),
					after.get().year(), controlChange, changes.size(), treatedChange - controlChange, preTrendGap,
					"estimated"));
		}
		List<Double> dids = pairs.stream().map(PairResult::did).filter(d -> d != null).toList();
		return new Result(pairs, dids.isEmpty() ? null : mean(dids), dids.size());
	}

	static Optional<Observation> before(List<Observation> history, String iso3, FocusArea area, int startYear) {
		return history.stream()
			.filter(o -> o.iso3().equals(iso3) && o.area() == area && o.year() <= startYear)
			.max(Comparator.comparingInt(Observation::year));
	}

	static Optional<Observation> after(List<Observation> history, String iso3, FocusArea area, int startYear) {
		return history.stream()
			.filter(o -> o.iso3().equals(iso3) && o.area() == area && o.year() > startYear)
			.max(Comparator.comparingInt(Observation::year));
	}

	/** Yearly change between the two latest scores up to the start year, if there are two. */
	static Optional<Double> preTrend(List<Observation> history, String iso3, FocusArea area, int startYear) {
		List<Observation> pre = history.stream()
			.filter(o -> o.iso3().equals(iso3) && o.area() == area && o.year() <= startYear)
			.sorted(Comparator.comparingInt(Observation::year).reversed())
			.toList();
		if (pre.size() < 2 || pre.get(0).year() == pre.get(1).year()) {
			return Optional.empty();
		}
		return Optional.of((pre.get(0).score() - pre.get(1).score()) / (pre.get(0).year() - pre.get(1).year()));
	}

	static double mean(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
	}

}
