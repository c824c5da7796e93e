package org.migracap.planning.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.migracap.assessment.AssessmentApi;
import org.migracap.assessment.IndicatorScore;
import org.migracap.mobility.Leverage;
import org.migracap.mobility.MobilityApi;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.FocusArea;
import org.migracap.request.HelpKind;
import org.migracap.request.RequestApi;
import org.migracap.request.RequestSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What planning takes from the steps before it: the gaps of the latest published assessments (indicator level and
 * target), the corridor leverage of each country and area from the chain-of-movement analysis, and the accepted
 * requests for help, each turned into a candidate with the catalogue action its kind of help calls for.
 */
@Service
public class PlanningSources {

	private final AssessmentApi assessments;

	private final MobilityApi mobility;

	private final RequestApi requests;

	private final ScenarioService scenarios;

	private final GapTable gaps;

	private final CandidateService candidates;

	private final CatalogueService catalogue;

	PlanningSources(AssessmentApi assessments, MobilityApi mobility, RequestApi requests, ScenarioService scenarios,
			GapTable gaps, CandidateService candidates, CatalogueService catalogue) {
		this.assessments = assessments;
		this.mobility = mobility;
		this.requests = requests;
		this.scenarios = scenarios;
		this.gaps = gaps;
		this.candidates = candidates;
		this.catalogue = catalogue;
	}

	/**
	 * Replaces the scenario's gap table with the indicators of the latest published assessment of each of its
	 * countries that the viewer may see, in the scenario's areas, where a target level is set; leverage comes from the
	 * corridor analysis.
	 * @return the number of rows written
	 */
	@Transactional
	public int loadGapsFromAssessments(long scenarioId, Optional<CurrentUser> viewer) {
		ScenarioService.ScenarioView scenario = scenarios.get(scenarioId);
		if (scenario.adopted()) {
			throw RuleViolationException.conflict("planning.error.adopted");
		}
		List<GapTable.GapRow> rows = gapsFromAssessments(scenario.settings().countries(), scenario.settings().areas(),
				viewer);
		gaps.replace(scenarioId, rows);
		return rows.size();
	}

	/** Corridor leverage by {@code iso3|area} from the chain analysis, as IOM staff see it. */
	Map<String, Double> leverage() {
		Map<String, Double> out = new HashMap<>();
		CurrentUser staff = new CurrentUser(0, "system", "Planning", Set.of(org.migracap.platform.Role.COORDINATOR), null);
		for (Leverage l : mobility.leverage(Optional.of(staff))) {
			out.merge(l.iso3() + "|" + l.area(), l.peopleGain(), Math::max);
		}
		return out;
	}

	List<GapTable.GapRow> gapsFromAssessments(List<String> countries, Set<FocusArea> areas,
			Optional<CurrentUser> viewer) {
		Map<String, Double> leverage = new HashMap<>();
		for (Leverage l : mobility.leverage(viewer)) {
			leverage.merge(l.iso3() + "|" + l.area(), l.peopleGain(), Math::max);
		}
		List<GapTable.GapRow> rows = new ArrayList<>();
		for (String iso3 : countries) {
			for (IndicatorScore score : assessments.latestIndicatorScores(iso3, viewer)) {
				if (score.targetLevel() == null || !GapTable.isIndicatorCode(score.indicatorCode())
						|| (!areas.isEmpty() && !areas.contains(score.area()))) {
					continue;
				}
				rows.add(new GapTable.GapRow(iso3, score.indicatorCode(), score.area(), score.level(),
						score.targetLevel(), leverage.getOrDefault(iso3 + "|" + score.area(), 0.0),
						"assessment:" + score.cycleId()));
			}
		}
		return rows;
	}

	/**
	 * Adds a candidate for every area of every accepted request that concerns the scenario's countries and areas (all
	 * of them when the scenario names none), with the urgency of the request and the catalogue action that the kind of
	 * help calls for at the country's current level (from the gap table; level 1 when unknown).
	 * @return the number of candidates added
	 */
	@Transactional
	public int addCandidatesFromRequests(long scenarioId) {
		ScenarioService.ScenarioView scenario = scenarios.get(scenarioId);
		if (scenario.adopted()) {
			throw RuleViolationException.conflict("planning.error.adopted");
		}
		ScenarioSettings settings = scenario.settings();
		Map<String, Integer> levels = new HashMap<>();
		gaps.rows(scenarioId).forEach(g -> levels.put(g.iso3() + "|" + g.indicatorCode(), g.level()));
		Set<String> existing = new HashSet<>();
		candidates.list(scenarioId).forEach(c -> existing.add(c.code()));
		int added = 0;
		for (RequestSummary request : requests.acceptedRequests()) {
			List<String> served = request.countries()
				.stream()
				.filter(c -> settings.countries().isEmpty() || settings.countries().contains(c))
				.sorted()
				.toList();
			if (served.isEmpty()) {
				continue;
			}
			for (FocusArea area : request.areas()) {
				if (!settings.areas().isEmpty() && !settings.areas().contains(area)) {
					continue;
				}
				int dimension = dimension(request.kind());
				String indicator = area.code() + dimension;
				int level = levels.getOrDefault(served.get(0) + "|" + indicator, 1);
				Optional<CatalogueEntry> action = catalogue.matching(area, dimension, level).stream().findFirst()
					.or(() -> catalogue.all().stream().filter(a -> a.dimension() == dimension && a.appliesTo(area)).findFirst());
				if (action.isEmpty()) {
					continue;
				}
				String code = CandidateService.code("REQ" + request.id() + "-" + indicator);
				if (!existing.add(code)) {
					continue;
				}
				CatalogueEntry a = action.get();
				String title = request.title() + " (" + String.join(", ", served) + ", " + indicator + ")";
				candidates.create(scenarioId, new CandidateData(code, title.length() > 300 ? title.substring(0, 300) : title,
						served, area, indicator, a.code(), request.id(), request.urgency().name(), CandidateOrigin.REQUEST,
						a.oneOffMid(), a.recurrentMid(), settings.startYear(), a.durationYears(), a.uplift(), List.of(),
						null, CandidateDecision.FREE));
				added++;
			}
		}
		return added;
	}

	/** The dimension of the core framework a kind of help works on. */
	static int dimension(HelpKind kind) {
		return switch (kind) {
			case LEGISLATIVE_REVIEW -> 1;
			case TECHNICAL_ADVICE -> 2;
			case TRAINING, WORKSHOP -> 3;
			case SYSTEMS_EQUIPMENT -> 4;
			case STUDY_VISIT -> 5;
		};
	}

}
