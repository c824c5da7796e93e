package org.migracap.profile.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.migracap.assessment.AssessmentApi;
import org.migracap.assessment.SdgYearSummary;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;
import org.migracap.reference.IncomeGroup;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The world map (by SDG 10.7.2 category or by capacity score) and the overview of regional and income-group
 * aggregates and of the SDG 10.7.2 results per survey year. Every chart has its table.
 */
@Controller
@Access(anonymous = true)
class MapController {

	private final MapLayers layers;

	private final CapacityData capacity;

	private final AssessmentApi assessments;

	private final MessageSource messages;

	MapController(MapLayers layers, CapacityData capacity, AssessmentApi assessments, MessageSource messages) {
		this.layers = layers;
		this.capacity = capacity;
		this.assessments = assessments;
		this.messages = messages;
	}

	@GetMapping("/map")
	String map(@RequestParam(required = false) String layer, @RequestParam(required = false) Integer year,
			Locale locale, Model model) {
		model.addAttribute("layer", layers.layer(layer, year, CurrentUser.current(), locale, false));
		model.addAttribute("areas", FocusArea.values());
		model.addAttribute("years", assessments.sdgSummaryByYear().stream().map(SdgYearSummary::year).toList());
		model.addAttribute("year", year);
		return "profile/map";
	}

	/** The mean score of a group of countries in each area, and over all areas. */
	public record Aggregate(String key, String label, int countries, Map<FocusArea, @Nullable Double> areas,
			double mean) {

		public @Nullable Double area(FocusArea area) {
			return areas.get(area);
		}

	}

	@GetMapping("/overview")
	String overview(Locale locale, Model model) {
		List<CapacityRow> rows = capacity.rows(CurrentUser.current());
		Map<String, List<CapacityRow>> byRegion = new LinkedHashMap<>();
		Map<String, List<CapacityRow>> byIncome = new LinkedHashMap<>();
		for (IncomeGroup group : IncomeGroup.values()) {
			byIncome.put(group.name(), new ArrayList<>());
		}
		for (CapacityRow row : rows) {
			CountryView country = row.country();
			if (country.regionCode() != null) {
				byRegion.computeIfAbsent(country.regionCode(), r -> new ArrayList<>()).add(row);
			}
			if (country.incomeGroup() != null) {
				byIncome.get(country.incomeGroup().name()).add(row);
			}
		}
		List<Aggregate> regions = byRegion.entrySet()
			.stream()
			.map(e -> aggregate(e.getKey(), text("m49." + e.getKey(), locale), e.getValue()))
			.sorted(java.util.Comparator.comparing(Aggregate::label))
			.toList();
		List<Aggregate> incomes = byIncome.entrySet()
			.stream()
			.filter(e -> !e.getValue().isEmpty())
			.map(e -> aggregate(e.getKey(), text("income." + e.getKey(), locale), e.getValue()))
			.toList();
		List<SdgYearSummary> sdg = assessments.sdgSummaryByYear();
		model.addAttribute("regions", regions);
		model.addAttribute("incomes", incomes);
		model.addAttribute("areas", FocusArea.values());
		model.addAttribute("sdg", sdg);
		model.addAttribute("countries", rows.size());
		model.addAttribute("regionChart", barChart(regions, locale));
		model.addAttribute("incomeChart", barChart(incomes, locale));
		model.addAttribute("sdgChart", sdgChart(sdg, locale));
		return "profile/overview";
	}

	static Aggregate aggregate(String key, String label, List<CapacityRow> rows) {
		Map<FocusArea, Double> areas = new EnumMap<>(FocusArea.class);
		for (FocusArea area : FocusArea.values()) {
			areas.put(area, rows.stream()
				.map(r -> r.value(area))
				.filter(java.util.Objects::nonNull)
				.mapToDouble(Double::doubleValue)
				.average()
				.stream()
				.boxed()
				.findFirst()
				.orElse(null));
		}
		double mean = rows.stream().mapToDouble(CapacityRow::mean).average().orElse(0);
		return new Aggregate(key, label, rows.size(), areas, mean);
	}

	private String barChart(List<Aggregate> groups, Locale locale) {
		return Charts.json(Charts.map("color", Charts.PALETTE, "animation", false, "tooltip",
				Charts.map("trigger", "axis"), "grid", Charts.map("left", 160, "right", 30, "top", 10, "bottom", 30),
				"xAxis", Charts.map("type", "value", "min", 0, "max", 100), "yAxis",
				Charts.map("type", "category", "inverse", true, "data", groups.stream().map(Aggregate::label).toList()),
				"series", List.of(Charts.map("type", "bar", "name", text("profile.overview.meanScore", locale), "data",
						groups.stream().map(g -> ProfileBuilder.round(g.mean())).toList(), "label",
						Charts.map("show", true, "position", "right")))));
	}

	private String sdgChart(List<SdgYearSummary> years, Locale locale) {
		List<Object> series = new ArrayList<>();
		for (int category = 1; category <= 4; category++) {
			int c = category;
			series.add(Charts.map("type", "bar", "stack", "all", "name",
					text("assessment.scale.SDG_CATEGORY_4." + category, locale), "data",
					years.stream().map(y -> y.count(c)).toList()));
		}
		return Charts.json(Charts.map("color", Charts.SDG_COLOURS, "animation", false, "tooltip",
				Charts.map("trigger", "axis"), "legend", Charts.map("bottom", 0), "grid",
				Charts.map("left", 50, "right", 20, "top", 10, "bottom", 60), "xAxis",
				Charts.map("type", "category", "data", years.stream().map(y -> String.valueOf(y.year())).toList()),
				"yAxis", Charts.map("type", "value"), "series", series));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
