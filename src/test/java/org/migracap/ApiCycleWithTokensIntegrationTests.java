package org.migracap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.migracap.identity.domain.AccessTokenService;
import org.migracap.identity.domain.UserService;
import org.migracap.platform.Role;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One turn of the capacity-building cycle as systems would drive it over HTTP, with access tokens only: no session,
 * no cookie, no CSRF token. A State's system (a service account bound to the State) assesses and submits; IOM's
 * coordinator validates and publishes and triages the State's request; a donor's system
 * with a read-only token pulls the IATI file. Every answer is checked, and so is that no other State sees the
 * State's confidential assessment and that the audit trail names the token of each write.
 * <p>
 * Planning runs in the API too: a scenario for the State, its gaps loaded from the published assessment, a candidate
 * made from the accepted request, a solve polled until it is finished, its plan read and adopted, and the programme
 * drafted from the plan found in {@code /api/programmes}; the coordinator gives it a result indicator and period and
 * publishes it, the State's system reports the result, and the donor's IATI file holds it.
 */
@MigraCapIntegrationTest
class ApiCycleWithTokensIntegrationTests {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final List<String> cookies = new ArrayList<>();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserService users;

	@Autowired
	AccessTokenService tokens;

	record Answer(int status, String contentType, String body, JsonNode json, HttpResponse<String> response) {
	}

	Answer call(String method, String path, @Nullable String token, @Nullable String body, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json, application/xml, application/problem+json")
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
		cookies.addAll(response.headers().allValues("set-cookie"));
		String type = response.headers().firstValue("content-type").orElse("");
		JsonNode node = type.contains("json") ? json.readTree(response.body()) : json.nullNode();
		return new Answer(response.statusCode(), type, response.body(), node, response);
	}

	String token(long userId, String name, boolean readOnly) {
		return tokens.create(userId, name, 7, readOnly).secret();
	}

	long userId(String username) {
		return jdbc.sql("select id from identity.user_account where username = :u").param("u", username)
			.query(Long.class)
			.single();
	}

	@Test
	void theCycleRunsOverTheApiWithTokensOnly() throws Exception {
		long sessionsBefore = jdbc.sql("select count(*) from spring_session").query(Long.class).single();
		String country = jdbc.sql("""
				select c.iso3 from reference.country c
				where not exists (select 1 from assessment.cycle a where a.iso3 = c.iso3)
				  and not exists (select 1 from identity.user_account u where u.country_code = c.iso3)
				  and not exists (select 1 from request.assistance_request r where r.lead_country = c.iso3)
				order by c.iso3 fetch first 1 rows only""")
			.query(String.class)
			.single();
		long suffix = System.nanoTime();
		UserService.UserRecord state = users.createServiceAccount("state-" + suffix, "Ministry system of " + country,
				Role.FOCAL_POINT, country);
		UserService.UserRecord donor = users.createServiceAccount("donor-" + suffix, "Donor reporting system",
				Role.PARTICIPANT, null);
		String stateToken = token(state.id(), "ministry sync", false);
		String coordinatorToken = token(userId("coordinator"), "triage robot " + suffix, false);
		String otherStateToken = token(userId("focal.gtm"), "gtm reader " + suffix, true);
		String donorToken = token(donor.id(), "iati pull", true);

		// Assess: the State's system opens a confidential self-assessment, answers three indicators, submits.
		Answer cycle = call("POST", "/api/assessments", stateToken,
				"{\"iso3\": \"" + country + "\", \"year\": 2025, \"confidentiality\": \"PRIVATE\"}");
		assertThat(cycle.status()).as(cycle.body()).isEqualTo(201);
		assertThat(cycle.json().get("iso3").asString()).isEqualTo(country);
		assertThat(cycle.json().get("status").asString()).isEqualTo("DRAFT");
		long cycleId = cycle.json().get("id").asLong();
		for (String code : List.of("A1", "B1", "H2", "H3")) {
			Answer answer = call("PUT", "/api/assessments/" + cycleId + "/responses/" + code, stateToken,
					"{\"level\": 2, \"confidence\": \"HIGH\", \"targetLevel\": 4, \"targetYear\": 2028}");
			assertThat(answer.status()).as(answer.body()).isEqualTo(200);
			assertThat(answer.json().get("level").asInt()).isEqualTo(2);
		}
		Answer wrongType = call("PUT", "/api/assessments/" + cycleId + "/responses/C1", stateToken,
				"{\"level\": \"high\"}");
		assertThat(wrongType.status()).isBetween(400, 422);
		assertThat(wrongType.contentType()).startsWith("application/problem+json");
		Answer submitted = call("POST", "/api/assessments/" + cycleId + "/submit", stateToken,
				"{\"version\": " + cycle.json().get("version").asLong() + "}");
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");

		// Another State's focal point, and the public, do not see it.
		Answer other = call("GET", "/api/assessments/" + cycleId, otherStateToken, null);
		assertThat(other.status()).isIn(403, 404);
		assertThat(other.body()).doesNotContain("\"iso3\":\"" + country + "\"");
		assertThat(call("GET", "/api/assessments/" + cycleId, null, null).status()).isIn(401, 403, 404);

		// Validate and publish: IOM's coordinator; the State cannot publish its own assessment.
		Answer refused = call("POST", "/api/assessments/" + cycleId + "/validate", stateToken,
				"{\"version\": " + submitted.json().get("version").asLong() + "}");
		assertThat(refused.status()).isEqualTo(403);
		Answer validated = call("POST", "/api/assessments/" + cycleId + "/validate", coordinatorToken,
				"{\"version\": " + submitted.json().get("version").asLong() + "}");
		assertThat(validated.status()).as(validated.body()).isEqualTo(200);
		assertThat(validated.json().get("status").asString()).isEqualTo("VALIDATED");
		Answer published = call("POST", "/api/assessments/" + cycleId + "/publish", coordinatorToken,
				"{\"version\": " + validated.json().get("version").asLong() + "}");
		assertThat(published.status()).as(published.body()).isEqualTo(200);
		assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
		Answer scores = call("GET", "/api/assessments/" + cycleId + "/scores", stateToken, null);
		assertThat(scores.status()).isEqualTo(200);
		assertThat(scores.body()).contains("\"areaCode\":\"H\"");
		assertThat(call("GET", "/api/assessments/" + cycleId, otherStateToken, null).status()).isIn(403, 404);

		// Request: the State asks for help; the coordinator triages and accepts.
		Answer request = call("POST", "/api/requests", stateToken, """
				{"areas": ["H"], "kind": "TECHNICAL_ADVICE", "urgency": "HIGH",
				 "title": "Integration services for returning nationals",
				 "description": "Advice on setting up one-stop integration services in three regions."}""");
		assertThat(request.status()).as(request.body()).isEqualTo(201);
		assertThat(request.json().at("/row/countries/0").asString()).isEqualTo(country);
		assertThat(request.json().at("/row/status").asString()).isEqualTo("SUBMITTED");
		long requestId = request.json().at("/row/id").asLong();
		Answer stale = call("POST", "/api/requests/" + requestId + "/decision", coordinatorToken,
				"{\"decision\": \"ACCEPT\", \"note\": \"stale\", \"version\": " + (request.json().get("version").asLong() + 5)
						+ "}");
		assertThat(stale.status()).isEqualTo(409);
		Answer accepted = call("POST", "/api/requests/" + requestId + "/decision", coordinatorToken,
				"{\"decision\": \"ACCEPT\", \"note\": \"Fits the 2026 programme.\", \"version\": "
						+ request.json().get("version").asLong() + "}");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().at("/row/status").asString()).isEqualTo("ACCEPTED");
		assertThat(call("GET", "/api/requests/" + requestId, otherStateToken, null).status()).isIn(403, 404);

		// Plan: a scenario for the State, its gaps from the published assessment, a candidate from the accepted request.
		Answer scenario = call("POST", "/api/planning/scenarios", coordinatorToken, """
				{"name": "Plan for %s %d", "startYear": 2027, "budgets": [1000000, 1000000, 1000000],
				 "countries": ["%s"], "areas": ["H"]}""".formatted(country, suffix, country));
		assertThat(scenario.status()).as(scenario.body()).isEqualTo(201);
		long scenarioId = scenario.json().get("id").asLong();
		assertThat(scenario.json().get("countries").get(0).asString()).isEqualTo(country);
		assertThat(call("POST", "/api/planning/scenarios", stateToken, "{}").status()).isEqualTo(403);
		Answer gaps = call("POST", "/api/planning/scenarios/" + scenarioId + "/gaps/from-assessments", coordinatorToken, null);
		assertThat(gaps.status()).as(gaps.body()).isEqualTo(200);
		assertThat(gaps.json().get("rows").asInt()).as("H2 and H3 were answered with a target").isEqualTo(2);
		Answer fromRequests = call("POST", "/api/planning/scenarios/" + scenarioId + "/candidates/from-requests",
				coordinatorToken, null);
		assertThat(fromRequests.status()).as(fromRequests.body()).isEqualTo(200);
		assertThat(fromRequests.json().get("added").asInt()).as("one candidate: the State's one accepted request, area H").isEqualTo(1);
		Answer candidates = call("GET", "/api/planning/scenarios/" + scenarioId + "/candidates?origin=REQUEST",
				coordinatorToken, null);
		assertThat(candidates.status()).isEqualTo(200);
		assertThat(candidates.json().at("/page/totalElements").asLong()).isEqualTo(1);
		JsonNode candidate = candidates.json().at("/content/0");
		assertThat(candidate.get("requestId").asLong()).isEqualTo(requestId);
		assertThat(candidate.get("code").asString()).isEqualTo("REQ" + requestId + "-H2");
		assertThat(candidate.get("countries").get(0).asString()).isEqualTo(country);
		long candidateId = candidate.get("id").asLong();

		// Solve, poll until finished, read the plan.
		Answer started = call("POST", "/api/planning/scenarios/" + scenarioId + "/runs", coordinatorToken, null);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		String runLocation = started.response().headers().firstValue("Location").orElseThrow();
		assertThat(runLocation).isEqualTo("/api/planning/runs/" + started.json().get("id").asLong());
		JsonNode run = null;
		java.time.Instant deadline = java.time.Instant.now().plusSeconds(180);
		while (java.time.Instant.now().isBefore(deadline)) {
			Answer polled = call("GET", runLocation, coordinatorToken, null);
			assertThat(polled.status()).isEqualTo(200);
			if (polled.json().get("finished").asBoolean()) {
				run = polled.json();
				break;
			}
			Thread.sleep(200);
		}
		assertThat(run).as("the run finished").isNotNull();
		assertThat(run.get("status").asString()).isEqualTo("OPTIMAL");
		assertThat(run.get("chosenCandidates").get(0).asLong()).isEqualTo(candidateId);
		Answer results = call("GET", runLocation + "/results", coordinatorToken, null);
		assertThat(results.status()).isEqualTo(200);
		assertThat(results.json().at("/chosen/0/candidateId").asLong()).isEqualTo(candidateId);
		assertThat(results.json().at("/chosen/0/why").asString()).isNotBlank();
		assertThat(call("GET", runLocation + "/results", stateToken, null).status()).isEqualTo(403);

		// Adopt with the scenario's current tag; the plan drafts the State's programme.
		Answer solved = call("GET", "/api/planning/scenarios/" + scenarioId, coordinatorToken, null);
		assertThat(solved.json().get("status").asString()).isEqualTo("SOLVED");
		String tag = solved.response().headers().firstValue("ETag").orElseThrow();
		Answer adopted = call("POST", "/api/planning/scenarios/" + scenarioId + "/adopt", coordinatorToken, null,
				"If-Match", tag);
		assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
		assertThat(adopted.json().get("status").asString()).isEqualTo("ADOPTED");
		assertThat(call("POST", "/api/planning/scenarios/" + scenarioId + "/adopt", coordinatorToken, null).status())
			.isEqualTo(409);
		JsonNode drafted = null;
		deadline = java.time.Instant.now().plusSeconds(30);
		while (drafted == null && java.time.Instant.now().isBefore(deadline)) {
			Answer list = call("GET", "/api/programmes?country=" + country + "&q=returning", coordinatorToken, null);
			assertThat(list.status()).isEqualTo(200);
			for (JsonNode row : list.json().get("content")) {
				if (row.get("title").asString().equals(candidate.get("title").asString())) {
					drafted = row;
				}
			}
			Thread.sleep(100);
		}
		assertThat(drafted).as("the programme drafted from the adopted plan").isNotNull();
		assertThat(drafted.get("published").asBoolean()).isFalse();
		assertThat(drafted.get("countries").get(0).asString()).isEqualTo(country);
		Answer draftedDetail = call("GET", "/api/programmes/" + drafted.get("id").asLong(), coordinatorToken, null);
		assertThat(draftedDetail.status()).isEqualTo(200);

		// Programme: the coordinator gives the drafted programme a result indicator with a period and publishes it;
		// the State's system reports the result; the donor's read-only token cannot.
		long programmeId = drafted.get("id").asLong();
		Answer indicator = call("POST", "/api/programmes/" + programmeId + "/indicators", coordinatorToken,
				"{\"title\": \"Regions with a one-stop integration service\", \"measure\": 1, \"ascending\": true, "
						+ "\"baselineYear\": 2026, \"baselineValue\": 0}");
		assertThat(indicator.status()).as(indicator.body()).isEqualTo(201);
		long indicatorId = indicator.json().get("indicators").get(0).get("id").asLong();
		Answer withPeriod = call("POST", "/api/programmes/" + programmeId + "/indicators/" + indicatorId + "/periods",
				coordinatorToken, "{\"start\": \"2027-01-01\", \"end\": \"2027-12-31\", \"target\": 3}");
		assertThat(withPeriod.status()).as(withPeriod.body()).isEqualTo(201);
		JsonNode period = withPeriod.json().get("indicators").get(0).get("periods").get(0);
		Answer publication = call("POST", "/api/programmes/" + programmeId + "/publication", coordinatorToken,
				"{\"published\": true}");
		assertThat(publication.status()).as(publication.body()).isEqualTo(200);
		assertThat(publication.json().at("/row/published").asBoolean()).isTrue();
		Answer reported = call("POST", "/api/programmes/" + programmeId + "/periods/" + period.get("id").asLong()
				+ "/actual", stateToken, "{\"actual\": 2, \"comment\": \"Reported by the ministry system\", \"version\": "
						+ period.get("version").asLong() + "}");
		assertThat(reported.status()).as(reported.body()).isEqualTo(200);
		assertThat(reported.json().get("indicators").get(0).get("periods").get(0).get("actual").decimalValue())
			.isEqualByComparingTo("2");
		Answer donorWrite = call("POST", "/api/programmes/" + programmeId + "/periods/" + period.get("id").asLong()
				+ "/actual", donorToken, "{\"actual\": 99, \"version\": " + (period.get("version").asLong() + 1) + "}");
		assertThat(donorWrite.status()).isEqualTo(403);

		// IATI: the donor's read-only token pulls the published activities, checked against the IATI schema.
		Answer iati = call("GET", "/api/programmes/iati.xml", donorToken, null);
		assertThat(iati.status()).isEqualTo(200);
		assertThat(iati.contentType()).startsWith("application/xml");
		assertThat(iati.body()).contains("<iati-activities").contains("version=\"2.03\"")
			.contains(drafted.get("title").asString());
		assertThat(call("GET", "/api/programmes", donorToken, null).status()).isEqualTo(200);

		// No session and no cookie were made; the audit trail names the token of each write.
		assertThat(cookies).isEmpty();
		assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isEqualTo(sessionsBefore);
		List<String> stamps = jdbc.sql("select username || ' / ' || token_name from audit.revision where token_name is not null")
			.query(String.class)
			.list();
		assertThat(stamps).contains(state.username() + " / ministry sync", "coordinator / triage robot " + suffix);
	}

}
