package org.migracap.profile.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * ECharts options built in Java and written as the JSON of a {@code data-echarts} attribute. Colours come from a
 * palette that keeps enough contrast on white and is told apart by people with the common forms of colour blindness.
 */
final class Charts {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Okabe-Ito palette. */
	static final List<String> PALETTE = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
			"#000000", "#F0E442");

	/** Sequential scale for scores 0-100 (light to dark blue). */
	static final List<String> SCORE_SCALE = List.of("#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b");

	/** SDG 10.7.2 categories 1-4. */
	static final List<String> SDG_COLOURS = List.of("#d7191c", "#fdae61", "#a6d96a", "#1a9641");

	private Charts() {
	}

	static String json(Object options) {
		return JSON.writeValueAsString(options);
	}

	static Map<String, Object> map(Object... keyValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			if (keyValues[i + 1] != null) {
				map.put((String) keyValues[i], keyValues[i + 1]);
			}
		}
		return map;
	}

	static List<Object> list(Object... items) {
		return new ArrayList<>(List.of(items));
	}

}
