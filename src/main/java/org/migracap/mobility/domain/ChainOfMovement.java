package org.migracap.mobility.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.migracap.mobility.CountryRole;
import org.migracap.mobility.Leverage;
import org.migracap.reference.FocusArea;

/**
 * The chain-of-movement policy (DESIGN.md section 4), as plain Java fed with a map of scores, so that it is fast and
 * can be checked by hand.
 * <ul>
 * <li>A route is origin -> transit* -> destination with a volume (people).</li>
 * <li>In each area, a country's <b>role-weighted score</b> is {@code 100 - r × (100 - s)}, where {@code s} is its area
 * score (0..100) and {@code r} the relevance of the area to its role on the route (0..1): a shortfall counts in full
 * where the area matters fully for the role, not at all where it does not matter.</li>
 * <li><b>Chain capacity</b> = the lowest role-weighted score on the route; the country holding it is the
 * <b>bottleneck</b> (the first one in route order when several hold it).</li>
 * <li><b>Exposure</b> = volume × (100 − chain capacity).</li>
 * <li><b>Gain</b> of the bottleneck = volume × (next-weakest role-weighted score − chain capacity): how much the chain
 * capacity, weighted by the people on the route, rises if the bottleneck rises to the next-weakest link. It is 0 when
 * two countries share the lowest score.</li>
 * <li><b>Leverage</b> of (country, area) = the sum of its gains over all routes.</li>
 * </ul>
 * Countries without a score are left out of the minimum and the result is marked incomplete; a route with fewer than
 * two scored countries is not analysed (a weakest link needs another link to be weaker than).
 */
public final class ChainOfMovement {

	public static final List<FocusArea> AREAS = List.of(FocusArea.values());

	private static final int AREA_COUNT = AREAS.size();

	private final double[][] relevance;

	/**
	 * @param relevance weight per area (index = {@link FocusArea#ordinal()}) and role (index =
	 * {@link CountryRole#ordinal()}), each 0..1
	 */
	public ChainOfMovement(double[][] relevance) {
		if (relevance.length != AREA_COUNT) {
			throw new IllegalArgumentException("One row of weights per area expected");
		}
		this.relevance = new double[AREA_COUNT][];
		for (int a = 0; a < AREA_COUNT; a++) {
			if (relevance[a].length != CountryRole.values().length) {
				throw new IllegalArgumentException("Three weights (origin, transit, destination) per area expected");
			}
			this.relevance[a] = relevance[a].clone();
		}
	}

	public static ChainOfMovement of(Map<FocusArea, double[]> matrix) {
		double[][] weights = new double[AREA_COUNT][];
		for (FocusArea area : AREAS) {
			weights[area.ordinal()] = Objects.requireNonNull(matrix.get(area), "no weights for area " + area);
		}
		return new ChainOfMovement(weights);
	}

	public double relevance(FocusArea area, CountryRole role) {
		return relevance[area.ordinal()][role.ordinal()];
	}

	/**
	 * A route as the analysis sees it. {@code routeId} is null for a direct corridor taken from the bilateral data.
	 * @param countries origin first, destination last, transit countries between, no country twice
	 */
	public record Route(@Nullable Long routeId, String name, List<String> countries, double volume) {

		public Route {
			countries = List.copyOf(countries);
			if (countries.size() < 2) {
				throw new IllegalArgumentException("A route has an origin and a destination");
			}
		}

		public CountryRole roleAt(int position) {
			return position == 0 ? CountryRole.ORIGIN
					: position == countries.size() - 1 ? CountryRole.DESTINATION : CountryRole.TRANSIT;
		}

	}

	/** The role-weighted score of a country on a route: {@code 100 - relevance × (100 - score)}. */
	public static double weighted(double score, double relevance) {
		return 100 - relevance * (100 - score);
	}

	/**
	 * Analyses every route in every area.
	 * @param scores area scores (0..100) per ISO alpha-3 code, indexed by {@link FocusArea#ordinal()}; NaN = no score
	 */
	public Result analyse(List<Route> routes, Map<String, double[]> scores) {
		int n = routes.size();
		double[] capacity = new double[n * AREA_COUNT];
		double[] exposure = new double[n * AREA_COUNT];
		double[] gain = new double[n * AREA_COUNT];
		int[] bottleneck = new int[n * AREA_COUNT];
		int[] next = new int[n * AREA_COUNT];
		byte[] scored = new byte[n * AREA_COUNT];
		Map<String, double[]> leverage = new HashMap<>();
		double[][] countryScores = new double[16][];
		for (int r = 0; r < n; r++) {
			Route route = routes.get(r);
			List<String> countries = route.countries();
			int size = countries.size();
			if (countryScores.length < size) {
				countryScores = new double[size][];
			}
			for (int i = 0; i < size; i++) {
				countryScores[i] = scores.get(countries.get(i));
			}
			for (int a = 0; a < AREA_COUNT; a++) {
				double[] weights = relevance[a];
				double min = Double.POSITIVE_INFINITY;
				double second = Double.POSITIVE_INFINITY;
				int minAt = -1;
				int secondAt = -1;
				int count = 0;
				for (int i = 0; i < size; i++) {
					double[] s = countryScores[i];
					if (s == null || Double.isNaN(s[a])) {
						continue;
					}
					count++;
					int role = i == 0 ? 0 : i == size - 1 ? 2 : 1;
					double e = 100 - weights[role] * (100 - s[a]);
					if (e < min) {
						second = min;
						secondAt = minAt;
						min = e;
						minAt = i;
					}
					else if (e < second) {
						second = e;
						secondAt = i;
					}
				}
				int k = r * AREA_COUNT + a;
				scored[k] = (byte) count;
				bottleneck[k] = minAt;
				next[k] = secondAt;
				if (count < 2) {
					capacity[k] = Double.NaN;
					continue;
				}
				capacity[k] = min;
				exposure[k] = route.volume() * (100 - min);
				double g = route.volume() * (second - min);
				gain[k] = g;
				if (g > 0) {
					leverage.computeIfAbsent(countries.get(minAt), c -> new double[AREA_COUNT])[a] += g;
				}
			}
		}
		return new Result(this, List.copyOf(routes), scores, capacity, exposure, gain, bottleneck, next, scored,
				leverage);
	}

	/** One route in one area, as the analysis found it. */
	public record RouteArea(Route route, FocusArea area, double chainCapacity, String bottleneckIso3,
			@Nullable String nextIso3, double exposure, double gain, int scoredCountries) {

		public boolean complete() {
			return scoredCountries == route.countries().size();
		}

	}

	/** A country's part in one route's result: its role, score, relevance and role-weighted score. */
	public record Link(String iso3, CountryRole role, @Nullable Double score, double relevance,
			@Nullable Double weighted, boolean bottleneck) {
	}

	/** The results of one analysis. */
	public static final class Result {

		private final ChainOfMovement policy;

		private final List<Route> routes;

		private final Map<String, double[]> scores;

		private final double[] capacity;

		private final double[] exposure;

		private final double[] gain;

		private final int[] bottleneck;

		private final int[] next;

		private final byte[] scored;

		private final Map<String, double[]> leverage;

		Result(ChainOfMovement policy, List<Route> routes, Map<String, double[]> scores, double[] capacity,
				double[] exposure, double[] gain, int[] bottleneck, int[] next, byte[] scored,
				Map<String, double[]> leverage) {
			this.policy = policy;
			this.routes = routes;
			this.scores = scores;
			this.capacity = capacity;
			this.exposure = exposure;
			this.gain = gain;
			this.bottleneck = bottleneck;
			this.next = next;
			this.scored = scored;
			this.leverage = leverage;
		}

		public List<Route> routes() {
			return routes;
		}

		/** The result of a route in an area, null when fewer than two countries on it have a score. */
		public @Nullable RouteArea at(int routeIndex, FocusArea area) {
			int k = routeIndex * AREA_COUNT + area.ordinal();
			if (scored[k] < 2) {
				return null;
			}
			Route route = routes.get(routeIndex);
			return new RouteArea(route, area, capacity[k], route.countries().get(bottleneck[k]),
					next[k] < 0 ? null : route.countries().get(next[k]), exposure[k], gain[k], scored[k]);
		}

		private volatile @Nullable List<RouteArea> ranked;

		/** Every analysed (route, area), largest exposure first (computed once per result). */
		public List<RouteArea> all() {
			List<RouteArea> current = ranked;
			if (current == null) {
				int[] analysed = new int[scored.length];
				int n = 0;
				for (int k = 0; k < scored.length; k++) {
					if (scored[k] >= 2) {
						analysed[n++] = k;
					}
				}
				int[] order = sortByExposureDescending(java.util.Arrays.copyOf(analysed, n));
				RouteArea[] all = new RouteArea[n];
				for (int i = 0; i < n; i++) {
					int k = order[i];
					all[i] = at(k / AREA_COUNT, AREAS.get(k % AREA_COUNT));
				}
				current = List.of(all);
				ranked = current;
			}
			return current;
		}

		/** Sorts result indices by exposure, largest first, ties in index order, without boxing. */
		private int[] sortByExposureDescending(int[] indices) {
			int[] buffer = new int[indices.length];
			mergeSort(indices, buffer, 0, indices.length);
			return indices;
		}

		private void mergeSort(int[] a, int[] buffer, int from, int to) {
			if (to - from < 2) {
				return;
			}
			int middle = (from + to) >>> 1;
			mergeSort(a, buffer, from, middle);
			mergeSort(a, buffer, middle, to);
			int i = from;
			int j = middle;
			int out = from;
			while (i < middle && j < to) {
				buffer[out++] = exposure[a[j]] > exposure[a[i]] ? a[j++] : a[i++];
			}
			while (i < middle) {
				buffer[out++] = a[i++];
			}
			while (j < to) {
				buffer[out++] = a[j++];
			}
			System.arraycopy(buffer, from, a, from, to - from);
		}

		/** Leverage of every (country, area) with a gain, largest first. */
		public List<Leverage> leverage() {
			List<Leverage> all = new ArrayList<>();
			leverage.forEach((iso3, gains) -> {
				for (FocusArea area : AREAS) {
					if (gains[area.ordinal()] > 0) {
						all.add(new Leverage(iso3, area, gains[area.ordinal()]));
					}
				}
			});
			all.sort(Comparator.comparingDouble(Leverage::peopleGain).reversed()
				.thenComparing(Leverage::iso3)
				.thenComparing(Leverage::area));
			return all;
		}

		public double leverage(String iso3, FocusArea area) {
			double[] gains = leverage.get(iso3);
			return gains == null ? 0 : gains[area.ordinal()];
		}

		/** How the result of a route in an area was computed, country by country. */
		public List<Link> links(int routeIndex, FocusArea area) {
			Route route = routes.get(routeIndex);
			int k = routeIndex * AREA_COUNT + area.ordinal();
			List<Link> links = new ArrayList<>();
			for (int i = 0; i < route.countries().size(); i++) {
				String iso3 = route.countries().get(i);
				CountryRole role = route.roleAt(i);
				double[] s = scores.get(iso3);
				Double score = s == null || Double.isNaN(s[area.ordinal()]) ? null : s[area.ordinal()];
				double r = policy.relevance(area, role);
				links.add(new Link(iso3, role, score, r, score == null ? null : weighted(score, r),
						scored[k] >= 2 && bottleneck[k] == i));
			}
			return links;
		}

		/** Sum of exposure per area over all routes. */
		public Map<FocusArea, Double> exposureByArea() {
			Map<FocusArea, Double> sums = new EnumMap<>(FocusArea.class);
			for (int r = 0; r < routes.size(); r++) {
				for (FocusArea area : AREAS) {
					int k = r * AREA_COUNT + area.ordinal();
					if (scored[k] >= 2) {
						sums.merge(area, exposure[k], Double::sum);
					}
				}
			}
			return sums;
		}

	}

}
