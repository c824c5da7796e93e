package org.migracap.assessment;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.migracap.assessment.domain.CycleService;
import org.migracap.assessment.domain.CycleView;
import org.migracap.assessment.domain.FrameworkDocument;
import org.migracap.assessment.domain.FrameworkService;
import org.migracap.assessment.domain.FrameworkView;
import org.migracap.assessment.domain.ScoreStore;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.DataStamps;
import org.migracap.platform.MemberStates;
import org.migracap.reference.FocusArea;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Capacity scores for other modules: the indicators of the MigraCap core framework, the latest published area scores
 * and gaps per country, their history, the indicator levels behind them, and the real SDG 10.7.2 results. Every
 * method answers only what the viewer may see: an empty viewer is the public (public cycles only); signed-in users
 * also see cycles shared with members; a focal point also its own country's private cycles; IOM staff everything.
 * Scores are comparable across versions of the core framework through the indicator codes and the focus areas.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentApi {

	private final FrameworkService frameworks;

	private final ScoreStore scores;

	private final CycleService cycles;

	private final DataStamps stamps;

	private final MemberStates memberStates;

	AssessmentApi(FrameworkService frameworks, ScoreStore scores, CycleService cycles, DataStamps stamps,
			MemberStates memberStates) {
		this.memberStates = memberStates;
		this.frameworks = frameworks;
		this.scores = scores;
		this.cycles = cycles;
		this.stamps = stamps;
	}

	/**
	 * A number that changes whenever what this API answers may change (a publication, a change of confidentiality,
	 * a bulk load), for callers that cache what they build from it.
	 */
	public long dataStamp() {
		return scores.stamp();
	}

	/** What the viewer may see of all countries' published cycles, as a cache key ({@link Visibility}). */
	public String visibilityKey(Optional<CurrentUser> viewer) {
		return Visibility.of(viewer, memberStates);
	}

	/** What the viewer may see of one country's published cycles, as a cache key ({@link Visibility}). */
	public String visibilityKey(Optional<CurrentUser> viewer, String iso3) {
		return Visibility.of(viewer, iso3, memberStates);
	}

	/** The sixty indicators of the current published MigraCap core framework, area by area. */
	public List<IndicatorDefinition> coreIndicators() {
		FrameworkView core = frameworks.currentCore();
		return core.areas()
			.stream()
			.flatMap(area -> area.indicators()
				.stream()
				.map(indicator -> new IndicatorDefinition(indicator.code(), Objects.requireNonNull(area.focusArea()),
						Objects.requireNonNull(indicator.dimension()), indicator.weight(),
						indicator.question().in(Locale.ENGLISH))))
			.toList();
	}

	/**
	 * For each country, the area scores of its latest published core cycle that the viewer may see (a country whose
	 * latest cycle is private shows its latest cycle the viewer may see, if any). Areas without any answered
	 * indicator are left out.
	 */
	public List<AreaScore> latestAreaScores(Optional<CurrentUser> viewer) {
		return stamps.cached("assessment.latest", scores.stamp(), Visibility.of(viewer, memberStates),
				() -> List.copyOf(areaScores(scores.latest(FrameworkService.CORE, viewer, null))));
	}

	/** The area scores of a country's latest published core cycle that the viewer may see; empty when there is none. */
	public Map<FocusArea, AreaScore> latestAreaScores(String iso3, Optional<CurrentUser> viewer) {
		Map<FocusArea, AreaScore> byArea = new EnumMap<>(FocusArea.class);
		for (AreaScore score : areaScores(scores.latest(FrameworkService.CORE, viewer, normalise(iso3)))) {
			byArea.put(score.area(), score);
		}
		return byArea;
	}

	/** The area scores of every published core cycle of a country that the viewer may see, oldest cycle first. */
	public List<AreaScore> areaScoreHistory(String iso3, Optional<CurrentUser> viewer) {
		return areaScores(scores.history(FrameworkService.CORE, normalise(iso3), viewer));
	}

	/** The answered indicators of a country's latest published core cycle that the viewer may see. */
	public List<IndicatorScore> latestIndicatorScores(String iso3, Optional<CurrentUser> viewer) {
		String country = normalise(iso3);
		return scores.latestCycle(FrameworkService.CORE, country, viewer).map(cycle -> {
			FrameworkView framework = frameworks.get(cycle.frameworkId());
			return scores.levels(cycle.id())
				.stream()
				.filter(row -> framework.indicator(row.indicatorCode()).isPresent())
				.map(row -> {
					FrameworkDocument.Indicator indicator = framework.indicator(row.indicatorCode()).orElseThrow();
					return new IndicatorScore(country, row.indicatorCode(),
							Objects.requireNonNull(framework.focusAreaOf(row.indicatorCode())),
							Objects.requireNonNull(indicator.dimension()), row.level(), row.targetLevel(),
							row.targetYear(), indicator.weight(), cycle.id(), cycle.year());
				})
				.toList();
		}).orElse(List.of());
	}

	/**
	 * The real published results of SDG indicator 10.7.2 (all policy domains combined) for every country and year
	 * in the shipped UN data, ordered by country and year.
	 */
	public List<SdgResult> sdgResults() {
		return stamps.cached("assessment.sdg", scores.stamp(), "ALL", () -> scores.sdg("ALL")
			.stream()
			.map(row -> new SdgResult(row.iso3(), row.year(), row.category()))
			.toList());
	}

	/** Per survey year, how many countries fell in each category, and the share that meets or fully meets the criteria. */
	public List<SdgYearSummary> sdgSummaryByYear() {
		java.util.TreeMap<Integer, int[]> counts = new java.util.TreeMap<>();
		for (SdgResult result : sdgResults()) {
			counts.computeIfAbsent(result.year(), year -> new int[5])[result.category()]++;
		}
		return counts.entrySet()
			.stream()
			.map(e -> new SdgYearSummary(e.getKey(), e.getValue()[1] + e.getValue()[2] + e.getValue()[3] + e.getValue()[4],
					e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4]))
			.toList();
	}

	/** A country's latest SDG 10.7.2 result, if it has one. */
	public Optional<SdgResult> latestSdgResult(String iso3) {
		String country = normalise(iso3);
		return sdgResults().stream().filter(r -> r.iso3().equals(country)).reduce((first, second) -> second);
	}

	/**
	 * A country's capacity profile as the viewer may see it: the latest published core cycle with every indicator,
	 * the history of area scores and the SDG 10.7.2 results.
	 */
	public CountryProfile profile(String iso3, Optional<CurrentUser> viewer) {
		String country = normalise(iso3);
		return stamps.cached("assessment.profiles", scores.stamp(), country + "/" + Visibility.of(viewer, country, memberStates),
				() -> buildProfile(country, viewer));
	}

	private CountryProfile buildProfile(String country, Optional<CurrentUser> viewer) {
		List<SdgResult> sdg = sdgResults().stream().filter(r -> r.iso3().equals(country)).toList();
		List<AreaScore> history = areaScoreHistory(country, viewer);
		Optional<ScoreStore.CycleRef> latest = scores.latestCycle(FrameworkService.CORE, country, viewer);
		if (latest.isEmpty()) {
			return new CountryProfile(country, null, Map.of(), List.of(), history, sdg);
		}
		CycleView cycle = cycles.get(latest.get().id(), viewer);
		FrameworkView framework = frameworks.get(cycle.frameworkId());
		Map<String, org.migracap.assessment.domain.ResponseView> answers = new java.util.HashMap<>();
		for (org.migracap.assessment.domain.ResponseView response : cycles.responses(cycle.id(), viewer)) {
			answers.put(response.indicatorCode(), response);
		}
		List<CountryProfile.ProfileIndicator> indicators = new java.util.ArrayList<>();
		for (FrameworkDocument.Area area : framework.areas()) {
			for (FrameworkDocument.Indicator indicator : area.indicators()) {
				org.migracap.assessment.domain.ResponseView answer = answers.get(indicator.code());
				Integer level = answer == null ? null : answer.level();
				indicators.add(new CountryProfile.ProfileIndicator(indicator.code(),
						Objects.requireNonNull(area.focusArea()), Objects.requireNonNull(indicator.dimension()),
						indicator.weight(), indicator.question(), level,
						level == null ? null : indicator.level(level).map(FrameworkDocument.Level::text).orElse(null),
						answer == null || level == null ? null : answer.targetLevel(),
						answer == null || level == null ? null : answer.targetYear(),
						answer == null || answer.confidence() == null ? null : answer.confidence().name(),
						answer == null ? null : answer.evidenceText(), answer == null ? List.of() : answer.evidenceLinks(),
						answer == null ? 0 : answer.files().size()));
			}
		}
		return new CountryProfile(country,
				new CountryProfile.ProfileCycle(cycle.id(), cycle.year(), cycle.kind().name(), cycle.confidentiality(),
						cycle.demo(), cycle.source(), framework.code(), framework.frameworkVersion(), framework.title(),
						cycle.publishedAt()),
				java.util.Collections.unmodifiableMap(latestAreaScores(country, viewer)), List.copyOf(indicators),
				List.copyOf(history), List.copyOf(sdg));
	}

	private static List<AreaScore> areaScores(List<ScoreStore.ScoreRow> rows) {
		return rows.stream()
			.filter(row -> row.score() != null && FocusArea.isCode(row.areaCode()))
			.map(row -> new AreaScore(row.iso3(), FocusArea.of(row.areaCode()), Objects.requireNonNull(row.score()),
					row.completeness(), row.targetScore(), row.gap(), row.cycleId(), row.year(),
					row.confidentiality()))
			.toList();
	}

	private static String normalise(String iso3) {
		return iso3.trim().toUpperCase(java.util.Locale.ROOT);
	}

}
