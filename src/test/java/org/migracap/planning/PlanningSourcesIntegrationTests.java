package org.migracap.planning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.migracap.assessment.AssessmentApi;
import org.migracap.assessment.IndicatorScore;
import org.migracap.planning.domain.CandidateOrigin;
import org.migracap.planning.domain.CandidateService;
import org.migracap.planning.domain.CandidateView;
import org.migracap.planning.domain.GapTable;
import org.migracap.planning.domain.PlanningSources;
import org.migracap.planning.domain.ScenarioService;
import org.migracap.planning.domain.ScenarioSettings;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.reference.FocusArea;
import org.migracap.request.RequestApi;
import org.migracap.request.RequestSummary;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planning takes its gaps from the latest published assessments (level and target per core indicator) and its
 * request candidates from the accepted requests, through the other modules' APIs.
 */
@MigraCapIntegrationTest
class PlanningSourcesIntegrationTests {

	static final Optional<CurrentUser> STAFF = Optional
		.of(new CurrentUser(2, "coordinator", "Chris", Set.of(Role.COORDINATOR), null));

	@Autowired
	PlanningSources sources;

	@Autowired
	ScenarioService scenarios;

	@Autowired
	CandidateService candidates;

	@Autowired
	GapTable gaps;

	@Autowired
	AssessmentApi assessments;

	@Autowired
	RequestApi requests;

	@Test
	void gapsComeFromTheLatestPublishedAssessmentsWithTargets() {
		List<String> countries = List.of("KEN", "GTM", "SEN");
		long id = scenarios.create(new ScenarioSettings("Sources gaps", null, 2027, List.of(1_000_000.0), countries,
				Set.of(), 1, 1, 1, 1, Map.of(), ScenarioSettings.TYPED, null, Map.of(), Map.of())).id();
		int written = sources.loadGapsFromAssessments(id, STAFF);
		long expected = countries.stream()
			.flatMap(c -> assessments.latestIndicatorScores(c, STAFF).stream())
			.filter(s -> s.targetLevel() != null)
			.count();
		assertThat(written).isEqualTo((int) expected).isPositive();
		IndicatorScore sample = assessments.latestIndicatorScores("KEN", STAFF)
			.stream()
			.filter(s -> s.targetLevel() != null)
			.findFirst()
			.orElseThrow();
		GapTable.GapRow row = gaps.rows(id)
			.stream()
			.filter(r -> r.iso3().equals("KEN") && r.indicatorCode().equals(sample.indicatorCode()))
			.findFirst()
			.orElseThrow();
		assertThat(row.level()).isEqualTo(sample.level());
		assertThat(row.targetLevel()).isEqualTo(sample.targetLevel());
		assertThat(row.source()).isEqualTo("assessment:" + sample.cycleId());
	}

	@Test
	void acceptedRequestsBecomeCandidatesWithTheirUrgency() {
		List<RequestSummary> accepted = requests.acceptedRequests();
		assertThat(accepted).as("demo data has accepted requests").isNotEmpty();
		long id = scenarios.create(new ScenarioSettings("Sources requests", null, 2027, List.of(1_000_000.0),
				List.of(), Set.of(), 1, 1, 1, 1, Map.of(), ScenarioSettings.TYPED, null, Map.of(), Map.of())).id();
		int added = sources.addCandidatesFromRequests(id);
		long expected = accepted.stream().mapToLong(r -> r.areas().size()).sum();
		assertThat(added).isEqualTo((int) expected);
		List<CandidateView> fromRequests = candidates.list(id)
			.stream()
			.filter(c -> c.origin() == CandidateOrigin.REQUEST)
			.toList();
		assertThat(fromRequests).hasSize((int) expected);
		RequestSummary first = accepted.get(0);
		FocusArea area = first.areas().iterator().next();
		assertThat(fromRequests).anySatisfy(c -> {
			assertThat(c.requestId()).isEqualTo(first.id());
			assertThat(c.area()).isEqualTo(area);
			assertThat(c.urgency()).isEqualTo(first.urgency().name());
			assertThat(c.countries()).containsExactlyInAnyOrderElementsOf(first.countries());
		});
		assertThat(sources.addCandidatesFromRequests(id)).as("added once only").isZero();
	}

}
