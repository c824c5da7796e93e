package org.migracap.workshop.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.migracap.workshop.domain.BallotKind;
import org.migracap.workshop.domain.BallotService;
import tools.jackson.databind.json.JsonMapper;

/** ECharts options for a ballot's result, built in Java (the page shows a table beside the chart). */
final class ResultCharts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ResultCharts() {
	}

	/**
	 * Horizontal bars, best option on top: AHP weights in percent, Borda scores for a ranking, approvals for an
	 * approval vote.
	 */
	static String bars(BallotService.BallotResults results, Locale locale) {
		BallotKind kind = results.ballot().kind();
		double[] values = kind == BallotKind.RANKED && results.borda() != null ? results.borda() : results.scores();
		List<String> labels = new ArrayList<>();
		List<Double> data = new ArrayList<>();
		for (List<BallotService.OptionView> tier : results.tiers()) {
			for (BallotService.OptionView option : tier) {
				labels.add(option.label());
				double value = values.length > option.index() ? values[option.index()] : 0;
				data.add(kind == BallotKind.PAIRWISE ? Math.round(value * 1000) / 10.0 : value);
			}
		}
		java.util.Collections.reverse(labels);
		java.util.Collections.reverse(data);
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("aria", Map.of("enabled", true));
		options.put("grid", Map.of("left", 8, "right", 24, "top", 8, "bottom", 8, "containLabel", true));
		options.put("tooltip", Map.of("trigger", "axis"));
		options.put("xAxis", Map.of("type", "value"));
		options.put("yAxis", Map.of("type", "category", "data", labels, "axisLabel", Map.of("width", 180, "overflow", "truncate")));
		options.put("series", List.of(Map.of("type", "bar", "data", data, "itemStyle", Map.of("color", "#0b4f8a"))));
		return JSON.writeValueAsString(options);
	}

}
