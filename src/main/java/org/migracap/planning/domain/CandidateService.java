package org.migracap.planning.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.migracap.identity.IdentityApi;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidates of a scenario: entered and edited one by one, or generated from the scenario's gap table and the
 * intervention catalogue (one candidate per matching action and gap, and joint candidates for neighbouring countries
 * that share a cooperation gap).
 */
@Service
public class CandidateService {

	public static final int MAX_COUNTRIES = 10;

	private final Candidates candidates;

	private final Scenarios scenarios;

	private final GapTable gaps;

	private final CatalogueService catalogue;

	private final ReferenceApi reference;

	private final IdentityApi identity;

	CandidateService(Candidates candidates, Scenarios scenarios, GapTable gaps, CatalogueService catalogue,
			ReferenceApi reference, IdentityApi identity) {
		this.candidates = candidates;
		this.scenarios = scenarios;
		this.gaps = gaps;
		this.catalogue = catalogue;
		this.reference = reference;
		this.identity = identity;
	}

	@Transactional(readOnly = true)
	public List<CandidateView> list(long scenarioId) {
		scenario(scenarioId);
		return candidates.findByScenarioIdOrderByCode(scenarioId).stream().map(Candidate::view).toList();
	}

	@Transactional(readOnly = true)
	public CandidateView get(long scenarioId, long id) {
		return load(scenarioId, id).view();
	}

	@Transactional
	public CandidateView create(long scenarioId, CandidateData data) {
		Scenario scenario = scenario(scenarioId);
		ScenarioService.requireEditable(scenario);
		CandidateData clean = check(scenario, data, null);
		if (candidates.existsByScenarioIdAndCode(scenarioId, clean.code())) {
			throw RuleViolationException.conflict("planning.error.candidateCodeTaken", clean.code());
		}
		Candidate saved = candidates.save(new Candidate(scenarioId, clean));
		scenario.changeStatus(ScenarioStatus.DRAFT);
		return saved.view();
	}

	@Transactional
	public CandidateView update(long scenarioId, long id, long version, CandidateData data) {
		Scenario scenario = scenario(scenarioId);
		Candidate candidate = load(scenarioId, id);
		ConcurrentEditException.check(Candidate.class, id, "candidate", id, version, candidate.version());
		ScenarioService.requireEditable(scenario);
		CandidateData clean = check(scenario, data, candidate.code());
		if (!clean.code().equals(candidate.code()) && candidates.existsByScenarioIdAndCode(scenarioId, clean.code())) {
			throw RuleViolationException.conflict("planning.error.candidateCodeTaken", clean.code());
		}
		CandidateView before = candidate.view();
		candidate.apply(new CandidateData(clean.code(), clean.title(), clean.countries(), clean.area(),
				clean.indicatorCode(), before.catalogueCode(), before.requestId(), before.urgency(), before.origin(),
				clean.oneOffCost(), clean.recurrentCost(), clean.startYear(), clean.durationYears(), clean.uplift(),
				clean.dependsOn(), clean.exclusionGroup(), clean.decision()));
		scenario.changeStatus(ScenarioStatus.DRAFT);
		return candidates.saveAndFlush(candidate).view();
	}

	@Transactional
	public void delete(long scenarioId, long id) {
		Scenario scenario = scenario(scenarioId);
		ScenarioService.requireEditable(scenario);
		Candidate candidate = load(scenarioId, id);
		for (Candidate other : candidates.findByScenarioIdOrderByCode(scenarioId)) {
			if (other.view().dependsOn().contains(candidate.code())) {
				throw RuleViolationException.conflict("planning.error.candidateNeeded", candidate.code(), other.code());
			}
		}
		candidates.delete(candidate);
		scenario.changeStatus(ScenarioStatus.DRAFT);
	}

	/**
	 * Adds a candidate for every catalogue action that lifts a gap of the scenario's gap table in the given countries
	 * and areas (all of the scenario's when empty), plus joint candidates for pairs of those countries in the same UN
	 * M49 sub-region that share a gap an action marked joint can close. Costs are the middle of the catalogue ranges;
	 * candidates whose code exists already are skipped.
	 * @return the number of candidates added
	 */
	@Transactional
	public int generateFromGaps(long scenarioId, Set<String> onlyCountries, Set<FocusArea> onlyAreas) {
		Scenario scenario = scenario(scenarioId);
		ScenarioService.requireEditable(scenario);
		ScenarioSettings settings = scenario.settings();
		Set<String> countries = onlyCountries.isEmpty() ? new HashSet<>(settings.countries()) : onlyCountries;
		Set<FocusArea> areas = onlyAreas.isEmpty() ? settings.areas() : onlyAreas;
		Set<String> existing = new HashSet<>();
		candidates.findByScenarioIdOrderByCode(scenarioId).forEach(c -> existing.add(c.code()));
		Map<String, List<GapTable.GapRow>> jointGaps = new LinkedHashMap<>();
		int added = 0;
		for (GapTable.GapRow gap : gaps.rows(scenarioId)) {
			if (gap.gap() <= 0 || (!countries.isEmpty() && !countries.contains(gap.iso3()))
					|| (!areas.isEmpty() && !areas.contains(gap.area()))) {
				continue;
			}
			for (CatalogueEntry action : catalogue.matching(gap.area(), gap.dimension(), gap.level())) {
				if (action.joint()) {
					jointGaps.computeIfAbsent(action.code() + "|" + gap.indicatorCode(), k -> new ArrayList<>()).add(gap);
					continue;
				}
				String code = code(gap.iso3() + "-" + gap.indicatorCode() + "-" + action.code());
				if (existing.add(code)) {
					candidates.save(new Candidate(scenarioId, fromAction(code, List.of(gap.iso3()), gap, action,
							startYear(settings, action.dimension()))));
					added++;
				}
			}
		}
		for (Map.Entry<String, List<GapTable.GapRow>> entry : jointGaps.entrySet()) {
			CatalogueEntry action = catalogue.all()
				.stream()
				.filter(a -> a.code().equals(entry.getKey().substring(0, entry.getKey().indexOf('|'))))
				.findFirst()
				.orElseThrow();
			List<GapTable.GapRow> rows = entry.getValue();
			for (int a = 0; a < rows.size(); a++) {
				for (int b = a + 1; b < rows.size(); b++) {
					GapTable.GapRow first = rows.get(a);
					GapTable.GapRow second = rows.get(b);
					if (!neighbours(first.iso3(), second.iso3())) {
						continue;
					}
					String code = code(first.iso3() + "+" + second.iso3() + "-" + first.indicatorCode() + "-" + action.code());
					if (existing.add(code)) {
						candidates.save(new Candidate(scenarioId, fromAction(code,
								List.of(first.iso3(), second.iso3()), first, action,
								startYear(settings, action.dimension()))));
						added++;
					}
				}
			}
		}
		if (added > 0) {
			scenario.changeStatus(ScenarioStatus.DRAFT);
		}
		return added;
	}

	/**
	 * A first guess at sequencing, to be edited: legal basis and institutions in the first year, people, skills and
	 * financing in the second, operational systems and cooperation in the third (within the horizon).
	 */
	static int startYear(ScenarioSettings settings, int dimension) {
		int offset = switch (dimension) {
			case 1, 2 -> 0;
			case 3, 6 -> 1;
			default -> 2;
		};
		return settings.startYear() + Math.min(offset, settings.horizonYears() - 1);
	}

	private boolean neighbours(String a, String b) {
		CountryView first = reference.getCountry(a);
		CountryView second = reference.getCountry(b);
		return first.subRegionCode() != null && Objects.equals(first.subRegionCode(), second.subRegionCode());
	}

	static CandidateData fromAction(String code, List<String> countries, GapTable.GapRow gap, CatalogueEntry action,
			int startYear) {
		String title = action.nameEn() + " (" + String.join(", ", countries) + ", " + gap.indicatorCode() + ")";
		return new CandidateData(code, title.length() > 300 ? title.substring(0, 300) : title, countries, gap.area(),
				gap.indicatorCode(), action.code(), null, null, CandidateOrigin.GAP, action.oneOffMid(),
				action.recurrentMid(), startYear, action.durationYears(), action.uplift(), List.of(), null,
				CandidateDecision.FREE);
	}

	static String code(String raw) {
		String code = raw.toUpperCase(Locale.ROOT);
		return code.length() > 40 ? code.substring(0, 40) : code;
	}

	private CandidateData check(Scenario scenario, CandidateData d, @org.jspecify.annotations.Nullable String ownCode) {
		String code = d.code().trim().toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z0-9+._-]{1,40}")) {
			throw RuleViolationException.invalid("planning.error.candidateCode");
		}
		if (d.title().isBlank() || d.title().length() > 300) {
			throw RuleViolationException.invalid("planning.error.title");
		}
		List<String> countries = d.countries().stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).distinct().toList();
		if (countries.isEmpty() || countries.size() > MAX_COUNTRIES) {
			throw RuleViolationException.invalid("planning.error.candidateCountries", MAX_COUNTRIES);
		}
		for (String iso3 : countries) {
			if (!reference.isCountry(iso3)) {
				throw RuleViolationException.invalid("planning.error.unknownCountry", iso3);
			}
		}
		@org.jspecify.annotations.Nullable String indicator = d.indicatorCode() == null || d.indicatorCode().isBlank() ? null
				: d.indicatorCode().trim().toUpperCase(Locale.ROOT);
		if (indicator != null && (!GapTable.isIndicatorCode(indicator) || !indicator.startsWith(d.area().code()))) {
			throw RuleViolationException.invalid("planning.error.indicator", indicator, d.area().code());
		}
		if (!(d.oneOffCost() >= 0) || !(d.recurrentCost() >= 0) || d.oneOffCost() > 1e11 || d.recurrentCost() > 1e11) {
			throw RuleViolationException.invalid("planning.error.cost");
		}
		ScenarioSettings settings = scenario.settings();
		if (d.startYear() < settings.startYear() || d.startYear() > settings.endYear()) {
			throw RuleViolationException.invalid("planning.error.candidateStart", settings.startYear(),
					settings.endYear());
		}
		if (d.durationYears() < 1 || d.durationYears() > 10) {
			throw RuleViolationException.invalid("planning.error.duration");
		}
		if (!(d.uplift() > 0) || d.uplift() > 4) {
			throw RuleViolationException.invalid("planning.error.uplift");
		}
		Set<String> known = new HashSet<>();
		candidates.findByScenarioIdOrderByCode(scenario.id()).forEach(c -> known.add(c.code()));
		List<String> dependsOn = d.dependsOn().stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty()).distinct().toList();
		for (String required : dependsOn) {
			if (required.equals(code) || required.equals(ownCode) || !known.contains(required)) {
				throw RuleViolationException.invalid("planning.error.dependsOn", required);
			}
		}
		@org.jspecify.annotations.Nullable String group = d.exclusionGroup() == null || d.exclusionGroup().isBlank() ? null : d.exclusionGroup().trim();
		if (group != null && group.length() > 40) {
			throw RuleViolationException.invalid("planning.error.group");
		}
		return new CandidateData(code, d.title().trim(), countries, d.area(), indicator, d.catalogueCode(),
				d.requestId(), d.urgency(), d.origin(), d.oneOffCost(), d.recurrentCost(), d.startYear(),
				d.durationYears(), d.uplift(), dependsOn, group, d.decision());
	}

	private Scenario scenario(long id) {
		return scenarios.findById(id).orElseThrow(() -> NotFoundException.of("scenario", id));
	}

	private Candidate load(long scenarioId, long id) {
		return candidates.findByIdAndScenarioId(id, scenarioId).orElseThrow(() -> NotFoundException.of("candidate", id));
	}

}
