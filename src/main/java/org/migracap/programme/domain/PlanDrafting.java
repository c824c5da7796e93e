package org.migracap.programme.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.migracap.assessment.AssessmentApi;
import org.migracap.assessment.IndicatorScore;
import org.migracap.planning.AdoptedIntervention;
import org.migracap.planning.PlanAdopted;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Drafts one programme per intervention of an adopted plan (ADR delivery-05): its countries, area and dates, a
 * one-off budget line in the start year and the recurrent cost in every later year of its duration, shared equally
 * among its countries, and a results indicator tied to the assessment indicator it lifts. The drafts are unpublished
 * pipeline programmes for a coordinator to complete; a plan is drafted once.
 */
@Component
class PlanDrafting {

	private static final Logger log = LoggerFactory.getLogger(PlanDrafting.class);

	static final CurrentUser PLANNING = new CurrentUser(0, "planning", "Planning (adopted plan)",
			EnumSet.of(Role.COORDINATOR), null);

	private final ProgrammeService programmes;

	private final AssessmentApi assessments;

	PlanDrafting(ProgrammeService programmes, AssessmentApi assessments) {
		this.programmes = programmes;
		this.assessments = assessments;
	}

	@ApplicationModuleListener
	void on(PlanAdopted plan) {
		if (programmes.existsForScenario(plan.scenarioId())) {
			log.info("Plan {} already has programmes; not drafted again", plan.scenarioId());
			return;
		}
		for (AdoptedIntervention intervention : plan.interventions()) {
			draft(plan, intervention);
		}
	}

	private void draft(PlanAdopted plan, AdoptedIntervention intervention) {
		int years = Math.max(1, intervention.durationYears());
		int start = intervention.startYear();
		List<String> countries = intervention.countries().stream().sorted().toList();
		String description = "Drafted from the adopted plan \"" + plan.name() + "\" (scenario " + plan.scenarioId()
				+ ", candidate " + intervention.candidateId() + ").";
		long id = programmes.create(new ProgrammeService.NewProgramme(intervention.title(), description, null, countries,
				Set.of(intervention.area()), LocalDate.of(start, 1, 1), LocalDate.of(start + years - 1, 12, 31), null,
				plan.scenarioId(), "plan:" + plan.scenarioId() + ":" + intervention.candidateId()), PLANNING);
		BigDecimal share = BigDecimal.valueOf(countries.size());
		for (String iso3 : countries) {
			if (intervention.oneOffCost() > 0) {
				programmes.addBudgetLine(id, start, CostKind.ONE_OFF, amount(intervention.oneOffCost(), share), iso3,
						FundingSource.OTHER, null, "One-off cost of the intervention", PLANNING);
			}
			if (intervention.recurrentCost() > 0) {
				int first = years == 1 ? start : start + 1;
				for (int year = first; year < start + years; year++) {
					programmes.addBudgetLine(id, year, CostKind.RECURRENT, amount(intervention.recurrentCost(), share),
							iso3, FundingSource.OTHER, null, "Recurrent cost of the intervention", PLANNING);
				}
			}
		}
		if (intervention.indicatorCode() != null) {
			String code = intervention.indicatorCode();
			int baseline = countries.stream()
				.flatMap(iso3 -> assessments.latestIndicatorScores(iso3, Optional.of(PLANNING)).stream())
				.filter(score -> score.indicatorCode().equals(code))
				.mapToInt(IndicatorScore::level)
				.min()
				.orElse(1);
			programmes.addIndicator(id, null, "Assessed capacity level of indicator " + code, 4, true, start,
					BigDecimal.valueOf(baseline), code, PLANNING);
		}
	}

	private static BigDecimal amount(double total, BigDecimal countries) {
		return BigDecimal.valueOf(total).divide(countries, 2, RoundingMode.HALF_UP);
	}

}
