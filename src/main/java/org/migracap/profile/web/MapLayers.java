package org.migracap.profile.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.migracap.assessment.AssessmentApi;
import org.migracap.assessment.SdgResult;
import org.migracap.platform.CurrentUser;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The layers of the world map: the SDG 10.7.2 category (latest, or of one survey year), the mean capacity score, or
 * the score of one area; each as ECharts options and as a table.
 */
@Component
class MapLayers {

	static final String SDG = "sdg";

	static final String MEAN = "mean";

	private final AssessmentApi assessments;

	private final CapacityData capacity;

	private final ReferenceApi reference;

	private final MessageSource messages;

	MapLayers(AssessmentApi assessments, CapacityData capacity, ReferenceApi reference, MessageSource messages) {
		this.assessments = assessments;
		this.capacity = capacity;
		this.reference = reference;
		this.messages = messages;
	}

	/** One country on the map. */
	public record MapValue(CountryView country, double value, @Nullable Integer year, String label) {
	}

	/** A layer: what it shows, its values and its chart. */
	public record Layer(String key, String title, List<MapValue> values, String chart, boolean categorical) {
	}

	static String normalise(@Nullable String layer) {
		if (layer == null || layer.isBlank()) {
			return SDG;
		}
		if (layer.equals(SDG) || layer.equals(MEAN)) {
			return layer;
		}
		return FocusArea.isCode(layer) ? FocusArea.of(layer).code() : SDG;
	}

	Layer layer(@Nullable String key, @Nullable Integer year, Optional<CurrentUser> viewer, Locale locale,
			boolean compact) {
		String layer = normalise(key);
		List<MapValue> values = new ArrayList<>();
		if (layer.equals(SDG)) {
			Map<String, SdgResult> latest = new TreeMap<>();
			for (SdgResult result : assessments.sdgResults()) {
				if (year == null || result.year() == year) {
					latest.merge(result.iso3(), result, (a, b) -> a.year() >= b.year() ? a : b);
				}
			}
			for (SdgResult result : latest.values()) {
				reference.country(result.iso3())
					.ifPresent(country -> values.add(new MapValue(country, result.category(), result.year(),
							text("assessment.scale.SDG_CATEGORY_4." + result.category(), locale))));
			}
		}
		else {
			for (CapacityRow row : capacity.rows(viewer)) {
				Double value = layer.equals(MEAN) ? Double.valueOf(row.mean()) : row.value(FocusArea.of(layer));
				if (value != null) {
					values.add(new MapValue(row.country(), ProfileBuilder.round(value), row.year(),
							String.valueOf(Math.round(value))));
				}
			}
		}
		values.sort(Comparator.comparing(v -> v.country().name(locale)));
		String title = layer.equals(SDG) ? text("profile.map.layer.sdg", locale)
				: layer.equals(MEAN) ? text("profile.map.layer.mean", locale)
						: layer + " " + text(FocusArea.of(layer).nameKey(), locale);
		return new Layer(layer, title, values, chart(layer, values, locale, compact), layer.equals(SDG));
	}

	private String chart(String layer, List<MapValue> values, Locale locale, boolean compact) {
		Map<String, String> names = new LinkedHashMap<>();
		for (CountryView country : reference.countries()) {
			names.put(country.iso3(), country.name(locale));
		}
		List<Object> data = new ArrayList<>();
		for (MapValue value : values) {
			data.add(Charts.map("name", value.country().name(locale), "value", value.value(), "key",
					value.country().iso3()));
		}
		Object visualMap;
		if (layer.equals(SDG)) {
			List<Object> pieces = new ArrayList<>();
			for (int category = 1; category <= 4; category++) {
				pieces.add(Charts.map("value", category, "label",
						text("assessment.scale.SDG_CATEGORY_4." + category, locale), "color",
						Charts.SDG_COLOURS.get(category - 1)));
			}
			visualMap = Charts.map("type", "piecewise", "pieces", pieces, "left", "left", "bottom", 0, "orient",
					compact ? "horizontal" : "vertical");
		}
		else {
			visualMap = Charts.map("min", 0, "max", 100, "calculable", !compact, "inRange",
					Charts.map("color", Charts.SCORE_SCALE.subList(1, Charts.SCORE_SCALE.size())), "left", "left",
					"bottom", 0, "text", List.of("100", "0"));
		}
		return Charts.json(Charts.map("animation", false, "tooltip", Charts.map("trigger", "item"), "visualMap",
				visualMap, "series",
				List.of(Charts.map("type", "map", "map", "world", "roam", !compact, "nameMap", names, "data", data,
						"itemStyle", Charts.map("areaColor", "#eeeeee", "borderColor", "#999999", "borderWidth", 0.4),
						"emphasis", Charts.map("label", Charts.map("show", false))))));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
