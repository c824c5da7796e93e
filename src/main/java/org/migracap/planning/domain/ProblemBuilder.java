package org.migracap.planning.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.planning.optimiser.Problem;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;
import org.migracap.reference.IncomeGroup;
import org.migracap.reference.ReferenceApi;
import org.springframework.stereotype.Component;

/**
 * Turns a scenario, its candidates and its gap table into an optimiser {@link Problem}, and computes the weight of
 * each (country, indicator) gap: the area weight times {@code 1 + need + leverage + urgency + low resources}, each
 * criterion between 0 and 1 multiplied by its criterion weight. Need is the country's mean gap in the area (levels, /4);
 * leverage the country's corridor leverage in the area (people who would gain if it rose to the next-weakest link,
 * from the chain analysis, else from the gap table) relative to the largest in the scenario; urgency the most urgent
 * accepted request behind a candidate for that country and area (low 0.25 to critical 1); low resources 1 for low
 * income, 0.6 lower-middle, 0.2 upper-middle, 0 high income.
 */
@Component
public class ProblemBuilder {

	private final ReferenceApi reference;

	ProblemBuilder(ReferenceApi reference) {
		this.reference = reference;
	}

	/** The problem, with the candidates and cells in the order of its items and cells. */
	public record Built(Problem problem, List<CandidateView> candidates, List<CellInfo> cells, List<String> countries,
			ScenarioSettings settings) {
	}

	/** What a cell stands for and how its weight was made. */
	public record CellInfo(String iso3, String indicatorCode, FocusArea area, double gap, boolean gapAssumed,
			double weight, double need, double leverage, double urgency, double lowResource) {
	}

	public Built build(ScenarioSettings s, List<CandidateView> candidates, List<GapTable.GapRow> gapRows) {
		return build(s, candidates, gapRows, Map.of());
	}

	/**
	 * @param liveLeverage corridor leverage by {@code iso3|area} from the chain analysis; where present it replaces the
	 * leverage recorded in the gap table
	 */
	public Built build(ScenarioSettings s, List<CandidateView> candidates, List<GapTable.GapRow> gapRows,
			Map<String, Double> liveLeverage) {
		Map<String, GapTable.GapRow> gapByCell = new HashMap<>();
		Map<String, double[]> areaGap = new HashMap<>();
		Map<String, Double> areaLeverage = new HashMap<>();
		double maxLeverage = 0;
		for (GapTable.GapRow row : gapRows) {
			gapByCell.put(row.iso3() + "|" + row.indicatorCode(), row);
			double[] sum = areaGap.computeIfAbsent(row.iso3() + "|" + row.area(), k -> new double[2]);
			sum[0] += row.gap();
			sum[1]++;
			areaLeverage.merge(row.iso3() + "|" + row.area(), row.leverage(), Math::max);
		}
		areaLeverage.putAll(liveLeverage);
		for (CandidateView c : candidates) {
			for (String iso3 : c.countries()) {
				Double live = liveLeverage.get(iso3 + "|" + c.area());
				if (live != null) {
					areaLeverage.put(iso3 + "|" + c.area(), live);
				}
			}
		}
		for (double value : areaLeverage.values()) {
			maxLeverage = Math.max(maxLeverage, value);
		}
		Map<String, Double> urgency = new HashMap<>();
		for (CandidateView c : candidates) {
			if (c.urgency() != null) {
				for (String iso3 : c.countries()) {
					urgency.merge(iso3 + "|" + c.area(), urgencyValue(c.urgency()), Math::max);
				}
			}
		}
		Set<String> countrySet = new LinkedHashSet<>(s.countries());
		candidates.forEach(c -> countrySet.addAll(c.countries()));
		s.absorption().keySet().forEach(countrySet::add);
		List<String> countries = new ArrayList<>(countrySet);
		Map<String, Integer> countryIndex = new HashMap<>();
		for (int i = 0; i < countries.size(); i++) {
			countryIndex.put(countries.get(i), i);
		}
		Map<String, Integer> cellIndex = new LinkedHashMap<>();
		List<CellInfo> cells = new ArrayList<>();
		Map<String, Integer> codeIndex = new HashMap<>();
		for (int i = 0; i < candidates.size(); i++) {
			codeIndex.put(candidates.get(i).code(), i);
		}
		List<Problem.Item> items = new ArrayList<>();
		for (CandidateView c : candidates) {
			int[] itemCells = new int[c.countries().size()];
			for (int j = 0; j < c.countries().size(); j++) {
				String iso3 = c.countries().get(j);
				String indicator = c.indicatorCode() != null ? c.indicatorCode() : c.area().code() + "*";
				String key = iso3 + "|" + indicator;
				Integer index = cellIndex.get(key);
				if (index == null) {
					index = cells.size();
					cellIndex.put(key, index);
					cells.add(cell(s, iso3, indicator, c, gapByCell.get(key), areaGap, areaLeverage, maxLeverage,
							urgency));
				}
				itemCells[j] = index;
			}
			double[] yearly = new double[s.horizonYears()];
			int start = c.startYear() - s.startYear();
			if (start >= 0 && start < yearly.length) {
				yearly[start] = c.oneOffCost();
				for (int t = start + 1; t < yearly.length; t++) {
					yearly[t] = c.recurrentCost();
				}
			}
			int[] itemCountries = c.countries().stream().mapToInt(countryIndex::get).toArray();
			int[] requires = c.dependsOn().stream().filter(codeIndex::containsKey).mapToInt(codeIndex::get).toArray();
			Problem.Fixed fixed = switch (c.decision()) {
				case MUST_INCLUDE -> Problem.Fixed.IN;
				case MUST_EXCLUDE -> Problem.Fixed.OUT;
				case FREE -> Problem.Fixed.FREE;
			};
			items.add(new Problem.Item(c.code(), yearly, c.recurrentCost(), c.uplift(), itemCells, itemCountries,
					c.exclusionGroup(), requires, fixed));
		}
		List<Problem.Country> problemCountries = countries.stream()
			.map(iso3 -> new Problem.Country(iso3, s.countryCap(), s.absorption().get(iso3)))
			.toList();
		List<Problem.Floor> floors = new ArrayList<>();
		s.regionalFloors().forEach((region, minimum) -> {
			int[] members = reference.countriesInRegion(region)
				.stream()
				.map(CountryView::iso3)
				.filter(countryIndex::containsKey)
				.mapToInt(countryIndex::get)
				.toArray();
			floors.add(new Problem.Floor(region, members, minimum));
		});
		List<Problem.Cell> problemCells = cells.stream()
			.map(cell -> new Problem.Cell(cell.iso3() + " " + cell.indicatorCode(), cell.gap(), cell.weight()))
			.toList();
		double[] budgets = s.budgets().stream().mapToDouble(Double::doubleValue).toArray();
		return new Built(new Problem(items, problemCells, budgets, problemCountries, floors), candidates, cells,
				countries, s);
	}

	private CellInfo cell(ScenarioSettings s, String iso3, String indicator, CandidateView candidate,
			GapTable.@Nullable GapRow row, Map<String, double[]> areaGap, Map<String, Double> areaLeverage,
			double maxLeverage, Map<String, Double> urgency) {
		FocusArea area = candidate.area();
		String areaKey = iso3 + "|" + area;
		double gap;
		boolean assumed = false;
		if (row != null) {
			gap = row.gap();
		}
		else if (indicator.endsWith("*") && areaGap.containsKey(areaKey)) {
			gap = Math.ceil(areaGap.get(areaKey)[0] / areaGap.get(areaKey)[1]);
		}
		else {
			gap = candidate.uplift();
			assumed = true;
		}
		double[] sum = areaGap.get(areaKey);
		double need = sum == null || sum[1] == 0 ? (assumed ? 0.25 : 0) : sum[0] / sum[1] / 4;
		double leverage = maxLeverage > 0 ? areaLeverage.getOrDefault(areaKey, 0.0) / maxLeverage : 0;
		double urgent = urgency.getOrDefault(areaKey, 0.0);
		double low = lowResource(iso3);
		double weight = s.areaWeight(area) * (1 + s.needWeight() * need + s.leverageWeight() * leverage
				+ s.urgencyWeight() * urgent + s.lowResourceWeight() * low);
		return new CellInfo(iso3, indicator, area, gap, assumed, weight, need, leverage, urgent, low);
	}

	double lowResource(String iso3) {
		IncomeGroup group = reference.country(iso3).map(CountryView::incomeGroup).orElse(null);
		if (group == null) {
			return 0;
		}
		return switch (group) {
			case LOW -> 1;
			case LOWER_MIDDLE -> 0.6;
			case UPPER_MIDDLE -> 0.2;
			case HIGH -> 0;
		};
	}

	static double urgencyValue(String urgency) {
		return switch (urgency) {
			case "CRITICAL" -> 1;
			case "HIGH" -> 0.75;
			case "MEDIUM" -> 0.5;
			default -> 0.25;
		};
	}

}
