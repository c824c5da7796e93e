package org.migracap.mobility.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * ECharts options built in Java and handed to the page as JSON (the content security policy allows no inline
 * script): a flow map of corridors on the world map, a Sankey diagram, line and bar charts.
 */
final class Charts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Charts() {
	}

	/** A corridor to draw: names and points (longitude, latitude) of both ends, and the figure. */
	record Line(String fromName, String toName, double[] from, double[] to, double value) {
	}

	record Node(String name) {
	}

	record Link(String source, String target, double value) {
	}

	record Series(String name, List<? extends Number> values) {
	}

	static String json(Object options) {
		return JSON.writeValueAsString(options);
	}

	static String flowMap(List<Line> lines, String unit) {
		double max = lines.stream().mapToDouble(Line::value).max().orElse(1);
		List<Object> data = new ArrayList<>();
		Map<String, double[]> points = new LinkedHashMap<>();
		for (Line line : lines) {
			double width = 1 + 7 * Math.sqrt(line.value() / max);
			data.add(Map.of("name", line.fromName() + " → " + line.toName(), "coords", List.of(line.from(), line.to()),
					"value", Math.round(line.value()), "lineStyle", Map.of("width", Math.round(width * 10) / 10.0)));
			points.put(line.fromName(), line.from());
			points.put(line.toName(), line.to());
		}
		List<Object> scatter = new ArrayList<>();
		points.forEach((name, point) -> scatter.add(Map.of("name", name, "value", List.of(point[0], point[1]))));
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("aria", Map.of("enabled", true));
		options.put("tooltip", Map.of("trigger", "item"));
		options.put("geo", Map.of("map", "world", "roam", true, "itemStyle",
				Map.of("areaColor", "#e9eef3", "borderColor", "#9aa5b1"), "emphasis", Map.of("disabled", true)));
		options.put("series", List.of(
				Map.of("type", "lines", "coordinateSystem", "geo", "name", unit, "data", data, "lineStyle",
						Map.of("color", "#0b4f8a", "opacity", 0.6, "curveness", 0.2), "tooltip",
						Map.of("formatter", "{b}: {c}")),
				Map.of("type", "scatter", "coordinateSystem", "geo", "data", scatter, "symbolSize", 6, "itemStyle",
						Map.of("color", "#b24c00"), "tooltip", Map.of("formatter", "{b}"))));
		return json(options);
	}

	static String sankey(List<Node> nodes, List<Link> links) {
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("aria", Map.of("enabled", true));
		options.put("tooltip", Map.of("trigger", "item"));
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("type", "sankey");
		series.put("data", nodes);
		series.put("links", links);
		series.put("left", 10);
		series.put("right", 150);
		series.put("emphasis", Map.of("focus", "adjacency"));
		series.put("nodeGap", 6);
		series.put("lineStyle", Map.of("color", "gradient", "curveness", 0.5));
		series.put("label", Map.of("color", "#1d252c"));
		options.put("series", List.of(series));
		return json(options);
	}

	static String lines(List<String> categories, List<Series> series, String axisName) {
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("aria", Map.of("enabled", true));
		options.put("tooltip", Map.of("trigger", "axis"));
		options.put("legend", Map.of("type", "scroll", "bottom", 0));
		options.put("grid", Map.of("left", 80, "right", 20, "top", 30, "bottom", 50));
		options.put("xAxis", Map.of("type", "category", "data", categories));
		options.put("yAxis", Map.of("type", "value", "name", axisName));
		options.put("series", series.stream()
			.map(s -> Map.of("type", "line", "name", s.name(), "data", s.values(), "smooth", false,
					"connectNulls", false))
			.toList());
		return json(options);
	}

	static String bars(List<String> categories, List<Series> series, String axisName) {
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("aria", Map.of("enabled", true));
		options.put("tooltip", Map.of("trigger", "axis"));
		options.put("legend", Map.of("bottom", 0));
		options.put("grid", Map.of("left", 160, "right", 20, "top", 20, "bottom", 50));
		options.put("yAxis", Map.of("type", "category", "data", categories, "inverse", true));
		options.put("xAxis", Map.of("type", "value", "name", axisName));
		options.put("series", series.stream().map(s -> Map.of("type", "bar", "name", s.name(), "data", s.values())).toList());
		return json(options);
	}

}
