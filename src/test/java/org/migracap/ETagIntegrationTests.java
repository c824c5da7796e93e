package org.migracap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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
 * Issue 15: {@code ETag} / {@code If-Match} on the API's updates of records people edit. For each kind (an assessment
 * cycle's steps, an answer, a request's triage and answer, a library document, a user account, a country's IOM
 * status): the read answers the record's entity tag; an update with a stale If-Match is 412 with the current tag and
 * changes nothing; with the current tag it is applied and answers the new tag; a malformed If-Match is 400. Over real
 * HTTP with access tokens.
 */
@MigraCapIntegrationTest
class ETagIntegrationTests {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserService users;

	@Autowired
	AccessTokenService tokens;

	record Answer(int status, @Nullable String etag, String contentType, String body, JsonNode json) {
	}

	Answer call(String method, String path, String token, @Nullable String ifMatch, @Nullable String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json, application/problem+json")
			.header("Authorization", "Bearer " + token)
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		String type = response.headers().firstValue("content-type").orElse("");
		JsonNode node = type.contains("json") && !response.body().isEmpty() ? json.readTree(response.body())
				: json.nullNode();
		return new Answer(response.statusCode(), response.headers().firstValue("etag").orElse(null), type,
				response.body(), node);
	}

	private static void assertStale(Answer answer, String currentTag) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(412);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("type").asString()).isEqualTo("urn:migracap:problem:precondition-failed");
		assertThat(answer.json().get("currentETag").asString()).isEqualTo(currentTag);
		assertThat(answer.etag()).isEqualTo(currentTag);
	}

	private String token(String username) {
		long id = jdbc.sql("select id from identity.user_account where username = :u").param("u", username)
			.query(Long.class)
			.single();
		return tokens.create(id, "etag test " + System.nanoTime(), 1, false).secret();
	}

	@Test
	void assessmentStepsAndAnswersTakeIfMatch() throws Exception {
		String country = jdbc.sql("""
				select c.iso3 from reference.country c
				where not exists (select 1 from assessment.cycle a where a.iso3 = c.iso3)
				  and not exists (select 1 from identity.user_account u where u.country_code = c.iso3)
				order by c.iso3 desc fetch first 1 rows only""").query(String.class).single();
		UserService.UserRecord state = users.createServiceAccount("etag-state-" + System.nanoTime(),
				"Ministry system of " + country, Role.FOCAL_POINT, country);
		String stateToken = tokens.create(state.id(), "etag", 1, false).secret();
		String coordinator = token("coordinator");

		Answer created = call("POST", "/api/assessments", stateToken, null,
				"{\"iso3\": \"" + country + "\", \"year\": 2026}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long cycleId = created.json().get("id").asLong();
		Answer read = call("GET", "/api/assessments/" + cycleId, stateToken, null, null);
		assertThat(read.status()).isEqualTo(200);
		long version = read.json().get("version").asLong();
		assertThat(read.etag()).isEqualTo("\"" + version + "\"");

		// An answer: the first needs no tag; the next names the answer's tag.
		Answer first = call("PUT", "/api/assessments/" + cycleId + "/responses/A1", stateToken, null,
				"{\"level\": 1, \"confidence\": \"LOW\"}");
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		Answer answerRead = call("GET", "/api/assessments/" + cycleId + "/responses/A1", stateToken, null, null);
		assertThat(answerRead.status()).isEqualTo(200);
		assertThat(answerRead.etag()).isEqualTo(first.etag()).isEqualTo("\"" + first.json().get("version").asLong() + "\"");
		long answerVersion = first.json().get("version").asLong();
		assertStale(call("PUT", "/api/assessments/" + cycleId + "/responses/A1", stateToken,
				"\"" + (answerVersion + 3) + "\"", "{\"level\": 4, \"confidence\": \"HIGH\"}"), answerRead.etag());
		assertThat(jdbc.sql("select level from assessment.response where cycle_id = :c and indicator_code = 'A1'")
			.param("c", cycleId)
			.query(Integer.class)
			.single()).isEqualTo(1);
		Answer second = call("PUT", "/api/assessments/" + cycleId + "/responses/A1", stateToken, answerRead.etag(),
				"{\"level\": 3, \"confidence\": \"HIGH\"}");
		assertThat(second.status()).as(second.body()).isEqualTo(200);
		assertThat(second.json().get("level").asInt()).isEqualTo(3);
		assertThat(second.etag()).isNotEqualTo(answerRead.etag());
		assertThat(call("GET", "/api/assessments/" + cycleId + "/responses/Z9", stateToken, null, null).status())
			.isEqualTo(404);

		// Submit: a stale tag is 412 and leaves the cycle a draft; a malformed one is 400; the current one submits.
		assertStale(call("POST", "/api/assessments/" + cycleId + "/submit", stateToken, "\"" + (version + 1) + "\"", "{}"),
				read.etag());
		assertThat(cycleStatus(cycleId)).isEqualTo("DRAFT");
		Answer malformed = call("POST", "/api/assessments/" + cycleId + "/submit", stateToken, "version 0", "{}");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");
		Answer neither = call("POST", "/api/assessments/" + cycleId + "/submit", stateToken, null, "{}");
		assertThat(neither.status()).as(neither.body()).isEqualTo(400);
		assertThat(cycleStatus(cycleId)).isEqualTo("DRAFT");
		Answer submitted = call("POST", "/api/assessments/" + cycleId + "/submit", stateToken, read.etag(), null);
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(submitted.etag()).isEqualTo("\"" + submitted.json().get("version").asLong() + "\"")
			.isNotEqualTo(read.etag());

		// Return with comments with the old tag: 412; weak comparison and a list of tags are accepted.
		assertStale(call("POST", "/api/assessments/" + cycleId + "/return", coordinator, read.etag(),
				"{\"comment\": \"Please add evidence.\"}"), submitted.etag());
		assertThat(cycleStatus(cycleId)).isEqualTo("SUBMITTED");
		Answer validated = call("POST", "/api/assessments/" + cycleId + "/validate", coordinator,
				"W/" + submitted.etag(), null);
		assertThat(validated.status()).as(validated.body()).isEqualTo(200);
		assertThat(validated.json().get("status").asString()).isEqualTo("VALIDATED");
		assertStale(call("POST", "/api/assessments/" + cycleId + "/publish", coordinator, submitted.etag(), null),
				validated.etag());
		assertThat(cycleStatus(cycleId)).isEqualTo("VALIDATED");
	}

	private String cycleStatus(long cycleId) {
		return jdbc.sql("select status from assessment.cycle where id = :id").param("id", cycleId)
			.query(String.class)
			.single();
	}

	@Test
	void triageAndTheRequestersAnswerTakeIfMatch() throws Exception {
		String focal = token("focal.ken");
		String coordinator = token("coordinator");
		Answer created = call("POST", "/api/requests", focal, null, """
				{"areas": ["B"], "kind": "TRAINING", "urgency": "LOW", "title": "ETag test request %d",
				 "description": "Training of officers in document examination at two crossings."}"""
			.formatted(System.nanoTime()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().at("/row/id").asLong();
		Answer read = call("GET", "/api/requests/" + id, coordinator, null, null);
		assertThat(read.etag()).isEqualTo("\"" + read.json().get("version").asLong() + "\"");
		assertStale(call("POST", "/api/requests/" + id + "/decision", coordinator, "\"999\"",
				"{\"decision\": \"ACCEPT\", \"note\": \"stale\"}"), read.etag());
		assertThat(requestStatus(id)).isEqualTo("SUBMITTED");
		Answer asked = call("POST", "/api/requests/" + id + "/decision", coordinator, read.etag(),
				"{\"decision\": \"ASK\", \"note\": \"Which crossings?\"}");
		assertThat(asked.status()).as(asked.body()).isEqualTo(200);
		assertThat(asked.json().at("/row/status").asString()).isEqualTo("INFO_REQUESTED");
		assertStale(call("POST", "/api/requests/" + id + "/answer", focal, read.etag(),
				"{\"answer\": \"Busia and Malaba.\"}"), asked.etag());
		assertThat(requestStatus(id)).isEqualTo("INFO_REQUESTED");
		Answer answered = call("POST", "/api/requests/" + id + "/answer", focal, asked.etag(),
				"{\"answer\": \"Busia and Malaba.\"}");
		assertThat(answered.status()).as(answered.body()).isEqualTo(200);
		assertThat(answered.json().get("infoAnswer").asString()).isEqualTo("Busia and Malaba.");
	}

	private String requestStatus(long id) {
		return jdbc.sql("select status from request.assistance_request where id = :id").param("id", id)
			.query(String.class)
			.single();
	}

	@Test
	void libraryDocumentsTakeIfMatchOnUpdateAndDelete() throws Exception {
		String coordinator = token("coordinator");
		String title = "ETag test act " + System.nanoTime();
		String body = """
				{"country": "KEN", "kind": "LAW", "titleOriginal": "%s", "language": "en", "status": "IN_FORCE",
				 "areas": ["C"], "visibility": "PUBLIC"}""".formatted(title);
		Answer created = call("POST", "/api/library/documents", coordinator, null, body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		Answer read = call("GET", "/api/library/documents/" + id, coordinator, null, null);
		assertThat(read.etag()).isEqualTo("\"" + read.json().get("version").asLong() + "\"");
		String changed = body.replace("\"status\": \"IN_FORCE\"", "\"status\": \"AMENDED\"");
		assertStale(call("PUT", "/api/library/documents/" + id, coordinator, "\"77\"", changed), read.etag());
		Answer updated = call("PUT", "/api/library/documents/" + id, coordinator, read.etag(), changed);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("status").asString()).isEqualTo("AMENDED");
		assertStale(call("DELETE", "/api/library/documents/" + id, coordinator, read.etag(), null), updated.etag());
		assertThat(call("GET", "/api/library/documents/" + id, coordinator, null, null).status()).isEqualTo(200);
		assertThat(call("DELETE", "/api/library/documents/" + id, coordinator, updated.etag(), null).status())
			.isEqualTo(204);
		assertThat(call("GET", "/api/library/documents/" + id, coordinator, null, null).status()).isEqualTo(404);
	}

	@Test
	void userAccountsAndIomStatusTakeIfMatch() throws Exception {
		String admin = token("admin");
		String username = "etag" + System.nanoTime();
		Answer created = call("POST", "/api/users", admin, null, """
				{"username": "%s", "email": "%s@example.org", "displayName": "ETag test", "roles": ["PARTICIPANT"],
				 "password": "correct horse battery staple"}""".formatted(username, username));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		Answer read = call("GET", "/api/users/" + id, admin, null, null);
		assertThat(read.etag()).isEqualTo("\"" + read.json().get("version").asLong() + "\"");
		String change = """
				{"email": "%s@example.org", "displayName": "Renamed", "roles": ["PARTICIPANT"]}""".formatted(username);
		assertStale(call("PUT", "/api/users/" + id, admin, "\"12\"", change), read.etag());
		assertThat(jdbc.sql("select display_name from identity.user_account where id = :id").param("id", id)
			.query(String.class)
			.single()).isEqualTo("ETag test");
		Answer updated = call("PUT", "/api/users/" + id, admin, read.etag(), change);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("displayName").asString()).isEqualTo("Renamed");
		assertThat(updated.etag()).isNotEqualTo(read.etag());

		// A country's IOM status: a stale tag changes nothing (the members-only rule depends on it).
		Answer membership = call("GET", "/api/countries/KEN/membership", admin, null, null);
		assertThat(membership.status()).isEqualTo(200);
		assertThat(membership.etag()).isEqualTo("\"" + membership.json().get("version").asLong() + "\"");
		long before = jdbc.sql("select count(*) from reference.iom_membership").query(Long.class).single();
		assertStale(call("PUT", "/api/countries/KEN/membership", admin, "\"4242\"", "{\"status\": \"MEMBER\"}"),
				membership.etag());
		assertThat(jdbc.sql("select count(*) from reference.iom_membership").query(Long.class).single()).isEqualTo(before);
		assertThat(call("GET", "/api/countries/KEN/membership", admin, null, null).json().get("status").asString())
			.isEqualTo(membership.json().get("status").asString());
	}

	@Test
	void aFieldTheBodyDoesNotHaveIsRefusedAndChangesNothing() throws Exception {
		String admin = token("admin");
		String username = "unknown" + System.nanoTime();
		Answer created = call("POST", "/api/users", admin, null, """
				{"username": "%s", "email": "%s@example.org", "displayName": "Unknown field test",
				 "roles": ["PARTICIPANT"], "password": "correct horse battery staple"}""".formatted(username, username));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		Answer refused = call("PUT", "/api/users/" + id, admin, null, """
				{"version": 0, "email": "%s@example.org", "displayName": "Renamed", "roles": ["PARTICIPANT"], "colour": "red"}"""
			.formatted(username));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("colour");
		assertThat(jdbc.sql("select display_name from identity.user_account where id = :id").param("id", id)
			.query(String.class)
			.single()).isEqualTo("Unknown field test");
		long requests = jdbc.sql("select count(*) from request.assistance_request").query(Long.class).single();
		Answer request = call("POST", "/api/requests", token("focal.ken"), null, """
				{"areas": ["B"], "kind": "TRAINING", "urgency": "LOW", "title": "Unknown field test",
				 "description": "Training of officers in document examination at two crossings.", "budget": 5}""");
		assertThat(request.status()).as(request.body()).isEqualTo(400);
		assertThat(request.json().at("/errors/0/field").asString()).isEqualTo("budget");
		assertThat(jdbc.sql("select count(*) from request.assistance_request").query(Long.class).single())
			.isEqualTo(requests);
	}

}
