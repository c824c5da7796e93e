package org.migracap.planning.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.FocusArea;

/**
 * Everything a coordinator sets on a scenario. Budgets are in US dollars, one per year from {@code startYear};
 * criteria weights are between 0 and 10; area weights between 0 and 100 (missing areas weigh 1); regional floors map a
 * UN M49 region code to the least amount to be spent there over the horizon; absorption maps a country to the
 * recurrent cost per year it declared it can take over when funding ends.
 */
public record ScenarioSettings(String name, @Nullable String description, int startYear, List<Double> budgets,
		List<String> countries, Set<FocusArea> areas, double needWeight, double leverageWeight, double urgencyWeight,
		double lowResourceWeight, Map<FocusArea, Double> areaWeights, String areaWeightsSource,
		@Nullable Double countryCap, Map<String, Double> regionalFloors, Map<String, Double> absorption) {

	public static final String TYPED = "typed";

	public ScenarioSettings {
		budgets = List.copyOf(budgets);
		countries = List.copyOf(countries);
		areas = areas.isEmpty() ? EnumSet.noneOf(FocusArea.class) : EnumSet.copyOf(areas);
		areaWeights = areaWeights.isEmpty() ? new EnumMap<>(FocusArea.class) : new EnumMap<>(areaWeights);
		regionalFloors = new LinkedHashMap<>(regionalFloors);
		absorption = new LinkedHashMap<>(absorption);
	}

	public int horizonYears() {
		return budgets.size();
	}

	public int endYear() {
		return startYear + budgets.size() - 1;
	}

	public double totalBudget() {
		return budgets.stream().mapToDouble(Double::doubleValue).sum();
	}

	public double areaWeight(FocusArea area) {
		return areaWeights.getOrDefault(area, 1.0);
	}

	public ScenarioSettings withName(String newName) {
		return new ScenarioSettings(newName, description, startYear, budgets, countries, areas, needWeight,
				leverageWeight, urgencyWeight, lowResourceWeight, areaWeights, areaWeightsSource, countryCap,
				regionalFloors, absorption);
	}

	public ScenarioSettings withBudgets(List<Double> newBudgets) {
		return new ScenarioSettings(name, description, startYear, newBudgets, countries, areas, needWeight,
				leverageWeight, urgencyWeight, lowResourceWeight, areaWeights, areaWeightsSource, countryCap,
				regionalFloors, absorption);
	}

	public ScenarioSettings withAreaWeights(Map<FocusArea, Double> weights, String source) {
		return new ScenarioSettings(name, description, startYear, budgets, countries, areas, needWeight,
				leverageWeight, urgencyWeight, lowResourceWeight, weights, source, countryCap, regionalFloors,
				absorption);
	}

	static String joinNumbers(List<Double> numbers) {
		return numbers.stream().map(ScenarioSettings::number).collect(Collectors.joining(","));
	}

	static List<Double> parseNumbers(String text) {
		List<Double> out = new ArrayList<>();
		for (String part : text.split(",")) {
			if (!part.isBlank()) {
				out.add(Double.parseDouble(part.trim()));
			}
		}
		return out;
	}

	static List<String> parseList(String text) {
		return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	static String joinAreas(Set<FocusArea> areas) {
		return areas.stream().map(FocusArea::code).collect(Collectors.joining(","));
	}

	static Set<FocusArea> parseAreas(String text) {
		Set<FocusArea> out = EnumSet.noneOf(FocusArea.class);
		parseList(text).forEach(code -> out.add(FocusArea.of(code)));
		return out;
	}

	static String joinAreaWeights(Map<FocusArea, Double> weights) {
		return weights.entrySet()
			.stream()
			.map(e -> e.getKey().code() + "=" + number(e.getValue()))
			.collect(Collectors.joining(";"));
	}

	static Map<FocusArea, Double> parseAreaWeights(String text) {
		Map<FocusArea, Double> out = new EnumMap<>(FocusArea.class);
		parseMap(text).forEach((k, v) -> out.put(FocusArea.of(k), v));
		return out;
	}

	static String joinMap(Map<String, Double> map) {
		return map.entrySet().stream().map(e -> e.getKey() + "=" + number(e.getValue())).collect(Collectors.joining(";"));
	}

	static Map<String, Double> parseMap(String text) {
		Map<String, Double> out = new LinkedHashMap<>();
		for (String part : text.split(";")) {
			int eq = part.indexOf('=');
			if (eq > 0) {
				out.put(part.substring(0, eq).trim().toUpperCase(Locale.ROOT), Double.parseDouble(part.substring(eq + 1).trim()));
			}
		}
		return out;
	}

	static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
	}

}
