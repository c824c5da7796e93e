package org.migracap.profile.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.TreeMap;

import org.migracap.assessment.AreaScore;
import org.migracap.assessment.AssessmentApi;
import org.migracap.assessment.CountryProfile;
import org.migracap.platform.DataStamps;
import org.migracap.platform.CurrentUser;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds a country's capacity profile for a viewer from the assessment API (which leaves out what the viewer may not
 * see), with its charts.
 */
@Component
class ProfileBuilder {

	private final AssessmentApi assessments;

	private final ReferenceApi reference;

	private final MessageSource messages;

	private final DataStamps stamps;

	/** A profile with its body rendered as HTML. */
	record Rendered(ProfilePage profile, String html) {
	}

	ProfileBuilder(AssessmentApi assessments, ReferenceApi reference, MessageSource messages, DataStamps stamps) {
		this.assessments = assessments;
		this.reference = reference;
		this.messages = messages;
		this.stamps = stamps;
	}

	/**
	 * The profile with its body as HTML, rendered by {@code render} once per country, what the viewer may see and
	 * language, and kept as long as the profile itself (it depends on nothing else). One read of the data stamp when
	 * both are cached.
	 */
	Rendered rendered(String iso3, Optional<CurrentUser> viewer, Locale locale, Function<ProfilePage, String> render) {
		CountryView country = reference.getCountry(iso3);
		return stamps.cached("profile.pages", assessments.dataStamp(), key(country, viewer, locale), () -> {
			ProfilePage profile = build(iso3, viewer, locale);
			return new Rendered(profile, render.apply(profile));
		});
	}

	/** Country, what the viewer may see of it and language, with the stamp of the countries (names, IOM status). */
	private String key(CountryView country, Optional<CurrentUser> viewer, Locale locale) {
		return stamps.current(ReferenceApi.COUNTRIES_STAMP) + "/" + country.iso3() + "/"
				+ assessments.visibilityKey(viewer, country.iso3()) + "/" + locale.getLanguage();
	}

	/** The profile as the viewer may see it (cached by country, what the viewer may see and language). */
	ProfilePage build(String iso3, Optional<CurrentUser> viewer, Locale locale) {
		CountryView country = reference.getCountry(iso3);
		return stamps.cached("profile.profiles", assessments.dataStamp(), key(country, viewer, locale),
				() -> compute(country, viewer, locale));
	}

	private ProfilePage compute(CountryView country, Optional<CurrentUser> viewer, Locale locale) {
		CountryProfile profile = assessments.profile(country.iso3(), viewer);
		List<ProfilePage.AreaRow> areas = new ArrayList<>();
		for (FocusArea area : FocusArea.values()) {
			areas.add(new ProfilePage.AreaRow(area, profile.areas().get(area)));
		}
		Map<FocusArea, List<CountryProfile.ProfileIndicator>> byArea = new EnumMap<>(FocusArea.class);
		for (CountryProfile.ProfileIndicator indicator : profile.indicators()) {
			byArea.computeIfAbsent(indicator.area(), a -> new ArrayList<>()).add(indicator);
		}
		Map<Long, Integer> yearOfCycle = new LinkedHashMap<>();
		Map<FocusArea, Map<Long, Double>> history = new EnumMap<>(FocusArea.class);
		for (AreaScore score : profile.history()) {
			yearOfCycle.put(score.cycleId(), score.year());
			history.computeIfAbsent(score.area(), a -> new TreeMap<>()).put(score.cycleId(), score.score());
		}
		List<Long> cycles = new ArrayList<>(yearOfCycle.keySet());
		List<Integer> years = cycles.stream().map(yearOfCycle::get).toList();
		List<ProfilePage.TrendRow> trend = new ArrayList<>();
		for (FocusArea area : FocusArea.values()) {
			List<Double> scores = new ArrayList<>();
			for (Long cycle : cycles) {
				scores.add(history.getOrDefault(area, Map.of()).get(cycle));
			}
			trend.add(new ProfilePage.TrendRow(area, scores));
		}
		return new ProfilePage(country, profile, areas, byArea, profile.gaps().stream().limit(10).toList(), trend,
				years, profile.latestSdg(), radar(profile, locale), trendChart(trend, years, locale));
	}

	private String radar(CountryProfile profile, Locale locale) {
		List<Object> indicators = new ArrayList<>();
		List<Object> current = new ArrayList<>();
		List<Object> target = new ArrayList<>();
		boolean anyTarget = false;
		for (FocusArea area : FocusArea.values()) {
			indicators.add(Charts.map("name", area.code() + " " + text(area.shortKey(), locale), "max", 100));
			AreaScore score = profile.areas().get(area);
			current.add(score == null ? 0 : round(score.score()));
			Double targetScore = score == null ? null : score.targetScore();
			anyTarget |= targetScore != null;
			target.add(targetScore == null ? (score == null ? 0 : round(score.score())) : round(targetScore));
		}
		List<Object> data = Charts.list(Charts.map("name", text("profile.chart.current", locale), "value", current));
		if (anyTarget) {
			data.add(Charts.map("name", text("profile.chart.target", locale), "value", target, "lineStyle",
					Charts.map("type", "dashed")));
		}
		return Charts.json(Charts.map("color", Charts.PALETTE, "animation", false, "tooltip", Charts.map(), "legend",
				Charts.map("bottom", 0), "radar",
				Charts.map("indicator", indicators, "radius", "62%", "axisName", Charts.map("color", "#333")), "series",
				List.of(Charts.map("type", "radar", "data", data, "areaStyle", Charts.map("opacity", 0.15)))));
	}

	private String trendChart(List<ProfilePage.TrendRow> trend, List<Integer> years, Locale locale) {
		List<Object> series = new ArrayList<>();
		for (ProfilePage.TrendRow row : trend) {
			series.add(Charts.map("name", row.area().code() + " " + text(row.area().shortKey(), locale), "type",
					"line", "connectNulls", true, "data",
					row.scores().stream().map(s -> s == null ? null : round(s)).toList()));
		}
		return Charts.json(Charts.map("color", Charts.PALETTE, "animation", false, "tooltip",
				Charts.map("trigger", "axis"), "legend", Charts.map("type", "scroll", "bottom", 0), "grid",
				Charts.map("left", 40, "right", 20, "top", 20, "bottom", 60), "xAxis",
				Charts.map("type", "category", "data", years.stream().map(String::valueOf).toList()), "yAxis",
				Charts.map("type", "value", "min", 0, "max", 100), "series", series));
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}


}
