package org.migracap.planning;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.migracap.identity.domain.AccessTokenService;
import org.migracap.planning.domain.ScenarioService;
import org.migracap.planning.domain.ScenarioSettings;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.reference.FocusArea;
import org.migracap.support.EventPublications;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.workshopoutcome.Actor;
import org.migracap.workshopoutcome.AreaWeightsVoted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The contract other modules code against: the scenarios, and area weights applied from a workshop vote's event,
 * audited with their source and refused (writing nothing) to people who may not plan and for adopted scenarios. And the JSON API under {@code /api/planning}, called over
 * HTTP with bearer tokens only: scenarios and candidates (ETag / If-Match), solving and polling, results with
 * explanations, comparison and adoption, refused to other roles and to focal points, with bad input answered by
 * problem details that change nothing.
 */
@MigraCapIntegrationTest
class PlanningApiIntegrationTests {

	static final CurrentUser COORDINATOR = new CurrentUser(2, "coordinator", "Chris", Set.of(Role.COORDINATOR), null);

	static final CurrentUser FACILITATOR = new CurrentUser(3, "facilitator", "Fatou", Set.of(Role.FACILITATOR), null);

	static final CurrentUser PARTICIPANT = new CurrentUser(4, "participant", "Pablo", Set.of(Role.PARTICIPANT), null);

	@Autowired
	PlanningApi api;

	@Autowired
	ScenarioService scenarios;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	static ScenarioSettings settings(String name) {
		return new ScenarioSettings(name, null, 2027, List.of(100_000.0, 100_000.0), List.of("KEN", "UGA"),
				Set.of(FocusArea.B), 1, 1, 1, 1, Map.of(), ScenarioSettings.TYPED, null, Map.of(), Map.of());
	}

	void vote(long scenarioId, Map<FocusArea, Double> weights, String source, CurrentUser actor) {
		transactions.executeWithoutResult(status -> events.publishEvent(
				new AreaWeightsVoted(12, -1, scenarioId, weights, source, Actor.of(actor))));
	}

	/** The listener of {@link AreaWeightsVoted} (ADR workshop-06) sets the weights with their source, audited. */
	@Test
	void listsScenariosAndAppliesVotedAreaWeightsWithTheirSource() {
		long id = scenarios.create(settings("API weights test")).id();
		assertThat(api.scenarios()).anySatisfy(s -> {
			assertThat(s.id()).isEqualTo(id);
			assertThat(s.name()).isEqualTo("API weights test");
			assertThat(s.status()).isEqualTo("DRAFT");
		});
		String source = "workshop:12 vote " + id;

		vote(id, Map.of(FocusArea.B, 3.5, FocusArea.C, 0.5), source, FACILITATOR);

		await().atMost(EventPublications.PATIENCE)
			.until(() -> source.equals(scenarios.get(id).settings().areaWeightsSource()));
		ScenarioSettings after = scenarios.get(id).settings();
		assertThat(after.areaWeight(FocusArea.B)).isEqualTo(3.5);
		assertThat(after.areaWeight(FocusArea.C)).isEqualTo(0.5);
		assertThat(after.areaWeight(FocusArea.A)).isEqualTo(1.0);
		assertThat(jdbc.sql("select count(*) from planning.scenario_aud where id = :id and area_weights_source = :s")
			.param("id", id)
			.param("s", source)
			.query(Long.class)
			.single()).isEqualTo(1);
		EventPublications.awaitCompleted(jdbc, "VotedAreaWeights", source);
	}

	/**
	 * Weights from somebody who may not plan, out of range, without a source or for an adopted scenario change nothing;
	 * each publication completes (no retry loop) with a refusal for the workshop.
	 */
	@Test
	void refusesVotedWeightsFromOutsidersOutOfRangeAndForAnAdoptedScenario() {
		long id = scenarios.create(settings("API refusals test")).id();
		vote(id, Map.of(FocusArea.B, 2.0), "workshop:1 outsider " + id, PARTICIPANT);
		vote(id, Map.of(FocusArea.B, -1.0), "workshop:1 negative " + id, COORDINATOR);
		vote(id, Map.of(FocusArea.B, 1.0), " ", COORDINATOR);
		EventPublications.awaitCompleted(jdbc, "VotedAreaWeights", "workshop:1 outsider " + id);
		EventPublications.awaitCompleted(jdbc, "VotedAreaWeights", "workshop:1 negative " + id);
		await().atMost(EventPublications.PATIENCE).until(() -> EventPublications.count(jdbc, "VotedAreaWeights",
				"\"scenarioId\":" + id + ",", true) == 3);
		assertThat(scenarios.get(id).settings().areaWeightsSource()).isEqualTo(ScenarioSettings.TYPED);
		assertThat(EventPublications.count(jdbc, "OutcomeAnswers", "planning.error.weightsNotAllowed", false)).isPositive();

		long adopted = scenarios.create(settings("API adopted test")).id();
		jdbc.sql("update planning.scenario set status = 'ADOPTED' where id = :id").param("id", adopted).update();
		vote(adopted, Map.of(FocusArea.B, 2.0), "workshop:1 adopted " + adopted, COORDINATOR);
		EventPublications.awaitCompleted(jdbc, "VotedAreaWeights", "workshop:1 adopted " + adopted);
		assertThat(scenarios.get(adopted).settings().areaWeightsSource()).isEqualTo(ScenarioSettings.TYPED);
	}

	// ---- the JSON API over HTTP, with bearer tokens only ----

	@LocalServerPort
	int port;

	@Autowired
	AccessTokenService tokens;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final JsonMapper json = JsonMapper.builder().build();

	record Answer(int status, String contentType, String body, JsonNode json, HttpResponse<String> response) {

		@Nullable String header(String name) {
			return response.headers().firstValue(name).orElse(null);
		}

	}

	Answer call(String method, String path, @Nullable String token, @Nullable String body, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json, application/problem+json")
			.header("Accept-Language", "en")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().allValues("set-cookie")).as("no session made for " + method + " " + path).isEmpty();
		String type = response.headers().firstValue("content-type").orElse("");
		JsonNode node = type.contains("json") && !response.body().isBlank() ? json.readTree(response.body()) : json.nullNode();
		return new Answer(response.statusCode(), type, response.body(), node, response);
	}

	String token(String username) {
		long id = jdbc.sql("select id from identity.user_account where username = :u").param("u", username)
			.query(Long.class)
			.single();
		return tokens.create(id, "planning api test " + System.nanoTime(), 1, false).secret();
	}

	static void problem(Answer answer, int status) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.contentType()).startsWith("application/problem+json");
	}

	static String scenarioBody(String name, String budgets, String weights) {
		return """
				{"name": "%s", "description": "API test", "startYear": 2027, "budgets": [%s],
				 "countries": ["KEN"], "areas": ["B"], "needWeight": 1, "leverageWeight": 1, "urgencyWeight": 1,
				 "lowResourceWeight": 1, "areaWeights": {%s}, "countryCap": null, "regionalFloors": {},
				 "absorption": {}}""".formatted(name, budgets, weights);
	}

	static String candidateBody(String code, String indicator, double oneOff, double recurrent, int start) {
		return """
				{"code": "%s", "title": "Candidate %s", "countries": ["KEN"], "area": "B", "indicatorCode": "%s",
				 "oneOffCost": %s, "recurrentCost": %s, "startYear": %d, "durationYears": 2, "uplift": 1,
				 "dependsOn": [], "exclusionGroup": null, "decision": "FREE"}""".formatted(code, code, indicator, oneOff,
				recurrent, start);
	}

	long count(String table) {
		return jdbc.sql("select count(*) from planning." + table).query(Long.class).single();
	}

	JsonNode awaitFinished(String location, String token) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
		while (Instant.now().isBefore(deadline)) {
			Answer run = call("GET", location, token, null);
			assertThat(run.status()).as(run.body()).isEqualTo(200);
			assertThat(run.json().get("progress").asInt()).isBetween(0, 100);
			if (run.json().get("finished").asBoolean()) {
				return run.json();
			}
			Thread.sleep(200);
		}
		throw new AssertionError("run " + location + " did not finish");
	}

	@Test
	void scenariosAndCandidatesAreWrittenWithEntityTagsAndRefusedToOthers() throws Exception {
		String coordinator = token("coordinator");
		String name = "API scenario " + System.nanoTime();

		Answer created = call("POST", "/api/planning/scenarios", coordinator, scenarioBody(name, "200000, 300000", "\"B\": 2"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.header("Location")).isEqualTo("/api/planning/scenarios/" + id);
		assertThat(created.header("ETag")).isEqualTo("\"" + created.json().get("version").asLong() + "\"");
		assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");
		assertThat(created.json().get("endYear").asInt()).isEqualTo(2028);
		assertThat(created.json().at("/weights/areas/B").asDouble()).isEqualTo(2.0);
		assertThat(created.json().at("/weights/areas/C").asDouble()).isEqualTo(1.0);

		Answer read = call("GET", "/api/planning/scenarios/" + id, coordinator, null);
		assertThat(read.status()).isEqualTo(200);
		String tag = read.header("ETag");
		assertThat(tag).isEqualTo(created.header("ETag"));
		assertThat(read.json().get("budgets").get(1).asDouble()).isEqualTo(300000.0);
		assertThat(read.json().get("countries").get(0).asString()).isEqualTo("KEN");

		Answer list = call("GET", "/api/planning/scenarios?q=" + name.replace(" ", "%20") + "&size=5", coordinator, null);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().at("/page/totalElements").asLong()).isEqualTo(1);
		assertThat(list.json().at("/content/0/id").asLong()).isEqualTo(id);
		problem(call("GET", "/api/planning/scenarios?sort=budget,asc", coordinator, null), 400);

		// Stale If-Match: 412 with the current tag, nothing changed.
		Answer stale = call("PUT", "/api/planning/scenarios/" + id, coordinator,
				scenarioBody(name + " renamed", "200000, 300000", "\"B\": 2"), "If-Match", "\"99\"");
		problem(stale, 412);
		assertThat(stale.header("ETag")).isEqualTo(tag);
		assertThat(call("GET", "/api/planning/scenarios/" + id, coordinator, null).json().get("name").asString()).isEqualTo(name);

		// Weights and constraints updated with the current tag.
		Answer updated = call("PUT", "/api/planning/scenarios/" + id, coordinator, """
				{"name": "%s", "startYear": 2027, "budgets": [200000, 300000], "countries": ["ken"], "areas": ["B"],
				 "urgencyWeight": 3, "areaWeights": {"B": 4, "C": 0.5}, "countryCap": 400000,
				 "absorption": {"KEN": 10000}}""".formatted(name), "If-Match", tag);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.header("ETag")).isNotEqualTo(tag).isEqualTo("\"" + updated.json().get("version").asLong() + "\"");
		assertThat(updated.json().at("/weights/urgency").asDouble()).isEqualTo(3.0);
		assertThat(updated.json().at("/weights/need").asDouble()).isEqualTo(1.0);
		assertThat(updated.json().at("/weights/areas/B").asDouble()).isEqualTo(4.0);
		assertThat(updated.json().at("/weights/areas/C").asDouble()).isEqualTo(0.5);
		assertThat(updated.json().at("/weights/areasSource").asString()).isEqualTo("typed");
		assertThat(updated.json().at("/constraints/countryCap").asDouble()).isEqualTo(400000.0);
		assertThat(updated.json().at("/constraints/absorption/KEN").asDouble()).isEqualTo(10000.0);
		assertThat(jdbc.sql("select urgency_weight from planning.scenario where id = :id").param("id", id)
			.query(Double.class).single()).isEqualTo(3.0);

		// Bad bodies: 400 problem details, nothing written.
		long scenariosBefore = count("scenario");
		problem(call("POST", "/api/planning/scenarios", coordinator, "{\"name\": \"x\", \"colour\": \"red\"}"), 400);
		problem(call("POST", "/api/planning/scenarios", coordinator,
				scenarioBody("Wrong type", "\"a lot\"", "")), 400);
		problem(call("POST", "/api/planning/scenarios", coordinator, scenarioBody("Too many years",
				"1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1", "")), 400);
		Answer unknownCountry = call("POST", "/api/planning/scenarios", coordinator,
				scenarioBody("Unknown country", "1000", "").replace("\"KEN\"", "\"ZZZ\""));
		assertThat(unknownCountry.status()).isBetween(400, 422);
		assertThat(unknownCountry.contentType()).startsWith("application/problem+json");
		assertThat(count("scenario")).isEqualTo(scenariosBefore);

		// Wrong roles and a focal point: 403; unknown ids: 404.
		for (String other : List.of("participant", "facilitator", "focal.ken")) {
			String otherToken = token(other);
			problem(call("GET", "/api/planning/scenarios/" + id, otherToken, null), 403);
			problem(call("PUT", "/api/planning/scenarios/" + id, otherToken, scenarioBody("Taken over", "1", ""),
					"If-Match", updated.header("ETag")), 403);
			problem(call("POST", "/api/planning/scenarios/" + id + "/candidates", otherToken,
					candidateBody("NOPE", "B1", 1, 0, 2027)), 403);
		}
		problem(call("GET", "/api/planning/scenarios/" + id, null, null), 401);
		assertThat(call("GET", "/api/planning/scenarios/" + id, coordinator, null).json().get("name").asString()).isEqualTo(name);
		problem(call("GET", "/api/planning/scenarios/999999999", coordinator, null), 404);
		problem(call("GET", "/api/planning/scenarios/" + id + "/candidates/999999999", coordinator, null), 404);
		problem(call("GET", "/api/planning/runs/999999999", coordinator, null), 404);

		// Candidates: create, list (search, filter, order, page), read, update with If-Match, delete.
		Answer first = call("POST", "/api/planning/scenarios/" + id + "/candidates", coordinator,
				candidateBody("api-cheap", "B1", 50000, 1000, 2027));
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		long firstId = first.json().get("id").asLong();
		assertThat(first.json().get("code").asString()).isEqualTo("API-CHEAP");
		assertThat(first.json().get("origin").asString()).isEqualTo("MANUAL");
		assertThat(first.header("Location")).isEqualTo("/api/planning/scenarios/" + id + "/candidates/" + firstId);
		Answer second = call("POST", "/api/planning/scenarios/" + id + "/candidates", coordinator,
				candidateBody("API-DEAR", "B2", 150000, 0, 2028));
		assertThat(second.status()).as(second.body()).isEqualTo(201);
		long secondId = second.json().get("id").asLong();
		problem(call("POST", "/api/planning/scenarios/" + id + "/candidates", coordinator,
				candidateBody("API-CHEAP", "B3", 1, 0, 2027)), 409);
		Answer outside = call("POST", "/api/planning/scenarios/" + id + "/candidates", coordinator,
				candidateBody("API-LATE", "B3", 1, 0, 2030));
		assertThat(outside.status()).isBetween(400, 422);
		problem(call("POST", "/api/planning/scenarios/" + id + "/candidates", coordinator,
				candidateBody("API-BAD", "B3", 1, 0, 2027).replace("\"uplift\": 1", "\"uplift\": 9")), 400);
		assertThat(jdbc.sql("select count(*) from planning.candidate where scenario_id = :s").param("s", id)
			.query(Long.class).single()).isEqualTo(2);

		Answer byCost = call("GET", "/api/planning/scenarios/" + id + "/candidates?sort=oneOff,desc", coordinator, null);
		assertThat(byCost.status()).isEqualTo(200);
		assertThat(byCost.json().at("/content/0/id").asLong()).isEqualTo(secondId);
		assertThat(byCost.json().at("/content/1/id").asLong()).isEqualTo(firstId);
		Answer byCode = call("GET", "/api/planning/scenarios/" + id + "/candidates?sort=code,asc&size=1&page=1", coordinator, null);
		assertThat(byCode.json().at("/content/0/code").asString()).isEqualTo("API-DEAR");
		assertThat(byCode.json().at("/page/totalElements").asLong()).isEqualTo(2);
		Answer searched = call("GET", "/api/planning/scenarios/" + id + "/candidates?q=cheap", coordinator, null);
		assertThat(searched.json().at("/page/totalElements").asLong()).isEqualTo(1);
		assertThat(call("GET", "/api/planning/scenarios/" + id + "/candidates?decision=MUST_INCLUDE", coordinator, null)
			.json().at("/page/totalElements").asLong()).isZero();
		problem(call("GET", "/api/planning/scenarios/" + id + "/candidates?size=201", coordinator, null), 400);

		Answer candidate = call("GET", "/api/planning/scenarios/" + id + "/candidates/" + firstId, coordinator, null);
		String candidateTag = candidate.header("ETag");
		assertThat(candidateTag).isEqualTo("\"" + candidate.json().get("version").asLong() + "\"");
		problem(call("PUT", "/api/planning/scenarios/" + id + "/candidates/" + firstId, coordinator,
				candidateBody("API-CHEAP", "B1", 77777, 1000, 2027), "If-Match", "\"" + (candidate.json().get("version").asLong() + 1) + "\""), 412);
		assertThat(jdbc.sql("select one_off_cost from planning.candidate where id = :id").param("id", firstId)
			.query(Double.class).single()).isEqualTo(50000.0);
		Answer edited = call("PUT", "/api/planning/scenarios/" + id + "/candidates/" + firstId, coordinator,
				candidateBody("API-CHEAP", "B1", 60000, 1000, 2027).replace("\"FREE\"", "\"MUST_INCLUDE\""), "If-Match", candidateTag);
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertThat(edited.json().get("oneOffCost").asDouble()).isEqualTo(60000.0);
		assertThat(edited.json().get("decision").asString()).isEqualTo("MUST_INCLUDE");
		assertThat(edited.header("ETag")).isNotEqualTo(candidateTag);

		Answer removed = call("DELETE", "/api/planning/scenarios/" + id + "/candidates/" + secondId, coordinator, null);
		assertThat(removed.status()).isEqualTo(204);
		problem(call("GET", "/api/planning/scenarios/" + id + "/candidates/" + secondId, coordinator, null), 404);

		// Copy with half the budget, then delete the copy with its tag.
		Answer copy = call("POST", "/api/planning/scenarios/" + id + "/copy", coordinator,
				"{\"name\": \"" + name + " half\", \"budgetFactor\": 0.5}");
		assertThat(copy.status()).as(copy.body()).isEqualTo(201);
		assertThat(copy.json().get("budgets").get(0).asDouble()).isEqualTo(100000.0);
		assertThat(copy.json().get("budgets").get(1).asDouble()).isEqualTo(150000.0);
		assertThat(copy.json().get("candidateCount").asLong()).isEqualTo(1);
		long copyId = copy.json().get("id").asLong();
		problem(call("DELETE", "/api/planning/scenarios/" + copyId, coordinator, null, "If-Match", "\"42\""), 412);
		assertThat(call("DELETE", "/api/planning/scenarios/" + copyId, coordinator, null, "If-Match", copy.header("ETag")).status())
			.isEqualTo(204);
		problem(call("GET", "/api/planning/scenarios/" + copyId, coordinator, null), 404);
		assertThat(call("DELETE", "/api/planning/scenarios/" + id, coordinator, null).status()).isEqualTo(204);
	}

	@Test
	void aScenarioIsSolvedPolledExplainedComparedAndAdoptedOnce() throws Exception {
		String coordinator = token("coordinator");
		String name = "API solve " + System.nanoTime();
		long id = call("POST", "/api/planning/scenarios", coordinator, scenarioBody(name, "200000, 200000", "")).json()
			.get("id").asLong();
		problem(call("POST", "/api/planning/scenarios/" + id + "/runs", coordinator, null), 422);
		problem(call("POST", "/api/planning/scenarios/" + id + "/adopt", coordinator, null), 409);
		long fit = call("POST", "/api/planning/scenarios/" + id + "/candidates", coordinator,
				candidateBody("API-FIT", "B1", 100000, 0, 2027)).json().get("id").asLong();
		// costs more than the whole horizon's budget: no plan can hold it
		long dear = call("POST", "/api/planning/scenarios/" + id + "/candidates", coordinator,
				candidateBody("API-TOO-DEAR", "B2", 5_000_000, 0, 2027)).json().get("id").asLong();
		problem(call("POST", "/api/planning/scenarios/" + id + "/runs", token("focal.ken"), null), 403);

		Answer started = call("POST", "/api/planning/scenarios/" + id + "/runs", coordinator, null);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		String location = started.header("Location");
		long runId = started.json().get("id").asLong();
		assertThat(location).isEqualTo("/api/planning/runs/" + runId);
		assertThat(started.json().get("scenarioId").asLong()).isEqualTo(id);
		JsonNode run = awaitFinished(location, coordinator);
		assertThat(run.get("status").asString()).isEqualTo("OPTIMAL");
		assertThat(run.get("hasPlan").asBoolean()).isTrue();
		assertThat(run.get("progress").asInt()).isEqualTo(100);
		assertThat(run.get("chosenCandidates")).hasSize(1);
		assertThat(run.get("chosenCandidates").get(0).asLong()).isEqualTo(fit);

		Answer results = call("GET", location + "/results", coordinator, null);
		assertThat(results.status()).as(results.body()).isEqualTo(200);
		JsonNode r = results.json();
		assertThat(r.get("chosen")).hasSize(1);
		assertThat(r.at("/chosen/0/code").asString()).isEqualTo("API-FIT");
		assertThat(r.at("/chosen/0/why").asString()).isNotBlank();
		assertThat(r.get("left")).hasSize(1);
		assertThat(r.at("/left/0/candidateId").asLong()).isEqualTo(dear);
		assertThat(r.at("/left/0/why").asString()).isNotBlank();
		assertThat(r.at("/left/0/reasonKey").asString()).isNotEqualTo("NOT_EXPLAINED");
		assertThat(r.get("totalCost").asDouble()).isEqualTo(100000.0);
		assertThat(r.at("/years/0/year").asInt()).isEqualTo(2027);
		assertThat(r.at("/years/0/budget").asDouble()).isEqualTo(200000.0);
		assertThat(r.at("/years/0/planned").asDouble()).isEqualTo(100000.0);
		assertThat(r.at("/years/1/planned").asDouble()).isEqualTo(0.0);
		assertThat(r.at("/spendingByCountry/KEN").asDouble()).isEqualTo(100000.0);
		assertThat(r.at("/spendingByArea/B").asDouble()).isEqualTo(100000.0);
		assertThat(r.get("sweep").size()).isEqualTo(7);
		problem(call("GET", location + "/results", token("participant"), null), 403);

		Answer compared = call("GET", "/api/planning/compare?ids=" + id + "&ids=" + PlanningPathSamples.demoScenario(jdbc),
				coordinator, null);
		assertThat(compared.status()).as(compared.body()).isEqualTo(200);
		assertThat(compared.json()).hasSize(2);
		assertThat(compared.json().at("/0/scenario/id").asLong()).isEqualTo(id);
		assertThat(compared.json().at("/0/run/id").asLong()).isEqualTo(runId);
		assertThat(compared.json().at("/0/chosenCount").asInt()).isEqualTo(1);
		assertThat(compared.json().at("/0/spendingByCountry/KEN").asDouble()).isEqualTo(100000.0);
		problem(call("GET", "/api/planning/compare?ids=999999999", coordinator, null), 404);

		// Solving gave the scenario a new version: the tag read before is stale.
		Answer scenario = call("GET", "/api/planning/scenarios/" + id, coordinator, null);
		assertThat(scenario.json().get("status").asString()).isEqualTo("SOLVED");
		assertThat(scenario.json().get("latestRunId").asLong()).isEqualTo(runId);
		problem(call("POST", "/api/planning/scenarios/" + id + "/adopt", coordinator, null, "If-Match", "\"0\""), 412);
		assertThat(call("GET", "/api/planning/scenarios/" + id, coordinator, null).json().get("status").asString())
			.isEqualTo("SOLVED");
		problem(call("POST", "/api/planning/scenarios/" + id + "/adopt", token("facilitator"), null, "If-Match",
				scenario.header("ETag")), 403);

		Answer adopted = call("POST", "/api/planning/scenarios/" + id + "/adopt", coordinator, null, "If-Match",
				scenario.header("ETag"));
		assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
		assertThat(adopted.json().get("status").asString()).isEqualTo("ADOPTED");
		assertThat(adopted.json().get("interventions").asInt()).isEqualTo(1);
		assertThat(adopted.json().get("candidateIds").get(0).asLong()).isEqualTo(fit);
		problem(call("POST", "/api/planning/scenarios/" + id + "/adopt", coordinator, null), 409);
		problem(call("POST", "/api/planning/scenarios/" + id + "/runs", coordinator, null), 409);
		problem(call("PUT", "/api/planning/scenarios/" + id, coordinator, scenarioBody(name, "1", ""),
				"If-Match", adopted.header("ETag") == null ? "*" : adopted.header("ETag")), 409);

		// The plan drafts one programme, as when adopted from the page.
		Instant deadline = Instant.now().plusSeconds(30);
		long drafted = 0;
		while (drafted == 0 && Instant.now().isBefore(deadline)) {
			drafted = jdbc.sql("select count(*) from programme.programme where scenario_id = :s").param("s", id)
				.query(Long.class).single();
			Thread.sleep(100);
		}
		assertThat(drafted).isEqualTo(1);
		assertThat(jdbc.sql("select title from programme.programme where scenario_id = :s").param("s", id)
			.query(String.class).single()).isEqualTo("Candidate API-FIT");
	}

}
