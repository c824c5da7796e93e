package org.migracap.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.migracap.assessment.domain.Answer;
import org.migracap.assessment.domain.CycleKind;
import org.migracap.assessment.domain.CycleService;
import org.migracap.assessment.domain.CycleStatus;
import org.migracap.assessment.domain.CycleView;
import org.migracap.assessment.domain.FrameworkService;
import org.migracap.assessment.domain.ResponseView;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.Confidentiality;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.FocusArea;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The life of an assessment cycle: a focal point answers and submits, a coordinator returns it with comments, the
 * focal point corrects and resubmits, the coordinator validates and publishes; the scores appear, the event is
 * raised, and every step is refused to those who may not take it. Runs on New Zealand, which has no demo data.
 */
@MigraCapIntegrationTest
@RecordApplicationEvents
class CycleWorkflowIntegrationTests {

	@Autowired
	CycleService cycles;

	@Autowired
	AssessmentApi api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	final CurrentUser focal = Viewers.focal("NZL");

	final CurrentUser coordinator = Viewers.COORDINATOR.orElseThrow();

	@Test
	void aSelfAssessmentGoesFromDraftToPublishedAndItsScoresAppear() {
		CycleView cycle = cycles.create("NZL", new CycleService.NewCycle(FrameworkService.CORE, CycleKind.SELF, 2026,
				null, null, Confidentiality.PUBLIC), focal);
		assertThat(cycle.status()).isEqualTo(CycleStatus.DRAFT);
		assertThatThrownBy(() -> cycles.create("NZL", new CycleService.NewCycle(FrameworkService.CORE,
				CycleKind.SELF, 2026, null, null, Confidentiality.PUBLIC), focal))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("assessment.cycle.error.openExists");
		assertThatThrownBy(() -> cycles.submit(cycle.id(), cycle.version(), focal))
			.hasMessage("assessment.cycle.error.nothingAnswered");

		ResponseView b1 = cycles.answer(cycle.id(), "B1",
				new Answer(2, null, 4, 2030, "Immigration Act", List.of("https://example.org/act"), null), null, focal);
		cycles.answer(cycle.id(), "B2", Answer.level(4), null, focal);
		cycles.answer(cycle.id(), "C1", Answer.level(3), null, focal);
		assertThatThrownBy(() -> cycles.answer(cycle.id(), "B1", Answer.level(3), b1.version() + 7, focal))
			.isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> cycles.answer(cycle.id(), "B3", Answer.level(6), null, focal))
			.hasMessage("assessment.answer.error.level");
		assertThatThrownBy(() -> cycles.answer(cycle.id(), "B3",
				new Answer(3, null, null, null, null, List.of("javascript:alert(1)"), null), null, focal))
			.hasMessage("assessment.answer.error.link");
		assertThatThrownBy(() -> cycles.answer(cycle.id(), "B1", Answer.level(3), b1.version(), Viewers.focal("KEN")))
			.as("another country's focal point may not even know the draft exists")
			.isInstanceOf(NotFoundException.class);

		CycleView submitted = cycles.submit(cycle.id(), version(cycle.id()), focal);
		assertThat(submitted.status()).isEqualTo(CycleStatus.SUBMITTED);
		assertThatThrownBy(() -> cycles.answer(cycle.id(), "B1", Answer.level(3), b1.version(), focal))
			.hasMessage("assessment.cycle.error.notEditable");
		assertThatThrownBy(() -> cycles.validate(cycle.id(), submitted.version(), focal))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(notifications("assessment.notify.submitted", "New Zealand")).isPositive();

		assertThatThrownBy(() -> cycles.returnWithComments(cycle.id(), submitted.version(), " ", Map.of(), coordinator))
			.hasMessage("assessment.cycle.error.commentRequired");
		CycleView returned = cycles.returnWithComments(cycle.id(), submitted.version(),
				"Please add evidence for B2.", Map.of("B2", "Which agreement?"), coordinator);
		assertThat(returned.status()).isEqualTo(CycleStatus.RETURNED);
		assertThat(returned.returnComment()).isEqualTo("Please add evidence for B2.");
		ResponseView b2 = cycles.response(cycle.id(), "B2", Optional.of(focal)).orElseThrow();
		assertThat(b2.reviewerComment()).isEqualTo("Which agreement?");

		cycles.answer(cycle.id(), "B2", new Answer(4, null, null, null, "Inter-agency agreement of 2024",
				List.of(), null), b2.version(), focal);
		CycleView resubmitted = cycles.submit(cycle.id(), returned.version(), focal);
		assertThat(notifications("assessment.notify.resubmitted", "New Zealand")).isPositive();
		assertThatThrownBy(() -> cycles.publish(cycle.id(), resubmitted.version(), coordinator))
			.hasMessage("assessment.cycle.error.cannotPublish");
		CycleView validated = cycles.validate(cycle.id(), resubmitted.version(), coordinator);
		assertThat(api.latestAreaScores("NZL", Viewers.PUBLIC)).as("not published yet").isEmpty();
		CycleView published = cycles.publish(cycle.id(), validated.version(), coordinator);
		assertThat(published.status()).isEqualTo(CycleStatus.PUBLISHED);

		Map<FocusArea, AreaScore> scores = api.latestAreaScores("NZL", Viewers.PUBLIC);
		assertThat(scores).containsOnlyKeys(FocusArea.B, FocusArea.C);
		// B: levels 2 and 4 of six indicators -> (25 + 75) / 2 = 50, completeness 2/6, B1 gap 4 - 2 = 2
		assertThat(scores.get(FocusArea.B).score()).isEqualTo(50.0);
		assertThat(scores.get(FocusArea.B).completeness()).isEqualTo(2 / 6.0);
		assertThat(scores.get(FocusArea.B).gap()).isEqualTo(2.0);
		assertThat(scores.get(FocusArea.C).score()).isEqualTo(50.0);
		assertThat(events.stream(AssessmentPublished.class))
			.containsExactly(new AssessmentPublished(cycle.id(), "NZL", FrameworkService.CORE, 2026,
					Confidentiality.PUBLIC));
		assertThat(cycles.history(cycle.id(), Viewers.PUBLIC)).extracting(s -> s.action())
			.containsExactly("CREATED", "SUBMITTED", "RETURNED", "SUBMITTED", "VALIDATED", "PUBLISHED");
		assertThatThrownBy(() -> cycles.answer(cycle.id(), "B1", Answer.level(5), b1.version(), coordinator))
			.hasMessage("assessment.cycle.error.notEditable");

		cycles.changeConfidentiality(cycle.id(), published.version(), Confidentiality.PRIVATE, focal);
		assertThat(api.latestAreaScores("NZL", Viewers.PUBLIC)).isEmpty();
		assertThat(api.latestAreaScores("NZL", Optional.of(focal))).isNotEmpty();
		assertThatThrownBy(() -> cycles.get(cycle.id(), Viewers.FOCAL_KEN)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aFocalPointStartsOnlySelfAssessmentsAndOnlyForItsOwnCountry() {
		assertThatThrownBy(() -> cycles.create("NZL", new CycleService.NewCycle(FrameworkService.CORE,
				CycleKind.SELF, 2026, null, null, Confidentiality.PUBLIC), Viewers.focal("KEN")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> cycles.create("FJI", new CycleService.NewCycle(FrameworkService.CORE,
				CycleKind.EXTERNAL, 2026, null, null, Confidentiality.PUBLIC), Viewers.focal("FJI")))
			.hasMessage("assessment.cycle.error.kindForStaff");
		assertThatThrownBy(() -> cycles.create("FJI", new CycleService.NewCycle(FrameworkService.CORE,
				CycleKind.SELF, 1990, null, null, Confidentiality.PUBLIC), Viewers.focal("FJI")))
			.hasMessage("assessment.cycle.error.year");
	}

	@Test
	void draftsAndSubmissionsAreSeenOnlyByTheCountryAndIomStaff() {
		long moroccoSubmitted = jdbc.sql("select id from assessment.cycle where iso3 = 'MAR' and status = 'SUBMITTED'")
			.query(Long.class)
			.optional()
			.orElseGet(() -> jdbc.sql("select max(id) from assessment.cycle where iso3 = 'MAR' and demo = true")
				.query(Long.class)
				.single());
		assertThat(cycles.get(moroccoSubmitted, Viewers.COORDINATOR).iso3()).isEqualTo("MAR");
		assertThat(cycles.get(moroccoSubmitted, Optional.of(Viewers.focal("MAR"))).iso3()).isEqualTo("MAR");
		assertThat(cycles.cyclesOf("MAR", Viewers.PUBLIC))
			.allSatisfy(c -> assertThat(c.status()).isEqualTo(CycleStatus.PUBLISHED));
		assertThat(cycles.awaitingReview(Viewers.FOCAL_KEN.orElseThrow())).isEmpty();
		assertThat(cycles.openFor(Viewers.FOCAL_KEN.orElseThrow())).allSatisfy(c -> assertThat(c.iso3()).isEqualTo("KEN"));
	}

	private long version(long cycleId) {
		return cycles.get(cycleId, Optional.of(focal)).version();
	}

	private int notifications(String key, String argument) {
		return jdbc.sql("select count(*) from identity.notification where message_key = :key and message_args like :arg")
			.param("key", key)
			.param("arg", "%" + argument + "%")
			.query(Integer.class)
			.single();
	}

}
