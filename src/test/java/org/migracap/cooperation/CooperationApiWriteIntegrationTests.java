package org.migracap.cooperation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracap.identity.domain.AccessTokenService;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.support.TokenClient;
import org.migracap.support.TokenClient.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cooperation writes of the API, with bearer tokens only: a State's focal point states its stances (and only its
 * own), IOM's coordinator records agreements, changes their status, and adds and removes documents. Every answer is
 * read back; a refused, stale or bad call changes nothing; Kenya's private stance reaches no other State.
 */
@MigraCapIntegrationTest
class CooperationApiWriteIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccessTokenService tokens;

	TokenClient api;

	@BeforeEach
	void client() {
		api = new TokenClient(port, tokens, jdbc);
	}

	record StanceRow(int stance, int priority, String visibility, String note, long version) {
	}

	StanceRow stanceRow(String iso3, String objective) {
		return jdbc.sql("""
				select stance, priority, visibility, coalesce(note, ''), version from cooperation.stance
				where iso3 = :c and objective_code = :o""")
			.param("c", iso3)
			.param("o", objective)
			.query((rs, i) -> new StanceRow(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
			.optional()
			.orElse(null);
	}

	@Test
	void aFocalPointStatesItsOwnStancesAndAPrivateOneReachesNoOtherState() throws Exception {
		String ken = api.token("focal.ken");
		String gtm = api.token("focal.gtm");
		String coordinator = api.token("coordinator");
		String objective = jdbc.sql("""
				select min(objective_code) from cooperation.stance where iso3 = 'KEN' and visibility = 'MEMBERS'""")
			.query(String.class)
			.single();
		StanceRow original = stanceRow("KEN", objective);
		String note = "Private position " + System.nanoTime();
		try {
			Answer read = api.call("GET", "/api/cooperation/stances/KEN/" + objective, ken, null);
			assertThat(read.status()).as(read.body()).isEqualTo(200);
			assertThat(read.eTag()).isEqualTo("\"" + original.version() + "\"");
			assertThat(read.json().get("stance").asInt()).isEqualTo(original.stance());

			// Stated with the entity tag just read: the stance is changed, and its tag moves on.
			String body = "{\"stance\": -1, \"priority\": 3, \"visibility\": \"PRIVATE\", \"note\": \"" + note + "\"}";
			Answer stated = api.call("PUT", "/api/cooperation/stances/KEN/" + objective, ken, body, read.eTag());
			assertThat(stated.status()).as(stated.body()).isEqualTo(200);
			assertThat(stated.json().get("stance").asInt()).isEqualTo(-1);
			assertThat(stated.json().get("visibility").asString()).isEqualTo("PRIVATE");
			assertThat(stated.eTag()).isEqualTo("\"" + (original.version() + 1) + "\"");
			StanceRow now = stanceRow("KEN", objective);
			assertThat(now).isEqualTo(new StanceRow(-1, 3, "PRIVATE", note, original.version() + 1));
			assertThat(stated.json().get("updatedBy").asString()).isEqualTo("focal.ken");

			// Stale If-Match: 412 with the current tag, nothing changed.
			Answer stale = api.call("PUT", "/api/cooperation/stances/KEN/" + objective, ken,
					"{\"stance\": 2, \"priority\": 1, \"visibility\": \"PUBLIC\"}", read.eTag());
			assertThat(stale.status()).isEqualTo(412);
			assertThat(stale.contentType()).startsWith("application/problem+json");
			assertThat(stale.eTag()).isEqualTo(stated.eTag());
			assertThat(stanceRow("KEN", objective)).isEqualTo(now);

			// Bad bodies: 400 problem details, nothing changed.
			for (String bad : List.of("{\"stance\": 5, \"priority\": 1, \"visibility\": \"PUBLIC\"}",
					"{\"stance\": 1, \"priority\": \"high\", \"visibility\": \"PUBLIC\"}",
					"{\"stance\": 1, \"visibility\": \"PUBLIC\"}")) {
				Answer refused = api.call("PUT", "/api/cooperation/stances/KEN/" + objective, ken, bad);
				assertThat(refused.status()).as(bad).isEqualTo(400);
				assertThat(refused.contentType()).startsWith("application/problem+json");
			}
			assertThat(stanceRow("KEN", objective)).isEqualTo(now);

			// Unknown objective: 404.
			assertThat(api.call("PUT", "/api/cooperation/stances/KEN/NO-SUCH-OBJECTIVE", ken,
					"{\"stance\": 1, \"priority\": 1, \"visibility\": \"PUBLIC\"}").status()).isEqualTo(404);
			assertThat(api.call("GET", "/api/cooperation/stances/KEN/NO-SUCH-OBJECTIVE", ken, null).status())
				.isEqualTo(404);

			// Only the State's own focal points state its stances: not another State's, not IOM staff.
			StanceRow guatemala = stanceRow("GTM", objective);
			Answer foreign = api.call("PUT", "/api/cooperation/stances/GTM/" + objective, ken,
					"{\"stance\": -2, \"priority\": 1, \"visibility\": \"PUBLIC\"}");
			assertThat(foreign.status()).isIn(403, 404);
			assertThat(stanceRow("GTM", objective)).isEqualTo(guatemala);
			Answer staff = api.call("PUT", "/api/cooperation/stances/KEN/" + objective, coordinator,
					"{\"stance\": 2, \"priority\": 1, \"visibility\": \"PUBLIC\"}");
			assertThat(staff.status()).isEqualTo(403);
			assertThat(api.call("PUT", "/api/cooperation/stances/KEN/" + objective, null,
					"{\"stance\": 2, \"priority\": 1, \"visibility\": \"PUBLIC\"}").status()).isIn(401, 403);
			assertThat(stanceRow("KEN", objective)).isEqualTo(now);

			// Kenya's private stance: its own focal point sees it, Guatemala's and the public through no read.
			assertThat(api.call("GET", "/api/cooperation/stances/KEN", ken, null).body()).contains(note);
			for (String viewer : new String[] { gtm, null }) {
				Answer list = api.call("GET", "/api/cooperation/stances/KEN", viewer, null);
				assertThat(list.status()).isEqualTo(200);
				assertThat(list.body()).doesNotContain(note);
				for (JsonNode s : list.json().get("stances")) {
					assertThat(s.get("objectiveCode").asString()).isNotEqualTo(objective);
				}
				assertThat(list.json().get("hidden").asLong()).isGreaterThanOrEqualTo(1);
				assertThat(api.call("GET", "/api/cooperation/stances/KEN/" + objective, viewer, null).status())
					.isEqualTo(404);
				Answer ground = api.call("GET", "/api/cooperation/common-ground?countries=KEN,GTM", viewer, null);
				assertThat(ground.status()).isEqualTo(200);
				assertThat(ground.body()).doesNotContain(note);
			}

			// Withdrawn (stance null): 204, and there is no stance any more.
			Answer withdrawn = api.call("PUT", "/api/cooperation/stances/KEN/" + objective, ken,
					"{\"stance\": null, \"priority\": 2, \"visibility\": \"PRIVATE\"}", stated.eTag());
			assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(204);
			assertThat(stanceRow("KEN", objective)).isNull();
			assertThat(api.call("GET", "/api/cooperation/stances/KEN/" + objective, ken, null).status()).isEqualTo(404);
		}
		finally {
			// Restore the demo stance (a new one after the withdrawal; -1 = none to compare with).
			StanceRow current = stanceRow("KEN", objective);
			Answer restored = api.call("PUT", "/api/cooperation/stances/KEN/" + objective, ken,
					"{\"stance\": " + original.stance() + ", \"priority\": " + original.priority() + ", \"visibility\": \""
							+ original.visibility() + "\", \"note\": " + (original.note().isEmpty() ? "null"
									: "\"" + original.note().replace("\"", "\\\"") + "\"")
							+ ", \"version\": " + (current == null ? -1 : current.version()) + "}");
			assertThat(restored.status()).as(restored.body()).isEqualTo(200);
		}
		StanceRow back = stanceRow("KEN", objective);
		assertThat(List.of(back.stance(), back.priority(), back.visibility(), back.note()))
			.isEqualTo(List.of(original.stance(), original.priority(), original.visibility(), original.note()));
	}

	String agreementTitle(long id) {
		return jdbc.sql("select title from cooperation.agreement where id = :id").param("id", id).query(String.class)
			.optional()
			.orElse(null);
	}

	@Test
	void theCoordinatorRecordsAnAgreementChangesItsStatusAndManagesItsDocuments() throws Exception {
		String coordinator = api.token("coordinator");
		String ken = api.token("focal.ken");
		String gtm = api.token("focal.gtm");
		String participant = api.token("participant");
		String title = "API agreement " + System.nanoTime();
		String body = """
				{"title": "%s", "type": "BILATERAL_LABOUR_AGREEMENT", "status": "NEGOTIATION", "areas": ["B", "C"],
				 "description": "Recruitment rules.", "startsOn": "2027-01-01", "endsOn": "2030-12-31", "confidential": true,
				 "parties": [{"kind": "STATE", "iso3": "KEN"}, {"kind": "STATE", "iso3": "UGA"},
				             {"kind": "NGO", "iso3": "KEN", "name": "Migrant workers' association"}]}""".formatted(title);
		String count = "select count(*) from cooperation.agreement where title like 'API agreement %'";
		long before = jdbc.sql(count).query(Long.class).single();

		// Refused: a focal point, a participant, nobody; nothing written.
		assertThat(api.call("POST", "/api/agreements", ken, body).status()).isEqualTo(403);
		assertThat(api.call("POST", "/api/agreements", participant, body).status()).isEqualTo(403);
		assertThat(api.call("POST", "/api/agreements", null, body).status()).isIn(401, 403);
		// Bad bodies: 400, nothing written.
		for (String bad : List.of(body.replace("\"parties\"", "\"partners\""),
				body.replace("\"confidential\": true", "\"confidential\": \"very\""),
				body.replace("\"type\": \"BILATERAL_LABOUR_AGREEMENT\"", "\"type\": \"TREATY\""), "{}")) {
			Answer refused = api.call("POST", "/api/agreements", coordinator, bad);
			assertThat(refused.status()).as(bad).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
		}
		// A business rule: a State party without its country is 422.
		Answer rule = api.call("POST", "/api/agreements", coordinator,
				body.replace("{\"kind\": \"STATE\", \"iso3\": \"UGA\"}", "{\"kind\": \"STATE\"}"));
		assertThat(rule.status()).isEqualTo(422);
		assertThat(jdbc.sql(count).query(Long.class).single()).isEqualTo(before);

		Answer created = api.call("POST", "/api/agreements", coordinator, body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		try {
			assertThat(created.location()).endsWith("/api/agreements/" + id);
			assertThat(created.eTag()).isEqualTo("\"0\"");
			Answer read = api.call("GET", "/api/agreements/" + id, coordinator, null);
			assertThat(read.status()).isEqualTo(200);
			assertThat(read.eTag()).isEqualTo(created.eTag());
			assertThat(read.json().get("title").asString()).isEqualTo(title);
			assertThat(read.json().get("status").asString()).isEqualTo("NEGOTIATION");
			assertThat(read.json().get("confidential").asBoolean()).isTrue();
			assertThat(read.json().get("parties")).hasSize(3);
			assertThat(read.json().get("createdBy").asString()).isEqualTo("coordinator");

			// Confidential: Kenya's focal point (a party) sees it, Guatemala's and the public do not, in no read.
			assertThat(api.call("GET", "/api/agreements/" + id, ken, null).status()).isEqualTo(200);
			for (String viewer : new String[] { gtm, null }) {
				assertThat(api.call("GET", "/api/agreements/" + id, viewer, null).status()).isEqualTo(404);
				assertThat(api.call("GET", "/api/agreements", viewer, null).body()).doesNotContain(title);
				assertThat(api.call("GET", "/api/agreements/" + id + "/documents", viewer, null).status())
					.isEqualTo(404);
			}

			// Updated with the tag read; a stale tag is 412 and changes nothing.
			Answer updated = api.call("PUT", "/api/agreements/" + id, coordinator,
					body.replace(title, title + " (revised)").replace("\"confidential\": true", "\"confidential\": false"),
					read.eTag());
			assertThat(updated.status()).as(updated.body()).isEqualTo(200);
			assertThat(updated.json().get("title").asString()).isEqualTo(title + " (revised)");
			assertThat(updated.eTag()).isNotEqualTo(read.eTag())
				.isEqualTo(api.call("GET", "/api/agreements/" + id, coordinator, null).eTag());
			Answer stale = api.call("PUT", "/api/agreements/" + id, coordinator, body, read.eTag());
			assertThat(stale.status()).isEqualTo(412);
			assertThat(stale.eTag()).isEqualTo(updated.eTag());
			assertThat(agreementTitle(id)).isEqualTo(title + " (revised)");
			assertThat(api.call("PUT", "/api/agreements/" + id, ken, body).status()).isEqualTo(403);
			assertThat(agreementTitle(id)).isEqualTo(title + " (revised)");
			// No longer confidential: Guatemala's focal point reads it now.
			assertThat(api.call("GET", "/api/agreements/" + id, gtm, null).status()).isEqualTo(200);

			// Signed: the status and date change, the rest stays.
			Answer staleSign = api.call("POST", "/api/agreements/" + id + "/status", coordinator,
					"{\"status\": \"SIGNED\", \"signedOn\": \"2026-11-20\"}", "\"0\"");
			assertThat(staleSign.status()).isEqualTo(412);
			Answer signed = api.call("POST", "/api/agreements/" + id + "/status", coordinator,
					"{\"status\": \"SIGNED\", \"signedOn\": \"2026-11-20\"}", updated.eTag());
			assertThat(signed.status()).as(signed.body()).isEqualTo(200);
			assertThat(signed.json().get("status").asString()).isEqualTo("SIGNED");
			assertThat(signed.json().get("signedOn").asString()).isEqualTo("2026-11-20");
			assertThat(signed.json().get("title").asString()).isEqualTo(title + " (revised)");
			assertThat(signed.json().get("parties")).hasSize(3);
			assertThat(jdbc.sql("select status from cooperation.agreement where id = :id").param("id", id)
				.query(String.class).single()).isEqualTo("SIGNED");
			assertThat(api.call("POST", "/api/agreements/" + id + "/status", coordinator, "{\"status\": \"SEALED\"}")
				.status()).isEqualTo(400);
			assertThat(api.call("POST", "/api/agreements/" + id + "/status", ken, "{\"status\": \"TERMINATED\"}")
				.status()).isEqualTo(403);

			// Documents: a file and a link, listed, downloaded, removed.
			byte[] content = ("Signed text " + title).getBytes(StandardCharsets.UTF_8);
			Answer file = api.multipart("/api/agreements/" + id + "/documents", coordinator,
					Map.of("title", "Signed text"), "signed.txt", content);
			assertThat(file.status()).as(file.body()).isEqualTo(201);
			long fileId = file.json().get("id").asLong();
			Answer link = api.multipart("/api/agreements/" + id + "/documents", coordinator,
					Map.of("title", "Press release", "url", "https://www.iom.int/news"), null, null);
			assertThat(link.status()).as(link.body()).isEqualTo(201);
			assertThat(api.multipart("/api/agreements/" + id + "/documents", coordinator, Map.of("title", "Nothing"),
					null, null).status()).isEqualTo(422);
			assertThat(api.multipart("/api/agreements/" + id + "/documents", ken, Map.of("title", "Mine"), "x.txt",
					content).status()).isEqualTo(403);
			Answer documents = api.call("GET", "/api/agreements/" + id + "/documents", gtm, null);
			assertThat(documents.status()).isEqualTo(200);
			assertThat(documents.json()).hasSize(2);
			assertThat(documents.body()).contains("signed.txt", "https://www.iom.int/news");
			Answer download = api.call("GET", "/api/agreements/" + id + "/documents/" + fileId, gtm, null);
			assertThat(download.status()).isEqualTo(200);
			assertThat(download.bytes()).isEqualTo(content);
			assertThat(api.call("GET", "/api/agreements/" + id + "/documents/999999999", gtm, null).status())
				.isEqualTo(404);
			Answer staleRemove = api.call("DELETE", "/api/agreements/" + id + "/documents/" + fileId, coordinator, null,
					"\"7\"");
			assertThat(staleRemove.status()).isEqualTo(412);
			assertThat(api.call("DELETE", "/api/agreements/" + id + "/documents/" + fileId, ken, null).status())
				.isEqualTo(403);
			assertThat(api.call("GET", "/api/agreements/" + id + "/documents", coordinator, null).json()).hasSize(2);
			Answer removed = api.call("DELETE", "/api/agreements/" + id + "/documents/" + fileId, coordinator, null,
					file.eTag());
			assertThat(removed.status()).isEqualTo(204);
			assertThat(api.call("GET", "/api/agreements/" + id + "/documents", coordinator, null).json()).hasSize(1);

			// Unknown agreement: 404 on every write.
			assertThat(api.call("GET", "/api/agreements/999999999", coordinator, null).status()).isEqualTo(404);
			assertThat(api.call("PUT", "/api/agreements/999999999", coordinator, body).status()).isEqualTo(404);
			assertThat(api.call("POST", "/api/agreements/999999999/status", coordinator, "{\"status\": \"SIGNED\"}")
				.status()).isEqualTo(404);
			assertThat(api.call("DELETE", "/api/agreements/999999999", coordinator, null).status()).isEqualTo(404);

			// Deleted: a stale tag is refused, the right one deletes it with its documents.
			assertThat(api.call("DELETE", "/api/agreements/" + id, coordinator, null, "\"0\"").status())
				.isEqualTo(412);
			assertThat(agreementTitle(id)).isNotNull();
			Answer deleted = api.call("DELETE", "/api/agreements/" + id, coordinator, null, signed.eTag());
			assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
			assertThat(agreementTitle(id)).isNull();
			assertThat(api.call("GET", "/api/agreements/" + id, coordinator, null).status()).isEqualTo(404);
		}
		finally {
			jdbc.sql("delete from cooperation.agreement_document where agreement_id = :id").param("id", id).update();
			jdbc.sql("delete from cooperation.agreement_party where agreement_id = :id").param("id", id).update();
			jdbc.sql("delete from cooperation.agreement where id = :id").param("id", id).update();
		}
	}

}
