package org.migracap.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.migracap.assessment.domain.Answer;
import org.migracap.assessment.domain.CycleBulkWriter;
import org.migracap.assessment.domain.CycleKind;
import org.migracap.assessment.domain.CycleService;
import org.migracap.assessment.domain.CycleStatus;
import org.migracap.assessment.domain.CycleView;
import org.migracap.assessment.domain.FrameworkDocument;
import org.migracap.assessment.domain.FrameworkService;
import org.migracap.assessment.domain.FrameworkView;
import org.migracap.platform.Confidentiality;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Text;
import org.migracap.reference.FocusArea;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new version of the core framework is published after its guidance is revised; a country assessed on version 1 and
 * then on version 2 gets one history of area scores, and its indicator levels keep their codes.
 */
@MigraCapIntegrationTest
class FrameworkVersionsIntegrationTests {

	@Autowired
	FrameworkService frameworks;

	@Autowired
	CycleService cycles;

	@Autowired
	CycleBulkWriter bulk;

	@Autowired
	AssessmentApi api;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void resultsStayComparableAcrossVersionsThroughIndicatorCodes() {
		FrameworkView v1 = frameworks.currentCore();
		transactions.executeWithoutResult(status -> bulk.write(List.of(new CycleBulkWriter.BulkCycle("ISL", v1,
				CycleKind.SELF, 2024, CycleStatus.PUBLISHED, Confidentiality.PUBLIC, false, "test", "test",
				Instant.parse("2024-12-01T00:00:00Z"),
				List.of(CycleBulkWriter.BulkAnswer.level("B1", 2), CycleBulkWriter.BulkAnswer.level("B2", 2))))));

		FrameworkView draft = frameworks.newVersion(v1.id(), "admin");
		FrameworkDocument.Indicator b1 = draft.indicator("B1").orElseThrow();
		FrameworkView edited = frameworks.updateIndicator(draft.id(), draft.version(),
				new FrameworkDocument.Indicator("B1", b1.dimension(), b1.weight(), b1.question(),
						new Text("Revised guidance: compare the law with the two UN protocols.", null, null),
						b1.evidence(), b1.gcm(), b1.sdgDomain(), b1.dac(), b1.levels()));
		FrameworkView v2 = frameworks.publish(draft.id(), edited.version(), "admin");
		assertThat(frameworks.currentCore().id()).isEqualTo(v2.id());
		assertThat(frameworks.currentCore().indicator("B1").orElseThrow().guidance().en()).startsWith("Revised");
		assertThat(api.coreIndicators()).extracting(IndicatorDefinition::code)
			.containsExactlyElementsOf(v1.indicators().stream().map(FrameworkDocument.Indicator::code).toList());

		CurrentUser coordinator = Viewers.COORDINATOR.orElseThrow();
		CycleView cycle = cycles.create("ISL", new CycleService.NewCycle(FrameworkService.CORE, CycleKind.JOINT, 2026,
				null, null, Confidentiality.PUBLIC), coordinator);
		assertThat(cycle.frameworkVersion()).isEqualTo(v2.frameworkVersion());
		cycles.answer(cycle.id(), "B1", Answer.level(4), null, coordinator);
		cycles.answer(cycle.id(), "B2", Answer.level(4), null, coordinator);
		CycleView submitted = cycles.submit(cycle.id(), cycles.get(cycle.id(), Viewers.COORDINATOR).version(), coordinator);
		CycleView validated = cycles.validate(cycle.id(), submitted.version(), coordinator);
		cycles.publish(cycle.id(), validated.version(), coordinator);

		List<AreaScore> history = api.areaScoreHistory("ISL", Optional.empty());
		assertThat(history).extracting(AreaScore::year, AreaScore::area, AreaScore::score)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2024, FocusArea.B, 25.0),
					org.assertj.core.groups.Tuple.tuple(2026, FocusArea.B, 75.0));
		assertThat(api.latestIndicatorScores("ISL", Optional.empty())).extracting(IndicatorScore::indicatorCode)
			.containsExactly("B1", "B2");
	}

}
