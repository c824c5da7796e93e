package org.migracap.programme;

import java.math.BigDecimal;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme writes of the API, with bearer tokens only: IOM's coordinator creates a programme, edits its details
 * (If-Match), costs it (budget lines added, changed, removed), adds and removes documents, and publishes it, after
 * which it is in the IATI file and the CSV exports. Every answer is read back; a refused, stale or bad call changes
 * nothing; a draft and its internal parts reach no other country.
 */
@MigraCapIntegrationTest
class ProgrammeApiWriteIntegrationTests {

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

	String title(long id) {
		return jdbc.sql("select title from programme.programme where id = :id").param("id", id).query(String.class)
			.single();
	}

	BigDecimal amount(long lineId) {
		return jdbc.sql("select amount from programme.budget_line where id = :id").param("id", lineId)
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
	}

	@Test
	void theCoordinatorCreatesCostsDocumentsAndPublishesAProgramme() throws Exception {
		String coordinator = api.token("coordinator");
		String ken = api.token("focal.ken");
		String gtm = api.token("focal.gtm");
		String tag = "Api" + System.nanoTime();
		String title = "Border data exchange " + tag;
		String body = """
				{"title": "%s", "description": "Shared border crossing statistics between two States.",
				 "goal": "Border agencies exchange crossing data monthly.", "countries": ["KEN", "UGA"], "areas": ["D"],
				 "plannedStart": "2027-01-01", "plannedEnd": "2028-12-31"}""".formatted(title);
		String count = "select count(*) from programme.programme where title like 'Border data exchange Api%'";
		long before = jdbc.sql(count).query(Long.class).single();

		// Refused or bad: nothing written.
		assertThat(api.call("POST", "/api/programmes", ken, body).status()).isEqualTo(403);
		assertThat(api.call("POST", "/api/programmes", null, body).status()).isIn(401, 403);
		for (String bad : List.of(body.replace("\"2027-01-01\"", "\"soon\""),
				body.replace("[\"KEN\", \"UGA\"]", "[]"), "{}")) {
			Answer refused = api.call("POST", "/api/programmes", coordinator, bad);
			assertThat(refused.status()).as(bad).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
		}
		assertThat(api.call("POST", "/api/programmes", coordinator, body.replace("\"UGA\"", "\"ZZZ\"")).status())
			.isEqualTo(422);
		assertThat(api.call("POST", "/api/programmes", coordinator, body.replace("2028-12-31", "2026-12-31")).status())
			.isEqualTo(422);
		assertThat(jdbc.sql(count).query(Long.class).single()).isEqualTo(before);

		Answer created = api.call("POST", "/api/programmes", coordinator, body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().at("/row/id").asLong();
		String code = created.json().at("/row/code").asString();
		try {
			assertThat(created.location()).endsWith("/api/programmes/" + id);
			assertThat(created.json().at("/row/title").asString()).isEqualTo(title);
			assertThat(created.json().at("/row/countries").toString()).isEqualTo("[\"KEN\",\"UGA\"]");
			assertThat(created.json().at("/row/published").asBoolean()).isFalse();
			assertThat(created.json().at("/row/status").asInt()).isEqualTo(1);

			// A draft: Kenya's focal point sees it, Guatemala's and the public do not.
			Answer read = api.call("GET", "/api/programmes/" + id, ken, null);
			assertThat(read.status()).isEqualTo(200);
			assertThat(read.eTag()).isEqualTo(created.eTag());
			for (String viewer : new String[] { gtm, null }) {
				assertThat(api.call("GET", "/api/programmes/" + id, viewer, null).status()).isEqualTo(404);
				assertThat(api.call("GET", "/api/programmes.csv?q=" + tag, viewer, null).body()).doesNotContain(code);
			}

			// Details edited with the tag read: title and IATI status 2 (implementation). Stale: 412, unchanged.
			String changes = body.replace(title, title + " phase 1")
				.replace("\"plannedEnd\": \"2028-12-31\"", "\"plannedEnd\": \"2028-12-31\", \"status\": 2, \"actualStart\": \"2027-02-01\"");
			Answer updated = api.call("PUT", "/api/programmes/" + id, coordinator, changes, created.eTag());
			assertThat(updated.status()).as(updated.body()).isEqualTo(200);
			assertThat(updated.json().at("/row/title").asString()).isEqualTo(title + " phase 1");
			assertThat(updated.json().at("/row/status").asInt()).isEqualTo(2);
			assertThat(updated.json().get("actualStart").asString()).isEqualTo("2027-02-01");
			assertThat(updated.eTag()).isNotEqualTo(created.eTag());
			Answer stale = api.call("PUT", "/api/programmes/" + id, coordinator, changes.replace(" phase 1", " stale"),
					created.eTag());
			assertThat(stale.status()).isEqualTo(412);
			assertThat(stale.contentType()).startsWith("application/problem+json");
			assertThat(stale.eTag()).isEqualTo(updated.eTag());
			assertThat(title(id)).isEqualTo(title + " phase 1");
			assertThat(api.call("PUT", "/api/programmes/" + id, ken, changes.replace(" phase 1", " mine")).status())
				.isEqualTo(403);
			assertThat(api.call("PUT", "/api/programmes/" + id, coordinator, changes.replace("\"status\": 2", "\"status\": 9"))
				.status()).isEqualTo(400);
			assertThat(api.call("PUT", "/api/programmes/999999999", coordinator, changes).status()).isEqualTo(404);
			assertThat(title(id)).isEqualTo(title + " phase 1");

			// Budget lines: added, read, changed (If-Match), refused when stale or wrong, removed.
			String line = """
					{"year": 2027, "kind": "RECURRENT", "amount": 45000.00, "country": "KEN", "source": "DONOR_GRANT",
					 "donor": "European Union", "description": "Data officers' salaries"}""";
			Answer added = api.call("POST", "/api/programmes/" + id + "/budget-lines", coordinator, line);
			assertThat(added.status()).as(added.body()).isEqualTo(201);
			long lineId = added.json().get("id").asLong();
			assertThat(amount(lineId)).isEqualByComparingTo("45000");
			Answer second = api.call("POST", "/api/programmes/" + id + "/budget-lines", coordinator,
					line.replace("2027", "2028").replace("45000.00", "12000.50").replace("RECURRENT", "ONE_OFF"));
			assertThat(second.status()).as(second.body()).isEqualTo(201);
			assertThat(api.call("POST", "/api/programmes/" + id + "/budget-lines", coordinator,
					line.replace("\"KEN\"", "\"GTM\"")).status()).isEqualTo(422);
			assertThat(api.call("POST", "/api/programmes/" + id + "/budget-lines", coordinator,
					line.replace("45000.00", "\"a lot\"")).status()).isEqualTo(400);
			assertThat(api.call("POST", "/api/programmes/" + id + "/budget-lines", ken, line).status()).isEqualTo(403);
			Answer lineRead = api.call("GET", "/api/programmes/" + id + "/budget-lines/" + lineId, ken, null);
			assertThat(lineRead.status()).isEqualTo(200);
			assertThat(lineRead.json().get("donor").asString()).isEqualTo("European Union");
			assertThat(lineRead.eTag()).isEqualTo(added.eTag());
			Answer changed = api.call("PUT", "/api/programmes/" + id + "/budget-lines/" + lineId, coordinator,
					line.replace("45000.00", "47500.25"), lineRead.eTag());
			assertThat(changed.status()).as(changed.body()).isEqualTo(200);
			assertThat(changed.json().get("amount").decimalValue()).isEqualByComparingTo("47500.25");
			assertThat(amount(lineId)).isEqualByComparingTo("47500.25");
			Answer staleLine = api.call("PUT", "/api/programmes/" + id + "/budget-lines/" + lineId, coordinator,
					line.replace("45000.00", "1.00"), lineRead.eTag());
			assertThat(staleLine.status()).isEqualTo(412);
			assertThat(amount(lineId)).isEqualByComparingTo("47500.25");
			assertThat(api.call("PUT", "/api/programmes/" + id + "/budget-lines/999999999", coordinator, line).status())
				.isEqualTo(404);
			Answer detail = api.call("GET", "/api/programmes/" + id, coordinator, null);
			assertThat(detail.json().at("/row/totalBudget").decimalValue()).isEqualByComparingTo("59500.75");
			assertThat(detail.json().get("budgetLines")).hasSize(2);
			long secondId = second.json().get("id").asLong();
			assertThat(api.call("DELETE", "/api/programmes/" + id + "/budget-lines/" + secondId, coordinator, null,
					"\"5\"").status()).isEqualTo(412);
			assertThat(api.call("DELETE", "/api/programmes/" + id + "/budget-lines/" + secondId, ken, null).status())
				.isEqualTo(403);
			assertThat(amount(secondId)).isNotNull();
			assertThat(api.call("DELETE", "/api/programmes/" + id + "/budget-lines/" + secondId, coordinator, null,
					second.eTag()).status()).isEqualTo(204);
			assertThat(amount(secondId)).isNull();

			// Partners, log frame, indicator and result period, ODA classification: as the programme page has them.
			Answer partner = api.call("POST", "/api/programmes/" + id + "/partners", coordinator,
					"{\"name\": \"Ministry of Interior " + tag + "\", \"role\": 4}");
			assertThat(partner.status()).as(partner.body()).isEqualTo(201);
			assertThat(partner.body()).contains("Ministry of Interior " + tag);
			assertThat(api.call("POST", "/api/programmes/" + id + "/partners", ken, "{\"name\": \"Mine\", \"role\": 4}")
				.status()).isEqualTo(403);
			Answer outcome = api.call("POST", "/api/programmes/" + id + "/logframe", coordinator,
					"{\"level\": \"OUTCOME\", \"text\": \"Agencies exchange data " + tag + "\"}");
			assertThat(outcome.status()).as(outcome.body()).isEqualTo(201);
			long outcomeId = outcome.json().at("/logframe/0/id").asLong();
			assertThat(outcome.json().at("/logframe/0/text").asString()).isEqualTo("Agencies exchange data " + tag);
			assertThat(api.call("POST", "/api/programmes/" + id + "/logframe", coordinator,
					"{\"level\": \"OUTPUT\", \"text\": \"No parent\"}").status()).isEqualTo(422);
			Answer indicator = api.call("POST", "/api/programmes/" + id + "/indicators", coordinator,
					"{\"title\": \"Monthly exchanges\", \"logframeItemId\": " + outcomeId
							+ ", \"measure\": 1, \"ascending\": true, \"baselineYear\": 2026, \"baselineValue\": 0}");
			assertThat(indicator.status()).as(indicator.body()).isEqualTo(201);
			long indicatorId = indicator.json().at("/indicators/0/id").asLong();
			Answer period = api.call("POST", "/api/programmes/" + id + "/indicators/" + indicatorId + "/periods",
					coordinator, "{\"start\": \"2027-01-01\", \"end\": \"2027-12-31\", \"target\": 12}");
			assertThat(period.status()).as(period.body()).isEqualTo(201);
			assertThat(period.json().at("/indicators/0/periods/0/target").decimalValue()).isEqualByComparingTo("12");
			assertThat(api.call("DELETE", "/api/programmes/" + id + "/logframe/" + outcomeId, coordinator, null).status())
				.isEqualTo(409);
			String tagNow = api.call("GET", "/api/programmes/" + id, coordinator, null).eTag();
			assertThat(api.call("PUT", "/api/programmes/" + id + "/classification", coordinator,
					"{\"oda\": true, \"dacCode\": \"15190\"}", created.eTag()).status()).isEqualTo(412);
			Answer classified = api.call("PUT", "/api/programmes/" + id + "/classification", coordinator,
					"{\"oda\": true, \"dacCode\": \"15190\"}", tagNow);
			assertThat(classified.status()).as(classified.body()).isEqualTo(200);
			assertThat(classified.json().get("dacCode").asString()).isEqualTo("15190");
			assertThat(api.call("PUT", "/api/programmes/" + id + "/classification", coordinator,
					"{\"oda\": true, \"dacCode\": \"99999\"}").status()).isEqualTo(422);

			// Documents: a public and an internal one.
			byte[] publicText = ("Programme document " + tag).getBytes(StandardCharsets.UTF_8);
			byte[] internalText = ("Internal risk register " + tag).getBytes(StandardCharsets.UTF_8);
			Answer publicDoc = api.multipart("/api/programmes/" + id + "/documents", coordinator,
					Map.of("title", "Programme document", "category", "A02", "publicDocument", "true"), "prodoc.txt",
					publicText);
			assertThat(publicDoc.status()).as(publicDoc.body()).isEqualTo(201);
			Answer internalDoc = api.multipart("/api/programmes/" + id + "/documents", coordinator,
					Map.of("title", "Risk register", "category", "A07"), "risks.txt", internalText);
			assertThat(internalDoc.status()).as(internalDoc.body()).isEqualTo(201);
			assertThat(api.multipart("/api/programmes/" + id + "/documents", coordinator, Map.of("category", "ZZZ"),
					"x.txt", publicText).status()).isEqualTo(422);
			assertThat(api.multipart("/api/programmes/" + id + "/documents", coordinator, Map.of("title", "Empty"),
					null, null).status()).isEqualTo(422);
			assertThat(api.multipart("/api/programmes/" + id + "/documents", ken, Map.of("title", "Mine"), "x.txt",
					publicText).status()).isEqualTo(403);
			long publicId = publicDoc.json().get("id").asLong();
			long internalId = internalDoc.json().get("id").asLong();
			assertThat(api.call("GET", "/api/programmes/" + id + "/documents", ken, null).json()).hasSize(2);
			Answer internalDownload = api.call("GET", "/api/programmes/" + id + "/documents/" + internalId, ken, null);
			assertThat(internalDownload.status()).isEqualTo(200);
			assertThat(internalDownload.bytes()).isEqualTo(internalText);

			// Published with the current tag (a stale one is refused first): in the public list, the CSV exports
			// and the IATI file, while budget lines and internal documents stay internal.
			String current = api.call("GET", "/api/programmes/" + id, coordinator, null).eTag();
			assertThat(api.call("POST", "/api/programmes/" + id + "/publication", coordinator,
					"{\"published\": true}", created.eTag()).status()).isEqualTo(412);
			assertThat(api.call("GET", "/api/programmes/" + id, null, null).status()).isEqualTo(404);
			assertThat(api.call("POST", "/api/programmes/" + id + "/publication", ken, "{\"published\": true}").status())
				.isEqualTo(403);
			assertThat(api.call("POST", "/api/programmes/" + id + "/publication", coordinator, "{\"published\": 1}")
				.status()).isEqualTo(400);
			Answer published = api.call("POST", "/api/programmes/" + id + "/publication", coordinator,
					"{\"published\": true}", current);
			assertThat(published.status()).as(published.body()).isEqualTo(200);
			assertThat(published.json().at("/row/published").asBoolean()).isTrue();

			Answer anonymous = api.call("GET", "/api/programmes/" + id, null, null);
			assertThat(anonymous.status()).isEqualTo(200);
			assertThat(anonymous.json().get("budgetLines") == null || anonymous.json().get("budgetLines").isNull())
				.as("budget lines of a published programme, anonymously").isTrue();
			assertThat(anonymous.json().at("/row/totalBudget").decimalValue()).isEqualByComparingTo("47500.25");
			Answer gtmDocs = api.call("GET", "/api/programmes/" + id + "/documents", gtm, null);
			assertThat(gtmDocs.json()).hasSize(1);
			assertThat(gtmDocs.json().get(0).get("id").asLong()).isEqualTo(publicId);
			assertThat(api.call("GET", "/api/programmes/" + id + "/documents/" + internalId, gtm, null).status())
				.isEqualTo(404);
			assertThat(api.call("GET", "/api/programmes/" + id + "/budget-lines/" + lineId, gtm, null).status())
				.isEqualTo(404);
			assertThat(api.call("GET", "/api/programmes/" + id + "/budget-lines/" + lineId, null, null).status())
				.isEqualTo(404);
			Answer publicDownload = api.call("GET", "/api/programmes/" + id + "/documents/" + publicId, null, null);
			assertThat(publicDownload.status()).isEqualTo(200);
			assertThat(publicDownload.bytes()).isEqualTo(publicText);

			Answer iati = api.call("GET", "/api/programmes/iati.xml", null, null);
			assertThat(iati.status()).isEqualTo(200);
			assertThat(iati.body()).contains(code + "</iati-identifier>", title + " phase 1")
				.doesNotContain("Internal risk register");

			Answer csv = api.call("GET", "/api/programmes.csv?q=" + tag, null, null);
			assertThat(csv.status()).isEqualTo(200);
			assertThat(csv.contentType()).startsWith("text/csv");
			List<List<String>> rows = csvRows(csv.bytes());
			assertThat(rows.get(0)).startsWith("id", "code", "title", "countries");
			assertThat(rows).hasSize(2);
			assertThat(rows.get(1)).startsWith(String.valueOf(id), code, title + " phase 1", "KEN UGA");
			assertThat(new BigDecimal(rows.get(1).get(rows.get(0).indexOf("total_budget")))).isEqualByComparingTo("47500.25");
			assertThat(api.call("GET", "/api/programmes.csv?q=" + tag + "&country=GTM", null, null).body())
				.doesNotContain(code);
			Answer budgets = api.call("GET", "/api/programmes/budgets.csv?q=" + tag, null, null);
			assertThat(budgets.status()).isEqualTo(200);
			List<List<String>> years = csvRows(budgets.bytes());
			assertThat(years.get(0)).containsExactly("id", "code", "title", "countries", "year", "currency", "one_off",
					"recurrent", "total");
			assertThat(years).hasSize(2);
			assertThat(years.get(1).get(4)).isEqualTo("2027");
			assertThat(new BigDecimal(years.get(1).get(7))).isEqualByComparingTo("47500.25");
			assertThat(new BigDecimal(years.get(1).get(6))).isEqualByComparingTo("0");

			// The internal document removed (stale tag first), and the budget line.
			assertThat(api.call("DELETE", "/api/programmes/" + id + "/documents/" + internalId, coordinator, null,
					"\"9\"").status()).isEqualTo(412);
			assertThat(api.call("DELETE", "/api/programmes/" + id + "/documents/" + internalId, coordinator, null,
					internalDoc.eTag()).status()).isEqualTo(204);
			assertThat(api.call("DELETE", "/api/programmes/" + id + "/documents/" + internalId, coordinator, null)
				.status()).isEqualTo(404);
			assertThat(api.call("GET", "/api/programmes/" + id + "/documents", coordinator, null).json()).hasSize(1);
			assertThat(api.call("DELETE", "/api/programmes/" + id + "/budget-lines/" + lineId, coordinator, null,
					changed.eTag()).status()).isEqualTo(204);

			// Withdrawn again: no longer public.
			Answer withdrawn = api.call("POST", "/api/programmes/" + id + "/publication", coordinator,
					"{\"published\": false}");
			assertThat(withdrawn.status()).isEqualTo(200);
			assertThat(api.call("GET", "/api/programmes/" + id, null, null).status()).isEqualTo(404);
		}
		finally {
			for (String table : List.of("document", "budget_line", "partner", "indicator_period", "indicator",
					"logframe_item")) {
				jdbc.sql("delete from programme." + table + " where programme_id = :id").param("id", id).update();
			}
			jdbc.sql("delete from programme.programme where id = :id").param("id", id).update();
		}
	}

	static List<List<String>> csvRows(byte[] csv) throws java.io.IOException {
		String text = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
		try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVFormat.DEFAULT
			.parse(new java.io.StringReader(text))) {
			return parser.getRecords().stream().map(r -> r.toList()).toList();
		}
	}

}
