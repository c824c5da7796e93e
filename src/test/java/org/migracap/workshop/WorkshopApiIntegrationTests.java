package org.migracap.workshop;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * Issue 15, workshops: the whole workshop cycle over HTTP with access tokens only (no session, no CSRF token) — a
 * facilitator creates a workshop, edits it with If-Match, publishes it and opens registration, scopes it, invites a
 * contact and a user account and sends the invitations; two participants register; the facilitator builds and
 * schedules the agenda, creates a secret ranked ballot, opens it, both participants vote, the facilitator closes it
 * and reads the results. Each answer is checked, and so is what the wrong role, a second vote, a vote on a closed
 * ballot, a stale If-Match, a bad body and an unknown id get — and that these change nothing.
 */
@MigraCapIntegrationTest
class WorkshopApiIntegrationTests {

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

	record Answer(int status, String contentType, String body, JsonNode json, @Nullable String etag) {

		Answer expect(int expected) {
			assertThat(status).as(body).isEqualTo(expected);
			return this;
		}

		Answer problem(int expected) {
			assertThat(status).as(body).isEqualTo(expected);
			assertThat(contentType).as(body).startsWith("application/problem+json");
			assertThat(json.path("status").asInt()).isEqualTo(expected);
			assertThat(json.hasNonNull("type")).isTrue();
			return this;
		}

	}

	Answer call(String method, String path, @Nullable String token, @Nullable String body) throws Exception {
		return call(method, path, token, body, null);
	}

	Answer call(String method, String path, @Nullable String token, @Nullable String body, @Nullable String ifMatch)
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
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().allValues("set-cookie")).as("no session for a token").isEmpty();
		String type = response.headers().firstValue("content-type").orElse("");
		JsonNode node = type.contains("json") && !response.body().isEmpty() ? json.readTree(response.body())
				: json.nullNode();
		return new Answer(response.statusCode(), type, response.body(), node,
				response.headers().firstValue("etag").orElse(null));
	}

	long userId(String username) {
		return jdbc.sql("select id from identity.user_account where username = :u").param("u", username)
			.query(Long.class)
			.single();
	}

	String token(long userId, String name) {
		return tokens.create(userId, name, 7, false).secret();
	}

	long count(String sql, Object... params) {
		JdbcClient.StatementSpec spec = jdbc.sql(sql);
		for (int i = 0; i < params.length; i++) {
			spec = spec.param(i + 1, params[i]);
		}
		return spec.query(Long.class).single();
	}

	String workshopBody(String title, String venue, LocalDate start, @Nullable Long version) {
		return """
				{"title": {"en": "%s", "fr": "%s (FR)"}, "description": {"en": "Made over the API."},
				 "themes": ["B", "C"], "languages": ["en", "fr"], "format": "IN_PERSON", "venue": "%s",
				 "startDate": "%s", "endDate": "%s", "capacity": 10, "facilitatorIds": []%s}"""
			.formatted(title, title, venue, start, start.plusDays(1), version == null ? "" : ", \"version\": " + version);
	}

	@Test
	void theWorkshopCycleRunsOverTheApiWithTokensOnly() throws Exception {
		long suffix = System.nanoTime();
		String facilitator = token(userId("facilitator"), "workshop robot " + suffix);
		String focal = token(userId("focal.ken"), "ken reader " + suffix);
		UserService.UserRecord first = users.createServiceAccount("ws-api-a-" + suffix, "Participant A " + suffix,
				Role.PARTICIPANT, null);
		UserService.UserRecord second = users.createServiceAccount("ws-api-b-" + suffix, "Participant B " + suffix,
				Role.PARTICIPANT, null);
		String a = token(first.id(), "a");
		String b = token(second.id(), "b");
		LocalDate start = LocalDate.now().plusDays(30);
		String title = "API workshop " + suffix;

		// Create: the wrong role is refused and nothing is made; a bad body is a 400 problem detail.
		long workshopsBefore = count("select count(*) from workshop.workshop");
		call("POST", "/api/workshops", a, workshopBody(title, "Dakar", start, null)).problem(403);
		call("POST", "/api/workshops", facilitator, "{\"title\": \"not an object\"}").problem(400);
		call("POST", "/api/workshops", facilitator, workshopBody(title, "Dakar", start, null).replace("\"facilitatorIds\": []", "\"facilitatorIds\": [], \"colour\": 1"))
			.problem(400);
		assertThat(count("select count(*) from workshop.workshop")).isEqualTo(workshopsBefore);
		Answer created = call("POST", "/api/workshops", facilitator, workshopBody(title, "Dakar", start, null)).expect(201);
		long id = created.json().get("id").asLong();
		assertThat(created.json().get("title").asString()).isEqualTo(title);
		assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");
		assertThat(created.json().get("venue").asString()).isEqualTo("Dakar");
		assertThat(created.etag()).isEqualTo("\"" + created.json().get("version").asLong() + "\"");
		String w = "/api/workshops/" + id;

		// Details with If-Match; a stale tag is 412 with the current tag, and nothing changes.
		Answer read = call("GET", w, facilitator, null).expect(200);
		assertThat(read.etag()).isEqualTo(created.etag());
		Answer updated = call("PUT", w, facilitator, workshopBody(title, "Accra", start, null), read.etag()).expect(200);
		assertThat(updated.json().get("venue").asString()).isEqualTo("Accra");
		assertThat(updated.etag()).isNotEqualTo(read.etag());
		Answer stale = call("PUT", w, facilitator, workshopBody(title, "Lomé", start, null), read.etag()).problem(412);
		assertThat(stale.etag()).isEqualTo(updated.etag());
		assertThat(call("GET", w, facilitator, null).json().path("workshop").get("venue").asString()).isEqualTo("Accra");
		call("PUT", w, facilitator, workshopBody(title, "Lomé", start, 0L)).problem(409);
		call("PUT", w, a, workshopBody(title, "Lomé", start, null)).problem(403);
		call("PUT", "/api/workshops/999999999", facilitator, workshopBody(title, "Lomé", start, null)).problem(404);
		assertThat(call("GET", w, facilitator, null).json().path("workshop").get("venue").asString()).isEqualTo("Accra");

		// Status as the pages change it: a draft cannot open registration; publish, then open registration.
		call("POST", w + "/status", facilitator, "{\"action\": \"OPEN_REGISTRATION\"}").problem(409);
		call("POST", w + "/status", focal, "{\"action\": \"PUBLISH\"}").problem(403);
		call("POST", w + "/status", facilitator, "{\"action\": \"DANCE\"}").problem(400);
		assertThat(call("POST", w + "/status", facilitator, "{\"action\": \"PUBLISH\"}").expect(200).json()
			.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(call("POST", w + "/status", facilitator, "{\"action\": \"OPEN_REGISTRATION\"}").expect(200).json()
			.get("registrationOpen").asBoolean()).isTrue();

		// Scope: countries by hand (all or none), and a region adds every country of it.
		call("POST", w + "/scope", facilitator, "{\"countries\": [\"SEN\", \"QQQ\"]}").problem(422);
		call("POST", w + "/scope", facilitator, "{\"countries\": [\"SEN\"], \"region\": \"002\"}").problem(422);
		assertThat(call("GET", w + "/scope", facilitator, null).expect(200).json().size()).isZero();
		Answer scoped = call("POST", w + "/scope", facilitator, "{\"countries\": [\"SEN\", \"GHA\"]}").expect(200);
		assertThat(scoped.json().get("added").asInt()).isEqualTo(2);
		long centralAsia = count("select count(*) from reference.country where region_code = ? or sub_region_code = ?"
				+ " or intermediate_region_code = ?", "143", "143", "143");
		assertThat(centralAsia).isPositive();
		assertThat(call("POST", w + "/scope", facilitator, "{\"region\": \"143\"}").expect(200).json().get("added")
			.asInt()).isEqualTo((int) centralAsia);
		call("DELETE", w + "/scope/GHA", facilitator, null).expect(204);
		List<String> scope = new ArrayList<>();
		call("GET", w + "/scope", facilitator, null).json().forEach(c -> scope.add(c.get("iso3").asString()));
		assertThat(scope).contains("SEN").doesNotContain("GHA").hasSize(1 + (int) centralAsia);
		call("GET", w + "/scope", a, null).problem(403);

		// Invitations: a contact by e-mail and a user account; sent by e-mail.
		String contact = "awa." + suffix + "@example.org";
		Answer invited = call("POST", w + "/invitations", facilitator,
				"{\"name\": \"Awa Diop\", \"email\": \"" + contact + "\", \"countryCode\": \"SEN\", \"language\": \"fr\"}")
			.expect(201);
		assertThat(invited.json().get("email").asString()).isEqualTo(contact);
		assertThat(invited.json().get("status").asString()).isEqualTo("PENDING");
		Answer byAccount = call("POST", w + "/invitations", facilitator, "{\"userId\": " + first.id() + "}").expect(201);
		assertThat(byAccount.json().get("email").asString()).isEqualTo(first.email());
		assertThat(byAccount.json().get("name").asString()).isEqualTo(first.displayName());
		call("POST", w + "/invitations", facilitator, "{\"email\": \"" + contact + "\", \"name\": \"Again\"}").problem(409);
		call("POST", w + "/invitations", facilitator, "{\"language\": \"en\"}").problem(422);
		call("POST", w + "/invitations", facilitator, "{\"userId\": 999999999}").problem(404);
		long mailBefore = count("select count(*) from mail.outgoing_mail where recipient in (?, ?)", contact, first.email());
		Answer sent = call("POST", w + "/invitations/send", facilitator, null).expect(200);
		int pendingBefore = 2;
		assertThat(sent.json().get("sent").asInt()).isGreaterThanOrEqualTo(pendingBefore);
		assertThat(count("select count(*) from mail.outgoing_mail where recipient in (?, ?)", contact, first.email()))
			.isEqualTo(mailBefore + 2);
		Map<String, String> invitationStatus = new LinkedHashMap<>();
		call("GET", w + "/invitations", facilitator, null).expect(200).json()
			.forEach(i -> invitationStatus.put(i.get("email").asString(), i.get("status").asString()));
		assertThat(invitationStatus).containsEntry(contact, "SENT").containsEntry(first.email(), "SENT");

		// Registration: the required question must be answered; both participants register; organisers list them.
		JsonNode questions = call("GET", w + "/registration-questions", a, null).expect(200).json();
		long visa = -1;
		for (JsonNode q : questions) {
			if (q.get("required").asBoolean()) {
				visa = q.get("id").asLong();
			}
		}
		assertThat(visa).isPositive();
		String registration = "{\"language\": \"en\", \"attendance\": \"IN_PERSON\", \"answers\": [{\"question\": "
				+ visa + ", \"answer\": \"no\"}]}";
		call("POST", w + "/registration", a, "{\"language\": \"en\", \"attendance\": \"IN_PERSON\"}").problem(422);
		assertThat(call("GET", w + "/registration", a, null).expect(200).json().get("registered").asBoolean()).isFalse();
		call("POST", w + "/registration", facilitator, registration).problem(403);
		call("POST", w + "/registration", a, "{\"language\": \"en\", \"attendance\": \"BY_PIGEON\"}").problem(400);
		Answer registered = call("POST", w + "/registration", a, registration).expect(201);
		assertThat(registered.json().get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(registered.json().get("email").asString()).isEqualTo(first.email());
		assertThat(call("POST", w + "/registration", b, registration).expect(201).json().get("status").asString())
			.isEqualTo("CONFIRMED");
		List<String> registrants = new ArrayList<>();
		call("GET", w + "/registrations", facilitator, null).expect(200).json()
			.forEach(r -> registrants.add(r.get("email").asString()));
		assertThat(registrants).containsExactlyInAnyOrder(first.email(), second.email());
		call("GET", w + "/registrations", a, null).problem(403);
		invitationStatus.clear();
		call("GET", w + "/invitations", facilitator, null).json()
			.forEach(i -> invitationStatus.put(i.get("email").asString(), i.get("status").asString()));
		assertThat(invitationStatus).containsEntry(first.email(), "REGISTERED");

		// Agenda: a room, three sessions (one updated with If-Match, one deleted), scheduled as the page does.
		call("POST", w + "/agenda/rooms", a, "{\"name\": \"Hall\", \"capacity\": 50}").problem(403);
		assertThat(call("POST", w + "/agenda/rooms", facilitator, "{\"name\": \"Hall\", \"capacity\": 50}").expect(201)
			.json().size()).isEqualTo(1);
		String session = "{\"kind\": \"PANEL\", \"title\": {\"en\": \"%s\", \"fr\": \"%s\"}, \"audience\": %d}";
		Answer s1 = call("POST", w + "/agenda/sessions", facilitator, session.formatted("Skills", "Compétences", 20))
			.expect(201);
		Answer s2 = call("POST", w + "/agenda/sessions", facilitator, session.formatted("Recruitment", "Recrutement", 20))
			.expect(201);
		Answer s3 = call("POST", w + "/agenda/sessions", facilitator, session.formatted("Spare", "Réserve", 20))
			.expect(201);
		// A session in only one of the workshop's languages is kept, as on the agenda page, and says what is missing.
		Answer untranslated = call("POST", w + "/agenda/sessions", facilitator,
				"{\"kind\": \"PANEL\", \"title\": {\"en\": \"No French\"}, \"audience\": 5}")
			.expect(201);
		JsonNode noFrench = untranslated.json();
		assertThat(noFrench.get("title").asString()).isEqualTo("No French");
		assertThat(noFrench.get("missingLanguages").toString()).isEqualTo("[\"fr\"]");
		call("DELETE", w + "/agenda/sessions/" + noFrench.get("id").asLong(), facilitator, null).expect(204);
		String s1Path = w + "/agenda/sessions/" + s1.json().get("id").asLong();
		assertThat(s1.etag()).isEqualTo("\"" + s1.json().get("version").asLong() + "\"");
		Answer s1Updated = call("PUT", s1Path, facilitator, session.formatted("Skills", "Compétences", 40), s1.etag())
			.expect(200);
		assertThat(s1Updated.json().get("audience").asInt()).isEqualTo(40);
		call("PUT", s1Path, facilitator, session.formatted("Skills", "Compétences", 45), s1.etag()).problem(412);
		assertThat(call("GET", s1Path, facilitator, null).expect(200).json().get("audience").asInt()).isEqualTo(40);
		String s3Path = w + "/agenda/sessions/" + s3.json().get("id").asLong();
		call("DELETE", s3Path, facilitator, null).expect(204);
		call("GET", s3Path, facilitator, null).problem(404);
		Answer schedule = call("POST", w + "/agenda/schedule", facilitator, null).expect(200);
		assertThat(schedule.json().get("placements").size()).isEqualTo(2);
		JsonNode agenda = call("GET", w + "/agenda", b, null).expect(200).json();
		assertThat(agenda.get("sessions").size()).isEqualTo(2);
		agenda.get("sessions").forEach(s -> assertThat(s.get("slotId").isNull()).as(s.toString()).isFalse());
		assertThat(agenda.get("unscheduled").size()).isZero();
		call("GET", "/api/workshops/" + id + "/agenda/sessions/" + s2.json().get("id").asLong(), a, null).problem(403);

		// Ballot: created as a draft (hidden from participants), opened with If-Match, two votes, closed, results.
		Answer ballot = call("POST", w + "/ballots", facilitator, """
				{"kind": "RANKED", "title": {"en": "Priorities", "fr": "Priorités"}, "secret": true,
				 "options": [{"en": "Alpha", "fr": "Alpha"}, {"en": "Bravo", "fr": "Bravo"}, {"en": "Charlie", "fr": "Charlie"}]}""")
			.expect(201);
		long ballotId = ballot.json().get("id").asLong();
		String bPath = w + "/ballots/" + ballotId;
		assertThat(ballot.json().get("status").asString()).isEqualTo("DRAFT");
		assertThat(ballot.json().get("titles").propertyNames()).as("a text of the API has the three languages only")
			.containsExactly("en", "fr", "es");
		assertThat(ballot.json().get("titles").get("fr").asString()).isEqualTo("Priorités");
		assertThat(ballot.json().get("titles").get("es").isNull()).isTrue();
		Map<String, Long> option = new LinkedHashMap<>();
		ballot.json().get("options").forEach(o -> option.put(o.get("label").asString(), o.get("id").asLong()));
		assertThat(option).containsOnlyKeys("Alpha", "Bravo", "Charlie");
		call("GET", bPath, a, null).problem(404);
		call("POST", bPath + "/open", a, null).problem(403);
		call("POST", bPath + "/open", facilitator, null, "\"" + (ballot.json().get("version").asLong() + 5) + "\"")
			.problem(412);
		assertThat(call("GET", bPath, facilitator, null).json().get("status").asString()).isEqualTo("DRAFT");
		Answer opened = call("POST", bPath + "/open", facilitator, null, ballot.etag()).expect(200);
		assertThat(opened.json().get("status").asString()).isEqualTo("OPEN");
		String vote = "{\"ranks\": [{\"option\": %d, \"rank\": 1}, {\"option\": %d, \"rank\": 2}, {\"option\": %d, \"rank\": 3}]}";
		call("POST", bPath + "/votes", facilitator,
				vote.formatted(option.get("Alpha"), option.get("Bravo"), option.get("Charlie"))).problem(403);
		call("POST", bPath + "/votes", a, "{\"ranks\": \"Alpha first\"}").problem(400);
		call("POST", bPath + "/votes", a, vote.formatted(option.get("Alpha"), 999999999L, option.get("Charlie")))
			.problem(422);
		Answer cast = call("POST", bPath + "/votes", a,
				vote.formatted(option.get("Alpha"), option.get("Bravo"), option.get("Charlie"))).expect(201);
		assertThat(cast.json().get("replaced").asBoolean()).isFalse();
		call("POST", bPath + "/votes", a, vote.formatted(option.get("Charlie"), option.get("Bravo"), option.get("Alpha")))
			.problem(409);
		assertThat(call("GET", bPath, a, null).expect(200).json().get("votes").asInt()).isEqualTo(1);
		call("POST", bPath + "/votes", b, vote.formatted(option.get("Alpha"), option.get("Charlie"), option.get("Bravo")))
			.expect(201);
		call("GET", bPath + "/results", a, null).problem(409);
		Answer closed = call("POST", bPath + "/close", facilitator, null, opened.etag()).expect(200);
		assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
		call("POST", bPath + "/votes", b, vote.formatted(option.get("Bravo"), option.get("Alpha"), option.get("Charlie")))
			.problem(409);
		assertThat(count("select count(*) from workshop.ballot_vote where ballot_id = ?", ballotId)).isEqualTo(2);

		// Both put Alpha first: Alpha wins alone; Bravo and Charlie split one vote each, so they tie.
		Answer results = call("GET", bPath + "/results", a, null).expect(200);
		assertThat(results.json().get("voters").asInt()).isEqualTo(2);
		assertThat(results.json().get("eligible").asInt()).isEqualTo(2);
		List<List<String>> ranking = new ArrayList<>();
		results.json().get("ranking").forEach(tier -> {
			List<String> labels = new ArrayList<>();
			tier.forEach(l -> labels.add(l.asString()));
			ranking.add(labels);
		});
		assertThat(ranking).hasSize(2);
		assertThat(ranking.get(0)).containsExactly("Alpha");
		assertThat(ranking.get(1)).containsExactlyInAnyOrder("Bravo", "Charlie");

		// Unknown ids are 404 problem details; concluding without minutes is refused.
		call("GET", "/api/workshops/999999999/ballots", facilitator, null).problem(404);
		call("POST", w + "/ballots/999999999/open", facilitator, null).problem(404);
		call("DELETE", w + "/agenda/sessions/999999999", facilitator, null).problem(404);
		call("POST", w + "/status", facilitator, "{\"action\": \"CONCLUDE\"}").problem(409);

		// Cancelling: the participant cancels their own registration, the organiser somebody else's.
		call("DELETE", w + "/registration", b, null).expect(204);
		Answer cancelled = call("GET", w + "/registration", b, null).expect(200);
		assertThat(cancelled.json().get("registered").asBoolean()).isFalse();
		assertThat(cancelled.json().path("registration").get("status").asString()).isEqualTo("CANCELLED");
		call("DELETE", w + "/registration", b, null).problem(409);
		long registrationOfA = registered.json().get("id").asLong();
		call("DELETE", w + "/registrations/" + registrationOfA, a, null).problem(403);
		call("DELETE", w + "/registrations/" + registrationOfA, facilitator, null).expect(204);
		assertThat(call("GET", w + "/registration", a, null).json().path("registration").get("status").asString())
			.isEqualTo("CANCELLED");
	}

}
