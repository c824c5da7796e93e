package org.migracap.workshop;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracap.assessment.AreaScore;
import org.migracap.assessment.AssessmentApi;
import org.migracap.identity.IdentityApi;
import org.migracap.mobility.CountryRole;
import org.migracap.planning.domain.ScenarioService;
import org.migracap.planning.domain.ScenarioSettings;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.Confidentiality;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.Text;
import org.migracap.reference.FocusArea;
import org.migracap.request.RequestApi;
import org.migracap.request.RequestSummary;
import org.migracap.support.EventPublications;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.workshop.domain.Attendance;
import org.migracap.workshop.domain.BallotKind;
import org.migracap.workshop.domain.BallotService;
import org.migracap.workshop.domain.ConclusionService;
import org.migracap.workshop.domain.MinutesDiff;
import org.migracap.workshop.domain.PackService;
import org.migracap.workshop.domain.RegistrationService;
import org.migracap.workshop.domain.ScopeService;
import org.migracap.workshop.domain.SurveyService;
import org.migracap.workshop.domain.WorkshopFormat;
import org.migracap.workshop.domain.WorkshopService;
import org.migracap.workshopoutcome.ActionPointAgreed;
import org.migracap.workshopoutcome.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Conclusions of a workshop: minutes whose versions are kept and compared, a stale save shown the other text, action
 * points turned into an assistance request and an agreement proposal through events (pending until answered, a
 * refusal shown), a vote's area weights sent to planning (and refused for a scenario adopted meanwhile), the conclusion published as
 * {@link WorkshopConcluded} with the area priorities of the vote, the report and background pack PDFs (the pack shows
 * a country's confidential scores to that country only), and the anonymous evaluation.
 */
@MigraCapIntegrationTest
@RecordApplicationEvents
class WorkshopConclusionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkshopService workshops;

	@Autowired
	RegistrationService registrations;

	@Autowired
	ConclusionService conclusions;

	@Autowired
	BallotService ballots;

	@Autowired
	ScopeService scope;

	@Autowired
	SurveyService survey;

	@Autowired
	PackService packs;

	@Autowired
	AssessmentApi assessments;

	@Autowired
	RequestApi requests;

	@Autowired
	IdentityApi identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ScenarioService scenarios;

	WorkshopTestData data;

	CurrentUser facilitator;

	@BeforeEach
	void setUp() {
		data = new WorkshopTestData(workshops, registrations, identity);
		facilitator = data.user("facilitator");
	}

	RequestPostProcessor as(String username) {
		UserDetails principal = users.loadUserByUsername(username);
		return authentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
	}

	@Test
	void minutesKeepEveryVersionAndAStaleSaveSeesTheOtherText() throws Exception {
		long id = data.published("Minutes test", null, WorkshopFormat.ONLINE);
		conclusions.saveMinutes(id, -1, Text.of("Line one\nLine two", "Ligne un\nLigne deux", null), facilitator);
		long version = conclusions.minutes(id, Optional.of(facilitator), Locale.ENGLISH).version();
		conclusions.saveMinutes(id, version, Text.of("Line one\nLine 2\nLine three", "Ligne un\nLigne deux", null),
				facilitator);
		List<ConclusionService.MinutesVersion> history = conclusions.history(id, Optional.of(facilitator));
		assertThat(history).hasSize(2);
		List<MinutesDiff.Line> diff = conclusions.diff(id, history.get(1).revision(), history.get(0).revision(), "en",
				Optional.of(facilitator));
		assertThat(diff).containsExactly(new MinutesDiff.Line(MinutesDiff.Change.SAME, "Line one"),
				new MinutesDiff.Line(MinutesDiff.Change.REMOVED, "Line two",
						List.of(new MinutesDiff.Part("Line ", false), new MinutesDiff.Part("two", true))),
				new MinutesDiff.Line(MinutesDiff.Change.ADDED, "Line 2",
						List.of(new MinutesDiff.Part("Line ", false), new MinutesDiff.Part("2", true))),
				new MinutesDiff.Line(MinutesDiff.Change.ADDED, "Line three"));
		assertThatThrownBy(() -> conclusions.saveMinutes(id, version, Text.english("Late text"), facilitator))
			.isInstanceOf(ConcurrentEditException.class);
		mvc.perform(post("/workshops/" + id + "/minutes").with(as("facilitator")).with(csrf())
			.param("version", String.valueOf(version))
			.param("text.en", "My stale text"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"minutes-conflict\"")))
			.andExpect(content().string(containsString("Line three")))
			.andExpect(content().string(containsString("My stale text")));
		mvc.perform(get("/workshops/" + id + "/minutes/diff").param("from", String.valueOf(history.get(1).revision()))
			.param("to", String.valueOf(history.get(0).revision())).with(as("participant")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("+ Line three")));
	}

	@Test
	void theDiffPageMarksTheChangedWordsInsideAChangedLine() throws Exception {
		long id = data.published("Minutes diff words test", null, WorkshopFormat.ONLINE);
		conclusions.saveMinutes(id, -1, Text.english("The workshop met in Nairobi on Monday.\nTen countries came."),
				facilitator);
		long version = conclusions.minutes(id, Optional.of(facilitator), Locale.ENGLISH).version();
		conclusions.saveMinutes(id, version,
				Text.english("The workshop met in Kampala on Monday.\nTen countries came.\nIOM chaired."), facilitator);
		List<ConclusionService.MinutesVersion> history = conclusions.history(id, Optional.of(facilitator));
		String page = mvc.perform(get("/workshops/" + id + "/minutes/diff")
			.param("from", String.valueOf(history.get(1).revision()))
			.param("to", String.valueOf(history.get(0).revision()))
			.with(as("participant")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String diff = page.substring(page.indexOf("id=\"minutes-diff\""));
		assertThat(diff).as("the changed word of the removed line").contains("<mark class=\"minutes-word\">Nairobi</mark>")
			.as("the changed word of the added line").contains("<mark class=\"minutes-word\">Kampala</mark>")
			.as("the unchanged words are not marked").doesNotContain("Monday.</mark>").doesNotContain(">The workshop</mark>")
			.contains("+ IOM chaired.").contains("  Ten countries came.");
		assertThat(diff.indexOf("Nairobi")).as("the old line before the new one").isLessThan(diff.indexOf("Kampala"));
	}

	/**
	 * An action point becomes a request and a draft agreement through events (ADR workshop-06): the page says
	 * "pending" until the request and cooperation modules answer, then the action point keeps their ids.
	 */
	@Test
	void anActionPointBecomesARequestAndAnAgreementProposal() throws Exception {
		long id = data.published("Follow-up test", null, WorkshopFormat.ONLINE);
		scope.addCountry(id, "MAR", facilitator);
		scope.addCountry(id, "ESP", facilitator);
		long action = conclusions.addAction(id, new ConclusionService.ActionCommand(
				"Train border officers in document examination", "Two sessions in Tangier", "Morocco focal point",
				LocalDate.now().plusMonths(3), "MAR", FocusArea.B), facilitator);
		assertThatThrownBy(() -> conclusions.addAction(id, new ConclusionService.ActionCommand("Out of scope", null,
				"Somebody", LocalDate.now(), "KEN", null), facilitator))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> conclusions.toRequest(id, action, "LOTS", "HIGH", facilitator))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("workshop.action.error.kindOrUrgency");
		assertThat(actionView(id, action).requestPending()).as("a refused command sends nothing").isFalse();

		// Until the transaction commits the request module cannot answer: the page, in the same transaction, says
		// pending and offers no second conversion.
		transactions.executeWithoutResult(status -> {
			conclusions.toRequest(id, action, "TRAINING", "HIGH", facilitator);
			String page = conclusionsPage(id);
			assertThat(page).contains("Assistance request pending")
				.doesNotContain("/actions/" + action + "/request\"")
				.doesNotContain("Assistance request #");
		});
		// pending or answered by now: either way no second request, and the action point stays
		assertThatThrownBy(() -> conclusions.toRequest(id, action, "TRAINING", "HIGH", facilitator))
			.isInstanceOf(RuleViolationException.class)
			.extracting(Throwable::getMessage)
			.isIn("workshop.action.error.requestPending", "workshop.action.error.alreadyRequest");
		assertThatThrownBy(() -> conclusions.deleteAction(id, action, facilitator))
			.isInstanceOf(RuleViolationException.class)
			.extracting(Throwable::getMessage)
			.isIn("workshop.action.error.pending", "workshop.action.error.converted");
		long request = await().atMost(EventPublications.PATIENCE)
			.until(() -> actionView(id, action).requestId(), java.util.Objects::nonNull);
		assertThat(actionView(id, action).requestPending()).isFalse();
		assertThat(requests.openRequests("MAR", Optional.of(data.user("focal.mar"))))
			.extracting(RequestSummary::id, RequestSummary::title)
			.contains(org.assertj.core.groups.Tuple.tuple(request, "Train border officers in document examination"));
		assertThat(jdbc.sql("select origin from request.assistance_request where id = :id")
			.param("id", request)
			.query(String.class)
			.single()).isEqualTo("workshop:" + id + " action " + action);
		assertThat(conclusionsPage(id)).contains("Assistance request #" + request).doesNotContain("request pending");
		assertThatThrownBy(() -> conclusions.toRequest(id, action, "TRAINING", "HIGH", facilitator))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("workshop.action.error.alreadyRequest");

		conclusions.toAgreement(id, action, facilitator);
		long agreement = await().atMost(EventPublications.PATIENCE)
			.until(() -> actionView(id, action).agreementId(), java.util.Objects::nonNull);
		assertThat(jdbc.sql("select origin from cooperation.agreement where id = :id")
			.param("id", agreement)
			.query(String.class)
			.single()).isEqualTo("workshop:" + id + " action " + action);
		assertThat(jdbc.sql("select iso3 from cooperation.agreement_party where agreement_id = :id order by 1")
			.param("id", agreement)
			.query(String.class)
			.list()).containsExactly("ESP", "MAR");
		assertThat(actionView(id, action)).satisfies(a -> {
			assertThat(a.requestId()).isEqualTo(request);
			assertThat(a.agreementId()).isEqualTo(agreement);
			assertThat(a.agreementPending()).isFalse();
		});
	}

	/**
	 * A refusal of the request module (the actor may not) is recorded on the action point and shown instead of the
	 * link; nothing is written in the request module, and the action point can be sent again.
	 */
	@Test
	void aRefusedRequestIsShownOnTheActionPointAndNothingIsWritten() throws Exception {
		long id = data.published("Refused follow-up test", null, WorkshopFormat.ONLINE);
		scope.addCountry(id, "MAR", facilitator);
		long action = conclusions.addAction(id, new ConclusionService.ActionCommand("Not ours to ask", null,
				"Somebody", LocalDate.now().plusMonths(1), "MAR", FocusArea.B), facilitator);
		String origin = "workshop:" + id + " action " + action;
		transactions.executeWithoutResult(status -> publisher.publishEvent(new ActionPointAgreed(id, action, "MAR",
				FocusArea.B, "TRAINING", "HIGH", "Not ours to ask", "x", origin,
				Actor.of(data.user("participant")))));
		await().atMost(EventPublications.PATIENCE).until(() -> actionView(id, action).requestRefused() != null);
		assertThat(actionView(id, action).requestRefused()).isEqualTo("request.error.actionPointNotAllowed");
		assertThat(actionView(id, action).requestId()).isNull();
		assertThat(jdbc.sql("select count(*) from request.assistance_request where origin = :o")
			.param("o", origin)
			.query(Long.class)
			.single()).isZero();
		assertThat(conclusionsPage(id)).contains("The request module refused the request")
			.contains("may not submit requests for this country")
			.contains("/actions/" + action + "/request\"");
	}

	ConclusionService.ActionView actionView(long workshopId, long actionId) {
		return conclusions.actions(workshopId, Optional.of(facilitator), Locale.ENGLISH)
			.stream()
			.filter(a -> a.id() == actionId)
			.findFirst()
			.orElseThrow();
	}

	String conclusionsPage(long workshopId) {
		try {
			return mvc.perform(get("/workshops/" + workshopId + "/conclusions").with(as("facilitator")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	String ballotPage(long workshopId, long ballotId) {
		try {
			return mvc.perform(get("/workshops/" + workshopId + "/ballots/" + ballotId).with(as("facilitator")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void concludingPublishesTheAreaPrioritiesAndTheReportReadsInFrench() throws Exception {
		long id = data.published("Conclusion test", null, WorkshopFormat.ONLINE);
		long ballot = ballots.create(id, new BallotService.BallotCommand(BallotKind.RANKED,
				Text.of("Priority areas", "Domaines prioritaires", null), Text.of(null, null, null), true, null, true,
				List.of()), facilitator);
		ballots.open(id, ballot, facilitator);
		Map<FocusArea, Long> option = new java.util.HashMap<>();
		ballots.ballot(id, ballot, Optional.of(facilitator), Locale.ENGLISH).options().forEach(o -> option.put(o.area(), o.id()));
		for (int i = 0; i < 3; i++) {
			long registration = data.contact(id, "Conclusion voter " + i, "SEN", CountryRole.ORIGIN, Attendance.ONLINE).id();
			WorkshopBallots.cast(ballots, facilitator, id, ballot, registration, new BallotService.VoteCommand(
					Map.of(option.get(FocusArea.X), 1, option.get(FocusArea.B), 2, option.get(FocusArea.C), 3), Set.of(),
					Map.of(), false));
		}
		assertThatThrownBy(() -> conclusions.conclude(id, facilitator)).isInstanceOf(RuleViolationException.class)
			.hasMessage("workshop.conclude.error.noMinutes");
		conclusions.saveMinutes(id, -1, Text.of("We agreed on cooperation first.", "Nous avons retenu la coopération d’abord.",
				null), facilitator);
		assertThatThrownBy(() -> conclusions.conclude(id, facilitator)).isInstanceOf(RuleViolationException.class)
			.hasMessage("workshop.conclude.error.openBallot");
		mvc.perform(get("/workshops/" + id + "/report.pdf").with(as("participant"))).andExpect(status().isConflict());
		ballots.close(id, ballot, facilitator);
		conclusions.conclude(id, facilitator);
		WorkshopConcluded event = events.stream(WorkshopConcluded.class)
			.filter(e -> e.workshopId() == id)
			.findFirst()
			.orElseThrow();
		assertThat(event.areaPriorities()).containsExactly(FocusArea.X, FocusArea.B, FocusArea.C);
		assertThat(event.areaWeights().get(FocusArea.X)).isCloseTo(11 / 18.0, within(1e-9));
		assertThat(event.areaWeights().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
		byte[] pdf = mvc.perform(get("/workshops/" + id + "/report.pdf").param("language", "fr").with(as("participant")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Rapport d’atelier").contains("Domaines prioritaires")
				.contains("Nous avons retenu la coopération d’abord.").contains("Compte rendu");
		}
		assertThatThrownBy(() -> conclusions.saveMinutes(id, 0, Text.english("Too late"), facilitator))
			.isInstanceOf(RuleViolationException.class);
	}

	long closedAreaBallot(long id, String title) {
		long ballot = ballots.create(id, new BallotService.BallotCommand(BallotKind.RANKED, Text.english(title),
				Text.of(null, null, null), true, null, true, List.of()), facilitator);
		ballots.open(id, ballot, facilitator);
		Map<FocusArea, Long> option = new java.util.HashMap<>();
		ballots.ballot(id, ballot, Optional.of(facilitator), Locale.ENGLISH).options().forEach(o -> option.put(o.area(), o.id()));
		for (int i = 0; i < 3; i++) {
			long registration = data.contact(id, title + " voter " + i, "KEN", CountryRole.ORIGIN, Attendance.ONLINE).id();
			WorkshopBallots.cast(ballots, facilitator, id, ballot, registration, new BallotService.VoteCommand(
					Map.of(option.get(FocusArea.X), 1, option.get(FocusArea.B), 2, option.get(FocusArea.C), 3), Set.of(),
					Map.of(), false));
		}
		return ballot;
	}

	long scenario(String name) {
		return scenarios.create(new ScenarioSettings(name, null, 2027, List.of(100_000.0), List.of("KEN"),
				Set.of(FocusArea.B), 1, 1, 1, 1, Map.of(), ScenarioSettings.TYPED, null, Map.of(), Map.of())).id();
	}

	/**
	 * Three voters rank X, B, C: rank-order-centroid weights 11/18, 5/18, 2/18, which on the planning scale (voted
	 * areas averaging 1) are 11/6, 5/6 and 1/3. The weights go to planning as an event (ADR workshop-06): the ballot
	 * says they were sent, and records the scenario once planning set them.
	 */
	@Test
	void aClosedAreaVoteSetsAPlanningScenariosAreaWeights() throws Exception {
		long id = data.published("Planning weights test", null, WorkshopFormat.ONLINE);
		long ballot = closedAreaBallot(id, "Planning weights");
		long scenario = scenario("Workshop weights test");
		assertThatThrownBy(() -> ballots.applyToScenario(id, ballot, scenario, facilitator, Locale.ENGLISH))
			.isInstanceOf(RuleViolationException.class);
		ballots.close(id, ballot, facilitator);
		long adopted = jdbc.sql("select coalesce(min(id), -1) from planning.scenario where status = 'ADOPTED'")
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> ballots.applyToScenario(id, ballot, adopted, facilitator, Locale.ENGLISH))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("workshop.ballot.error.scenarioNotOpen");
		transactions.executeWithoutResult(status -> {
			ballots.applyToScenario(id, ballot, scenario, facilitator, Locale.ENGLISH);
			assertThat(ballotPage(id, ballot)).contains("id=\"weights-sent\"")
				.contains("Area weights sent to planning scenario #" + scenario)
				.doesNotContain("id=\"applied-scenario\"");
		});
		await().atMost(EventPublications.PATIENCE)
			.until(() -> ballots.ballot(id, ballot, Optional.of(facilitator), Locale.ENGLISH).appliedScenarioId(),
					java.util.Objects::nonNull);
		Map<String, Object> row = jdbc.sql("select area_weights, area_weights_source from planning.scenario where id = :id")
			.param("id", scenario)
			.query()
			.singleRow();
		assertThat(row.get("area_weights_source")).isEqualTo("workshop:" + id + " vote " + ballot);
		Map<String, Double> weights = new java.util.HashMap<>();
		for (String part : String.valueOf(row.get("area_weights")).split(";")) {
			weights.put(part.split("=")[0], Double.valueOf(part.split("=")[1]));
		}
		assertThat(weights.get("X")).isCloseTo(11 / 6.0, within(0.001));
		assertThat(weights.get("B")).isCloseTo(5 / 6.0, within(0.001));
		assertThat(weights.get("C")).isCloseTo(1 / 3.0, within(0.001));
		BallotService.BallotView view = ballots.ballot(id, ballot, Optional.of(facilitator), Locale.ENGLISH);
		assertThat(view.appliedScenarioId()).isEqualTo(scenario);
		assertThat(view.weightsPending()).isFalse();
		assertThat(ballotPage(id, ballot)).contains("Applied to planning scenario #" + scenario)
			.doesNotContain("id=\"weights-sent\"");
	}

	/**
	 * The scenario is adopted after the weights were sent but before planning handles them: planning refuses, the
	 * scenario keeps its weights, the publication completes (no retry loop) and the ballot shows the refusal.
	 */
	@Test
	void weightsSentToAScenarioAdoptedMeanwhileAreRefusedAndTheBallotSaysWhy() throws Exception {
		long id = data.published("Refused weights test", null, WorkshopFormat.ONLINE);
		long ballot = closedAreaBallot(id, "Refused weights");
		ballots.close(id, ballot, facilitator);
		long scenario = scenario("Adopted meanwhile test");
		transactions.executeWithoutResult(status -> {
			ballots.applyToScenario(id, ballot, scenario, facilitator, Locale.ENGLISH);
			jdbc.sql("update planning.scenario set status = 'ADOPTED' where id = :id").param("id", scenario).update();
		});
		await().atMost(EventPublications.PATIENCE)
			.until(() -> ballots.ballot(id, ballot, Optional.of(facilitator), Locale.ENGLISH).weightsRefused() != null);
		BallotService.BallotView view = ballots.ballot(id, ballot, Optional.of(facilitator), Locale.ENGLISH);
		assertThat(view.weightsRefused()).isEqualTo("planning.error.adopted");
		assertThat(view.appliedScenarioId()).isNull();
		assertThat(jdbc.sql("select area_weights_source from planning.scenario where id = :id")
			.param("id", scenario)
			.query(String.class)
			.single()).isEqualTo(ScenarioSettings.TYPED);
		EventPublications.awaitCompleted(jdbc, "VotedAreaWeights", "workshop:" + id + " vote " + ballot);
		assertThat(ballotPage(id, ballot)).contains("id=\"weights-refused\"")
			.contains("Planning did not set the area weights on scenario #" + scenario)
			.contains("This scenario is adopted");
	}

	@Test
	void theBackgroundPackShowsAConfidentialProfileOnlyToItsCountry() throws Exception {
		long id = data.published("Pack test", null, WorkshopFormat.ONLINE);
		scope.addCountry(id, "KEN", facilitator);
		scope.addCountry(id, "GTM", facilitator);
		Map<FocusArea, AreaScore> kenyaForKenya = assessments.latestAreaScores("KEN", Optional.of(data.user("focal.ken")));
		Map<FocusArea, AreaScore> kenyaForGuatemala = assessments.latestAreaScores("KEN",
				Optional.of(data.user("focal.gtm")));
		assertThat(kenyaForKenya.values()).as("the demo data gives Kenya a private latest cycle")
			.anyMatch(s -> s.confidentiality() == Confidentiality.PRIVATE);
		PackService.ProfileRow own = packs.pack(id, Optional.of(data.user("focal.ken")), Locale.ENGLISH)
			.profiles()
			.rows()
			.stream()
			.filter(p -> p.iso3().equals("KEN"))
			.findFirst()
			.orElseThrow();
		assertThat(own.confidentiality()).isEqualTo("PRIVATE");
		Optional<PackService.ProfileRow> other = packs.pack(id, Optional.of(data.user("focal.gtm")), Locale.ENGLISH)
			.profiles()
			.rows()
			.stream()
			.filter(p -> p.iso3().equals("KEN"))
			.findFirst();
		if (kenyaForGuatemala.isEmpty()) {
			assertThat(other).isEmpty();
		}
		else {
			assertThat(other).get().satisfies(p -> {
				assertThat(p.confidentiality()).isEqualTo("SHARED");
				assertThat(p.year()).isEqualTo(kenyaForGuatemala.values().iterator().next().year());
			});
		}
		String ownPdf = pdfText("/workshops/" + id + "/pack.pdf", "focal.ken");
		String otherPdf = pdfText("/workshops/" + id + "/pack.pdf", "focal.gtm");
		assertThat(ownPdf).contains("Kenya Confidential");
		assertThat(otherPdf).doesNotContain("Kenya Confidential").contains("Questions for discussion");
	}

	@Test
	void theEvaluationIsAnsweredOnceAndAnonymously() {
		long id = data.published("Survey test", null, WorkshopFormat.ONLINE);
		CurrentUser participant = data.user("participant");
		RegistrationService.RegistrationCommand prefill = registrations.prefill(id, participant, Locale.ENGLISH);
		registrations.register(id, new RegistrationService.RegistrationCommand(prefill.name(), prefill.email(), null,
				null, null, "en", Attendance.ONLINE, null, null, null, Map.of()), participant, Locale.ENGLISH);
		SurveyService.SurveyCommand answer = new SurveyService.SurveyCommand(5, 4, 4, 3, 5, "More time for breakouts");
		assertThatThrownBy(() -> survey.answer(id, answer, participant)).isInstanceOf(RuleViolationException.class)
			.hasMessage("workshop.survey.error.closed");
		workshops.setSurveyOpen(id, true, facilitator);
		survey.answer(id, answer, participant);
		assertThatThrownBy(() -> survey.answer(id, answer, participant)).isInstanceOf(RuleViolationException.class)
			.hasMessage("workshop.survey.error.answered");
		SurveyService.SurveyResults results = survey.results(id, Optional.of(facilitator));
		assertThat(results.responses()).isEqualTo(1);
		assertThat(results.means()).containsExactly(5, 4, 4, 3, 5);
		assertThat(results.comments()).containsExactly("More time for breakouts");
		assertThat(jdbc.sql("select count(*) from information_schema.columns where lower(table_schema) = 'workshop' "
				+ "and lower(table_name) = 'survey_answer' and lower(column_name) in ('registration_id', 'user_id')")
			.query(Integer.class)
			.single()).as("answers are stored without their author").isZero();
	}

	private String pdfText(String path, String username) throws Exception {
		byte[] pdf = mvc.perform(get(path).param("language", "en").with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
