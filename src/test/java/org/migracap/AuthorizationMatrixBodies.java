package org.migracap;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.migracap.AuthorizationMatrixIntegrationTests.Caller;
import org.migracap.AuthorizationMatrixIntegrationTests.Expected;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The valid bodies {@link AuthorizationMatrixIntegrationTests} sends to writes, by {@code "METHOD pattern"}: an
 * allowed call of one of these must answer 2xx/3xx and (on PostgreSQL) write at least one row; a refused one must
 * write none. Writes not listed get an empty body; those that cannot be given a valid body for every allowed caller
 * are in {@link #NO_VALID_BODY} with the reason.
 * <p>
 * A body is filled in inside the call's transaction, which is rolled back, and before the matrix starts counting
 * rows: it may put the sampled object in the state its write needs (a cycle back in draft, a request submitted),
 * reading and writing with {@code jdbc}. What it prepares is the same for every caller, so a refused call is refused
 * by the rule, not by the state.
 */
final class AuthorizationMatrixBodies {

	private AuthorizationMatrixBodies() {
	}

	/** How to fill in a valid request for a write: so that an allowed call really writes, and a refused one is refused. */
	interface Body {

		void fill(MockHttpServletRequestBuilder request, String uri, Caller caller, JdbcClient jdbc);

	}

	/** A tiny but real PDF (detected as {@code application/pdf} by its content). */
	static final byte[] PDF = """
			%PDF-1.4
			1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
			2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
			trailer << /Root 1 0 R >>
			%%EOF
			""".getBytes(StandardCharsets.US_ASCII);

	// --- helpers --------------------------------------------------------------------------------------------------

	/** The last country code (three capital letters) in the uri. */
	static String iso3(String uri) {
		Matcher matcher = Pattern.compile("/([A-Z]{3})(?=/|$)").matcher(uri);
		String found = null;
		while (matcher.find()) {
			found = matcher.group(1);
		}
		if (found == null) {
			throw new IllegalArgumentException("no country in " + uri);
		}
		return found;
	}

	/** The number that follows {@code segment/} in the uri. */
	static long id(String uri, String segment) {
		Matcher matcher = Pattern.compile("/" + Pattern.quote(segment) + "/(\\d+)").matcher(uri);
		if (!matcher.find()) {
			throw new IllegalArgumentException("no /" + segment + "/{id} in " + uri);
		}
		return Long.parseLong(matcher.group(1));
	}

	static void form(MockHttpServletRequestBuilder request, String... pairs) {
		request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		for (int i = 0; i < pairs.length; i += 2) {
			request.param(pairs[i], pairs[i + 1]);
		}
	}

	static void json(MockHttpServletRequestBuilder request, String body) {
		request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	/** A multipart request with one file part and text fields (as parameters, the way a servlet container gives them). */
	static void multipart(MockHttpServletRequestBuilder request, String part, String filename, byte[] content,
			String... pairs) {
		request.contentType("multipart/form-data; boundary=matrix").content(new byte[0]);
		for (int i = 0; i < pairs.length; i += 2) {
			request.param(pairs[i], pairs[i + 1]);
		}
		request.with(r -> {
			MockPart file = new MockPart(part, filename, content);
			file.getHeaders().setContentType(filename.endsWith(".pdf") ? MediaType.APPLICATION_PDF
					: filename.endsWith(".csv") ? MediaType.parseMediaType("text/csv") : MediaType.APPLICATION_OCTET_STREAM);
			r.addPart(file);
			for (int i = 0; i < pairs.length; i += 2) {
				r.addPart(new MockPart(pairs[i], pairs[i + 1].getBytes(StandardCharsets.UTF_8)));
			}
			return r;
		});
	}

	static long version(JdbcClient jdbc, String table, long id) {
		return jdbc.sql("select version from " + table + " where id = :id").param("id", id).query(Long.class).single();
	}

	// --- assessment -----------------------------------------------------------------------------------------------

	/** Puts the sampled cycle in the given status (inside the rolled-back transaction); answers its version. */
	static long cycleIn(JdbcClient jdbc, String uri, String status) {
		long cycle = id(uri, "assessments");
		jdbc.sql("update assessment.cycle set status = :s where id = :id").param("s", status).param("id", cycle).update();
		return version(jdbc, "assessment.cycle", cycle);
	}

	/** Closes the open core cycles of Kenya, so that a new one may start. */
	static void noOpenKenyanCycle(JdbcClient jdbc) {
		jdbc.sql("""
				update assessment.cycle set status = 'PUBLISHED', published_at = coalesce(published_at, current_timestamp)
				where iso3 = 'KEN' and framework_code = 'MIGRACAP_CORE' and status <> 'PUBLISHED'""").update();
	}

	/** A draft cycle with one answered indicator (B1), as a submit needs. */
	static long draftWithAnAnswer(JdbcClient jdbc, String uri) {
		long version = cycleIn(jdbc, uri, "DRAFT");
		long cycle = id(uri, "assessments");
		int answered = jdbc.sql("select count(*) from assessment.response where cycle_id = :c and level is not null")
			.param("c", cycle)
			.query(Integer.class)
			.single();
		if (answered == 0) {
			jdbc.sql("delete from assessment.response where cycle_id = :c and indicator_code = 'B1'").param("c", cycle).update();
			jdbc.sql("""
					insert into assessment.response (version, cycle_id, indicator_code, level, updated_at, updated_by)
					values (0, :c, 'B1', 2, current_timestamp, 'coordinator')""").param("c", cycle).update();
		}
		return version;
	}

	/** The version of the cycle's answer to B1, or {@code null} when it has none. */
	static String responseVersion(JdbcClient jdbc, String uri) {
		return jdbc.sql("select max(version) from assessment.response where cycle_id = :c and indicator_code = 'B1'")
			.param("c", id(uri, "assessments"))
			.query(Long.class)
			.optional()
			.map(String::valueOf)
			.orElse("null");
	}

	/** Room for one more evidence file on B1: the cycle in draft and B1's files removed. */
	static void roomForEvidence(JdbcClient jdbc, String uri) {
		cycleIn(jdbc, uri, "DRAFT");
		jdbc.sql("""
				delete from assessment.evidence_file where response_id in
				(select id from assessment.response where cycle_id = :c and indicator_code = 'B1')""")
			.param("c", id(uri, "assessments"))
			.update();
	}

	// --- request --------------------------------------------------------------------------------------------------

	static long requestIn(JdbcClient jdbc, String uri, String status) {
		long request = id(uri, "requests");
		jdbc.sql("update request.assistance_request set status = :s where id = :id")
			.param("s", status)
			.param("id", request)
			.update();
		return version(jdbc, "request.assistance_request", request);
	}

	static final String DESCRIPTION = "The matrix asks for training of border officials on screening procedures.";

	// --- identity -------------------------------------------------------------------------------------------------

	static final String PASSWORD = "Matrix-check-2026";

	static String user(JdbcClient jdbc, long id, String column) {
		return String.valueOf(jdbc.sql("select " + column + " from identity.user_account where id = :id")
			.param("id", id)
			.query(String.class)
			.list()
			.get(0));
	}

	/** The sampled user with its fields and a display name that differs from the current one. */
	static String[] changedUser(JdbcClient jdbc, String uri) {
		long id = id(uri, "users");
		String name = user(jdbc, id, "display_name");
		return new String[] { String.valueOf(version(jdbc, "identity.user_account", id)), user(jdbc, id, "username"),
				user(jdbc, id, "email"), name.equals("Checked by the matrix") ? "Checked again" : "Checked by the matrix",
				user(jdbc, id, "roles"), String.valueOf(user(jdbc, id, "country_code")) };
	}

	/** An unread notification for the caller, so that marking all read changes a row. */
	static void unreadNotification(JdbcClient jdbc, Caller caller) {
		jdbc.sql("""
				insert into identity.notification (user_id, created_at, message_key, message_args, link)
				select id, current_timestamp, 'assessment.notify.validated', '2026', '/' from identity.user_account
				where username = :u""").param("u", String.valueOf(caller.username)).update();
	}

	// --- cooperation ----------------------------------------------------------------------------------------------

	/** The agreement form of the sampled agreement, with its parties, a changed title and its version. */
	static void agreementForm(MockHttpServletRequestBuilder request, JdbcClient jdbc, long agreement) {
		Map<String, Object> row = jdbc.sql("select * from cooperation.agreement where id = :id")
			.param("id", agreement)
			.query()
			.singleRow();
		String title = String.valueOf(row.get("title"));
		form(request, "title", title.endsWith("(matrix)") ? title.replace(" (matrix)", "") : title + " (matrix)", "type",
				String.valueOf(row.get("agreement_type")), "status", String.valueOf(row.get("status")), "version",
				String.valueOf(row.get("version")));
		if (row.get("description") != null) {
			request.param("description", String.valueOf(row.get("description")));
		}
		for (Object date : List.of("signed_on", "starts_on", "ends_on")) {
			if (row.get(date) != null) {
				request.param(date.equals("signed_on") ? "signedOn" : date.equals("starts_on") ? "startsOn" : "endsOn",
						String.valueOf(row.get(date)));
			}
		}
		words(row.get("areas")).forEach(area -> request.param("areas", area));
		if (Boolean.TRUE.equals(row.get("confidential"))) {
			request.param("confidential", "true");
		}
		List<Map<String, Object>> parties = jdbc.sql("select * from cooperation.agreement_party where agreement_id = :id order by id")
			.param("id", agreement)
			.query()
			.listOfRows();
		for (int i = 0; i < parties.size(); i++) {
			request.param("parties[" + i + "].kind", String.valueOf(parties.get(i).get("kind")));
			if (parties.get(i).get("iso3") != null) {
				request.param("parties[" + i + "].iso3", String.valueOf(parties.get(i).get("iso3")));
			}
			if (parties.get(i).get("name") != null) {
				request.param("parties[" + i + "].name", String.valueOf(parties.get(i).get("name")));
			}
		}
	}

	/** A stance of Kenya on objective A1 with a note that differs from the current one. */
	static void stance(MockHttpServletRequestBuilder request, JdbcClient jdbc, String uri) {
		String iso3 = iso3(uri);
		Map<String, Object> row = jdbc.sql("select * from cooperation.stance where iso3 = :c and objective_code = 'A1'")
			.param("c", iso3)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(Map.of());
		String note = "Checked by the matrix".equals(row.get("note")) ? "Checked again" : "Checked by the matrix";
		form(request, "rows[0].objective", "A1", "rows[0].stance",
				String.valueOf(row.getOrDefault("stance", 1)), "rows[0].priority", String.valueOf(row.getOrDefault("priority", 2)),
				"rows[0].visibility", String.valueOf(row.getOrDefault("visibility", "MEMBERS")), "rows[0].note", note,
				"rows[0].version", String.valueOf(row.getOrDefault("version", -1)));
	}

	// --- programme ------------------------------------------------------------------------------------------------

	static Map<String, Object> row(JdbcClient jdbc, String table, long id) {
		return jdbc.sql("select * from " + table + " where id = :id").param("id", id).query().singleRow();
	}

	static boolean yes(Object value) {
		return value != null && String.valueOf(value).toLowerCase(java.util.Locale.ROOT).startsWith("t");
	}

	/** The programme form of the sampled programme, with a changed title. */
	static void programmeForm(MockHttpServletRequestBuilder request, JdbcClient jdbc, long programme) {
		Map<String, Object> row = row(jdbc, "programme.programme", programme);
		String title = String.valueOf(row.get("title"));
		form(request, "title", title.endsWith("(matrix)") ? title.replace(" (matrix)", "") : title + " (matrix)",
				"description", String.valueOf(row.get("description")), "plannedStart",
				String.valueOf(row.get("planned_start")), "plannedEnd", String.valueOf(row.get("planned_end")), "status",
				String.valueOf(row.get("status")), "version", String.valueOf(row.get("version")));
		if (row.get("goal") != null) {
			request.param("goal", String.valueOf(row.get("goal")));
		}
		for (String date : List.of("actual_start", "actual_end")) {
			if (row.get(date) != null) {
				request.param(date.equals("actual_start") ? "actualStart" : "actualEnd", String.valueOf(row.get(date)));
			}
		}
		words(row.get("countries")).forEach(country -> request.param("countries", country));
		words(row.get("areas")).forEach(area -> request.param("areas", area));
		if (row.get("request_id") != null) {
			request.param("requestId", String.valueOf(row.get("request_id")));
		}
	}

	/** A changed actual value for the sampled period, and its version. */
	static String[] actual(JdbcClient jdbc, String uri) {
		Map<String, Object> row = row(jdbc, "programme.indicator_period", id(uri, "periods"));
		String actual = "7".equals(String.valueOf(row.get("actual")).replaceAll("\\.0+$", "")) ? "8" : "7";
		return new String[] { String.valueOf(row.get("version")), actual };
	}

	// --- webhook --------------------------------------------------------------------------------------------------

	/** Puts the sampled webhook in the given enabled state, so that switching it changes a row. */
	static void webhookEnabled(JdbcClient jdbc, String uri, boolean enabled) {
		jdbc.sql("update webhook.webhook set enabled = :e where id = :id")
			.param("e", enabled)
			.param("id", id(uri, "webhooks"))
			.update();
	}

	// --- workshop -------------------------------------------------------------------------------------------------

	static String not(Object value) {
		return yes(value) ? "false" : "true";
	}

	static Map<String, Object> workshop(JdbcClient jdbc, String uri) {
		return row(jdbc, "workshop.workshop", id(uri, "workshops"));
	}

	static void ballotIn(JdbcClient jdbc, String uri, String status) {
		jdbc.sql("update workshop.ballot set status = :s where id = :id")
			.param("s", status)
			.param("id", id(uri, "ballots"))
			.update();
	}

	// --- library --------------------------------------------------------------------------------------------------

	static String jsonText(Object value) {
		return "\"" + String.valueOf(value).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	static List<String> words(Object value) {
		return value == null ? List.of() : java.util.Arrays.stream(String.valueOf(value).split("[ ,]+")).filter(w -> !w.isBlank()).toList();
	}

	/** The sampled document as the API takes it, with a changed original title. */
	static String documentJson(JdbcClient jdbc, String uri) {
		Map<String, Object> row = row(jdbc, "library.document", id(uri, "documents"));
		String title = String.valueOf(row.get("title_original"));
		StringBuilder json = new StringBuilder("{\"country\":" + jsonText(row.get("country_iso3")) + ",\"kind\":"
				+ jsonText(row.get("kind")) + ",\"titleOriginal\":"
				+ jsonText(title.endsWith("(matrix)") ? title.replace(" (matrix)", "") : title + " (matrix)")
				+ ",\"language\":" + jsonText(row.get("language")) + ",\"status\":" + jsonText(row.get("status"))
				+ ",\"visibility\":" + jsonText(row.get("visibility")) + ",\"version\":" + row.get("version"));
		json.append(",\"areas\":[").append(String.join(",", words(row.get("areas")).stream().map(AuthorizationMatrixBodies::jsonText).toList())).append("]");
		json.append(",\"gcmObjectives\":[").append(String.join(",", words(row.get("gcm_objectives")))).append("]");
		json.append(",\"instruments\":[").append(String.join(",", words(row.get("instruments")).stream().map(AuthorizationMatrixBodies::jsonText).toList())).append("]");
		for (String[] field : new String[][] { { "adopted_on", "adoptedOn" }, { "in_force_on", "inForceOn" },
				{ "summary", "summary" }, { "source_url", "sourceUrl" }, { "title_english", "titleEnglish" } }) {
			if (row.get(field[0]) != null) {
				json.append(",\"").append(field[1]).append("\":").append(jsonText(row.get(field[0])));
			}
		}
		return json.append("}").toString();
	}

	/** The sampled document as the page's form sends it, with a changed original title. */
	static void documentForm(MockHttpServletRequestBuilder request, JdbcClient jdbc, String uri) {
		Map<String, Object> row = row(jdbc, "library.document", id(uri, "documents"));
		String title = String.valueOf(row.get("title_original"));
		form(request, "country", String.valueOf(row.get("country_iso3")), "kind", String.valueOf(row.get("kind")),
				"titleOriginal", title.endsWith("(matrix)") ? title.replace(" (matrix)", "") : title + " (matrix)",
				"language", String.valueOf(row.get("language")), "status", String.valueOf(row.get("status")),
				"visibility", String.valueOf(row.get("visibility")), "version", String.valueOf(row.get("version")));
		words(row.get("areas")).forEach(a -> request.param("areas", a));
		words(row.get("gcm_objectives")).forEach(o -> request.param("gcmObjectives", o));
		words(row.get("instruments")).forEach(i -> request.param("instruments", i));
		for (String[] field : new String[][] { { "adopted_on", "adoptedOn" }, { "in_force_on", "inForceOn" },
				{ "summary", "summary" }, { "source_url", "sourceUrl" }, { "title_english", "titleEnglish" } }) {
			if (row.get(field[0]) != null) {
				request.param(field[1], String.valueOf(row.get(field[0])));
			}
		}
	}

	static final String NEW_DOCUMENT = """
			{"country":"KEN","kind":"LAW","titleOriginal":"Matrix Border Act","language":"en","status":"IN_FORCE",
			"areas":["A"],"visibility":"PUBLIC"}""";

	// --- reference ------------------------------------------------------------------------------------------------

	/** The sampled country's membership version (-1 when none is recorded) and a status that differs. */
	static String[] membership(JdbcClient jdbc, String uri) {
		String iso3 = iso3(uri);
		Map<String, Object> row = jdbc.sql("select * from reference.iom_membership where iso3 = :c")
			.param("c", iso3)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(Map.of());
		return new String[] { String.valueOf(row.getOrDefault("version", -1)),
				"MEMBER".equals(row.get("status")) ? "OBSERVER" : "MEMBER" };
	}

	/** The ratification of UN_ICMW_1990 by the sampled country: its version (-1 when none) and a status that differs. */
	static String[] ratification(JdbcClient jdbc, String uri) {
		String iso3 = iso3(uri);
		Map<String, Object> row = jdbc
			.sql("select * from reference.ratification where iso3 = :c and instrument_code = 'UN_ICMW_1990'")
			.param("c", iso3)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(Map.of());
		return new String[] { String.valueOf(row.getOrDefault("version", -1)),
				"PARTY".equals(row.get("status")) ? "SIGNATORY" : "PARTY" };
	}

	/** A confirmed registration of the caller for the sampled workshop (made inside the call's transaction if none). */
	static void registered(JdbcClient jdbc, String uri, Caller caller) {
		long workshop = id(uri, "workshops");
		jdbc.sql("""
				insert into workshop.registration (version, workshop_id, user_id, name, email, language, attendance, status,
				registered_at, attended, demo, calendar_sequence)
				select 0, :w, u.id, u.display_name, u.email, 'en', 'ONLINE', 'CONFIRMED', current_timestamp, true, false, 0
				from identity.user_account u where u.username = :u and not exists
				(select 1 from workshop.registration r where r.workshop_id = :w and r.user_id = u.id)""")
			.param("w", workshop)
			.param("u", String.valueOf(caller.username))
			.update();
		jdbc.sql("""
				update workshop.registration set status = 'CONFIRMED' where workshop_id = :w
				and user_id = (select id from identity.user_account where username = :u)""")
			.param("w", workshop)
			.param("u", String.valueOf(caller.username))
			.update();
	}

	// --- the bodies -----------------------------------------------------------------------------------------------

	static final Map<String, Body> VALID_BODIES = Map.ofEntries(
			// identity
			Map.entry("POST /account/language", (request, uri, caller, jdbc) -> {
				String current = jdbc.sql("select preferred_language from identity.user_account where username = :u")
					.param("u", caller.username == null ? "" : caller.username)
					.query(String.class)
					.optional()
					.orElse("en");
				request.contentType(MediaType.APPLICATION_FORM_URLENCODED).param("language", "es".equals(current) ? "fr" : "es");
			}),

			// identity: own account
			Map.entry("POST /account/password", (request, uri, caller, jdbc) -> form(request, "current", "migracap-demo",
					"next", PASSWORD, "confirm", PASSWORD)),
			Map.entry("POST /account/tokens", (request, uri, caller, jdbc) -> form(request, "name", "Matrix token",
					"days", "30")),
			Map.entry("POST /notifications/read", (request, uri, caller, jdbc) -> {
				unreadNotification(jdbc, caller);
				form(request);
			}),
			// identity: administration
			Map.entry("POST /api/users", (request, uri, caller, jdbc) -> json(request, """
					{"username":"matrix.user","email":"matrix.user@example.org","displayName":"Matrix User",
					"roles":["PARTICIPANT"],"preferredLanguage":"en","password":"%s"}""".formatted(PASSWORD))),
			Map.entry("PUT /api/users/{id}", (request, uri, caller, jdbc) -> {
				String[] user = changedUser(jdbc, uri);
				json(request, """
						{"version":%s,"email":"%s","displayName":"%s","roles":["%s"],%s"preferredLanguage":"en"}"""
					.formatted(user[0], user[2], user[3], user[4].split(",")[0],
							"null".equals(user[5]) ? "" : "\"countryCode\":\"" + user[5] + "\","));
			}),
			Map.entry("POST /admin/users", (request, uri, caller, jdbc) -> form(request, "username", "matrix.user", "email",
					"matrix.user@example.org", "displayName", "Matrix User", "roles", "PARTICIPANT", "preferredLanguage",
					"en", "password", PASSWORD)),
			Map.entry("POST /admin/users/{id}", (request, uri, caller, jdbc) -> {
				String[] user = changedUser(jdbc, uri);
				form(request, "version", user[0], "username", user[1], "email", user[2], "displayName", user[3], "roles",
						user[4].split(",")[0], "preferredLanguage", "en");
				if (!"null".equals(user[5])) {
					request.param("countryCode", user[5]);
				}
			}),
			Map.entry("POST /admin/users/{id}/enabled", (request, uri, caller, jdbc) -> form(request, "enabled",
					user(jdbc, id(uri, "users"), "enabled").toLowerCase(java.util.Locale.ROOT).startsWith("t")
							? "false" : "true")),
			Map.entry("POST /admin/users/{id}/password", (request, uri, caller, jdbc) -> form(request)),
			Map.entry("POST /admin/service-accounts", (request, uri, caller, jdbc) -> form(request, "username",
					"matrix.service", "displayName", "Matrix service", "role", "COORDINATOR")),
			Map.entry("POST /users/invite", (request, uri, caller, jdbc) -> form(request, "username", "matrix.invited",
					"email", "matrix.invited@example.org", "displayName", "Matrix Invited", "role", "PARTICIPANT",
					"preferredLanguage", "en")),

			// cooperation
			Map.entry("POST /cooperation/stances/{iso3}", (request, uri, caller, jdbc) -> stance(request, jdbc, uri)),
			Map.entry("POST /agreements", (request, uri, caller, jdbc) -> form(request, "title", "Matrix agreement",
					"type", "MEMORANDUM_OF_UNDERSTANDING", "status", "DRAFT", "areas", "A", "parties[0].kind", "STATE",
					"parties[0].iso3", "KEN")),
			Map.entry("POST /agreements/{id}",
					(request, uri, caller, jdbc) -> agreementForm(request, jdbc, id(uri, "agreements"))),
			Map.entry("POST /agreements/{id}/delete", (request, uri, caller, jdbc) -> form(request, "version",
					String.valueOf(version(jdbc, "cooperation.agreement", id(uri, "agreements"))))),
			Map.entry("POST /agreements/{id}/documents", (request, uri, caller, jdbc) -> form(request, "title",
					"Matrix link", "url", "https://www.iom.int/matrix")),
			Map.entry("POST /agreements/{id}/documents/{document}/delete", (request, uri, caller, jdbc) -> form(request,
					"version", String.valueOf(version(jdbc, "cooperation.agreement_document", id(uri, "documents"))))),

			// programme
			Map.entry("POST /programmes", (request, uri, caller, jdbc) -> form(request, "title", "Matrix programme",
					"description", "Training of border officials, opened by the matrix.", "countries", "KEN", "areas", "A",
					"plannedStart", "2027-01-01", "plannedEnd", "2028-12-31")),
			Map.entry("POST /programmes/{id}",
					(request, uri, caller, jdbc) -> programmeForm(request, jdbc, id(uri, "programmes"))),
			Map.entry("POST /programmes/{id}/publish", (request, uri, caller, jdbc) -> form(request, "published",
					yes(row(jdbc, "programme.programme", id(uri, "programmes")).get("published")) ? "false" : "true")),
			Map.entry("POST /programmes/{id}/classification", (request, uri, caller, jdbc) -> {
				Map<String, Object> row = row(jdbc, "programme.programme", id(uri, "programmes"));
				form(request, "version", String.valueOf(row.get("version")), "oda", "true", "dacCode",
						"15190".equals(row.get("dac_code")) ? "15110" : "15190");
			}),
			Map.entry("POST /programmes/{id}/partners", (request, uri, caller, jdbc) -> form(request, "name",
					"Matrix Partner Ltd", "ref", "", "orgType", "70", "role", "2")),
			Map.entry("POST /programmes/{id}/partners/{partnerId}/delete", (request, uri, caller, jdbc) -> form(request)),
			Map.entry("POST /programmes/{id}/logframe", (request, uri, caller, jdbc) -> form(request, "level", "OUTCOME",
					"text", "Border officials screen arrivals consistently")),
			Map.entry("POST /programmes/{id}/indicators", (request, uri, caller, jdbc) -> form(request, "title",
					"Officials trained", "measure", "1", "ascending", "true", "baselineYear", "2024", "baselineValue", "0")),
			Map.entry("POST /programmes/{id}/indicators/{indicatorId}/periods", (request, uri, caller, jdbc) -> form(
					request, "start", "2030-01-01", "end", "2030-12-31", "target", "40")),
			Map.entry("POST /programmes/{id}/periods/{periodId}/actual", (request, uri, caller, jdbc) -> {
				String[] actual = actual(jdbc, uri);
				form(request, "version", actual[0], "actual", actual[1], "comment", "Recorded by the matrix");
			}),
			Map.entry("POST /api/programmes/{id}/periods/{periodId}/actual", (request, uri, caller, jdbc) -> {
				String[] actual = actual(jdbc, uri);
				json(request, "{\"actual\":" + actual[1] + ",\"comment\":\"Recorded by the matrix\",\"version\":"
						+ actual[0] + "}");
			}),
			Map.entry("POST /programmes/{id}/budget", (request, uri, caller, jdbc) -> form(request, "year", "2027", "kind",
					"ONE_OFF", "amount", "1000", "country", "KEN", "source", "DONOR_GRANT", "donor", "Matrix donor",
					"description", "Training material")),
			Map.entry("POST /programmes/{id}/budget/{lineId}/delete", (request, uri, caller, jdbc) -> form(request,
					"version", String.valueOf(version(jdbc, "programme.budget_line", id(uri, "budget"))))),
			Map.entry("POST /programmes/{id}/documents", (request, uri, caller, jdbc) -> multipart(request, "file",
					"terms.pdf", PDF, "title", "Terms of reference", "category", "A01")),

			// webhook
			Map.entry("POST /api/admin/webhooks", (request, uri, caller, jdbc) -> json(request,
					"{\"url\":\"https://example.org/matrix-hook\",\"description\":\"Matrix\",\"events\":[\"RequestAccepted\"]}")),
			Map.entry("POST /api/admin/webhooks/{id}/enable", (request, uri, caller, jdbc) -> {
				webhookEnabled(jdbc, uri, false);
				form(request);
			}),
			Map.entry("POST /api/admin/webhooks/{id}/disable", (request, uri, caller, jdbc) -> {
				webhookEnabled(jdbc, uri, true);
				form(request);
			}),
			Map.entry("POST /api/admin/webhooks/{id}/rotate-secret", (request, uri, caller, jdbc) -> form(request)),
			Map.entry("DELETE /api/admin/webhooks/{id}", (request, uri, caller, jdbc) -> form(request)),
			Map.entry("POST /api/admin/webhooks/{id}/deliveries/{deliveryId}/redeliver",
					(request, uri, caller, jdbc) -> form(request)),
			Map.entry("POST /admin/webhooks", (request, uri, caller, jdbc) -> form(request, "url",
					"https://example.org/matrix-hook", "description", "Matrix", "events", "RequestAccepted")),
			Map.entry("POST /admin/webhooks/{id}/enable", (request, uri, caller, jdbc) -> {
				webhookEnabled(jdbc, uri, false);
				form(request);
			}),
			Map.entry("POST /admin/webhooks/{id}/disable", (request, uri, caller, jdbc) -> {
				webhookEnabled(jdbc, uri, true);
				form(request);
			}),
			Map.entry("POST /admin/webhooks/{id}/delete", (request, uri, caller, jdbc) -> form(request)),
			Map.entry("POST /admin/webhooks/{id}/rotate", (request, uri, caller, jdbc) -> form(request)),
			Map.entry("POST /admin/webhooks/{id}/deliveries/{deliveryId}/redeliver",
					(request, uri, caller, jdbc) -> form(request)),

			// planning
			Map.entry("POST /planning/scenarios/{id}/copy", (request, uri, caller, jdbc) -> form(request, "name",
					"Matrix copy", "budgetFactor", "1")),
			Map.entry("POST /planning/scenarios/{id}/delete", (request, uri, caller, jdbc) -> form(request)),
			Map.entry("POST /planning/scenarios/{id}/gaps", (request, uri, caller, jdbc) -> multipart(request, "file",
					"gaps.csv", "iso3,indicator,level,target\nKEN,B1,1,4\n".getBytes(StandardCharsets.UTF_8))),
			Map.entry("POST /planning/scenarios/{id}/gaps/assessments", (request, uri, caller, jdbc) -> form(request)),
			Map.entry("POST /planning/scenarios/{id}/candidates/{candidateId}/delete",
					(request, uri, caller, jdbc) -> form(request)),

			// workshop
			Map.entry("POST /workshops/{workshopId}/registration-open", (request, uri, caller, jdbc) -> form(request,
					"open", not(workshop(jdbc, uri).get("registration_open")))),
			Map.entry("POST /workshops/{workshopId}/survey-open", (request, uri, caller, jdbc) -> form(request, "open",
					not(workshop(jdbc, uri).get("survey_open")))),
			Map.entry("POST /workshops/{workshopId}/actions/{actionId}/done", (request, uri, caller, jdbc) -> form(request,
					"done", "OPEN".equals(row(jdbc, "workshop.action_point", id(uri, "actions")).get("status")) ? "true"
							: "false")),
			Map.entry("POST /workshops/{workshopId}/actions/{actionId}/delete", (request, uri, caller, jdbc) -> form(request)),
			Map.entry("POST /workshops/{workshopId}/registrations/{registrationId}/attended", (request, uri, caller,
					jdbc) -> form(request, "attended",
							not(row(jdbc, "workshop.registration", id(uri, "registrations")).get("attended")))),
			Map.entry("POST /workshops/{workshopId}/registrations/{registrationId}/cancel",
					(request, uri, caller, jdbc) -> form(request)),
			Map.entry("POST /workshops/{workshopId}/agenda/rooms", (request, uri, caller, jdbc) -> form(request, "name",
					"Matrix room", "capacity", "20")),
			Map.entry("POST /workshops/{workshopId}/agenda/rooms/{roomId}/remove", (request, uri, caller, jdbc) -> form(request)),
			Map.entry("POST /workshops/{workshopId}/agenda/speakers", (request, uri, caller, jdbc) -> form(request, "name",
					"Matrix Speaker", "affiliation", "IOM")),
			Map.entry("POST /workshops/{workshopId}/agenda/speakers/{speakerId}/remove",
					(request, uri, caller, jdbc) -> form(request)),
			Map.entry("POST /workshops/{workshopId}/agenda/slots", (request, uri, caller, jdbc) -> form(request, "day",
					String.valueOf(workshop(jdbc, uri).get("start_date")), "startsAt", "06:00", "endsAt", "06:30")),
			Map.entry("POST /workshops/{workshopId}/agenda/slots/{slotId}/remove", (request, uri, caller, jdbc) -> form(request)),
			Map.entry("POST /workshops/{workshopId}/agenda/sessions/{sessionId}/delete",
					(request, uri, caller, jdbc) -> form(request)),
			Map.entry("POST /workshops/{workshopId}/questions/{questionId}/remove",
					(request, uri, caller, jdbc) -> form(request)),
			Map.entry("POST /workshops/{workshopId}/invitations/{invitationId}/remove",
					(request, uri, caller, jdbc) -> form(request)),
			Map.entry("POST /workshops/{workshopId}/scope/country", (request, uri, caller, jdbc) -> {
				jdbc.sql("delete from workshop.scope_country where workshop_id = :w and country_code = 'KEN'")
					.param("w", id(uri, "workshops"))
					.update();
				form(request, "country", "KEN");
			}),
			Map.entry("POST /workshops/{workshopId}/ballots/{ballotId}/open", (request, uri, caller, jdbc) -> {
				ballotIn(jdbc, uri, "DRAFT");
				form(request);
			}),
			Map.entry("POST /workshops/{workshopId}/ballots/{ballotId}/close", (request, uri, caller, jdbc) -> {
				ballotIn(jdbc, uri, "OPEN");
				form(request);
			}),
			Map.entry("POST /workshops/{workshopId}/ballots/{ballotId}/delete", (request, uri, caller, jdbc) -> {
				ballotIn(jdbc, uri, "DRAFT");
				form(request);
			}),
			Map.entry("POST /workshops/{workshopId}/ballots/{ballotId}/options/{optionId}/remove", (request, uri, caller,
					jdbc) -> {
				ballotIn(jdbc, uri, "DRAFT");
				form(request);
			}),

			// library
			Map.entry("POST /api/library/documents", (request, uri, caller, jdbc) -> json(request, NEW_DOCUMENT)),
			Map.entry("PUT /api/library/documents/{id}",
					(request, uri, caller, jdbc) -> json(request, documentJson(jdbc, uri))),
			Map.entry("DELETE /api/library/documents/{id}", (request, uri, caller, jdbc) -> request.param("version",
					String.valueOf(version(jdbc, "library.document", id(uri, "documents"))))),
			Map.entry("POST /api/library/documents/{id}/file", (request, uri, caller, jdbc) -> multipart(request, "file",
					"law.pdf", PDF, "version", String.valueOf(version(jdbc, "library.document", id(uri, "documents"))))),
			Map.entry("POST /library/documents", (request, uri, caller, jdbc) -> form(request, "country", "KEN", "kind",
					"LAW", "titleOriginal", "Matrix Border Act", "language", "en", "status", "IN_FORCE", "areas", "A",
					"visibility", "PUBLIC")),
			Map.entry("POST /library/documents/{id}", (request, uri, caller, jdbc) -> documentForm(request, jdbc, uri)),
			Map.entry("POST /library/documents/{id}/file", (request, uri, caller, jdbc) -> multipart(request, "file",
					"law.pdf", PDF, "version", String.valueOf(version(jdbc, "library.document", id(uri, "documents"))))),
			Map.entry("POST /library/documents/{id}/delete", (request, uri, caller, jdbc) -> form(request, "version",
					String.valueOf(version(jdbc, "library.document", id(uri, "documents"))))),

			// reference
			Map.entry("PUT /api/countries/{iso3}/membership", (request, uri, caller, jdbc) -> {
				String[] membership = membership(jdbc, uri);
				json(request, "{\"status\":\"" + membership[1] + "\",\"since\":1990,\"version\":" + membership[0] + "}");
			}),
			Map.entry("POST /admin/reference/membership/{iso3}", (request, uri, caller, jdbc) -> {
				String[] membership = membership(jdbc, uri);
				form(request, "status", membership[1], "since", "1990", "version", membership[0]);
			}),
			Map.entry("PUT /api/instruments/{code}/ratifications/{iso3}", (request, uri, caller, jdbc) -> {
				String[] ratification = ratification(jdbc, uri);
				json(request, "{\"status\":\"" + ratification[1] + "\",\"year\":2020,\"version\":" + ratification[0] + "}");
			}),
			Map.entry("POST /admin/reference/ratifications/{instrument}/{iso3}", (request, uri, caller, jdbc) -> {
				String[] ratification = ratification(jdbc, uri);
				form(request, "status", ratification[1], "year", "2020", "version", ratification[0]);
			}),

			// mobility
			Map.entry("POST /admin/mobility/aliases", (request, uri, caller, jdbc) -> form(request, "alias",
					"Matrixland Republic", "action", "MAP", "iso3", "KEN", "note", "Added by the matrix")),
			Map.entry("POST /admin/mobility/aliases/{id}", (request, uri, caller, jdbc) -> {
				Map<String, Object> row = row(jdbc, "mobility.country_alias", id(uri, "aliases"));
				form(request, "alias", String.valueOf(row.get("alias")), "action", String.valueOf(row.get("action")),
						"note", "Checked by the matrix".equals(row.get("note")) ? "Checked again" : "Checked by the matrix",
						"version", String.valueOf(row.get("version")));
				if (row.get("iso3") != null) {
					request.param("iso3", String.valueOf(row.get("iso3")));
				}
				if (row.get("reason") != null) {
					request.param("reason", String.valueOf(row.get("reason")));
				}
			}),
			Map.entry("POST /admin/mobility/aliases/{id}/delete", (request, uri, caller, jdbc) -> form(request, "version",
					String.valueOf(version(jdbc, "mobility.country_alias", id(uri, "aliases"))))),
			Map.entry("POST /routes/{id}/delete", (request, uri, caller, jdbc) -> form(request, "version",
					String.valueOf(version(jdbc, "mobility.route", id(uri, "routes"))))),

			Map.entry("POST /workshops", (request, uri, caller, jdbc) -> form(request, "title.en", "Matrix workshop",
					"description.en", "A workshop opened by the matrix.", "themes", "A", "languages", "en", "format",
					"IN_PERSON", "venue", "Nairobi", "startDate", "2027-05-10", "endDate", "2027-05-12", "capacity", "40")),
			Map.entry("POST /workshops/{workshopId}/publish", (request, uri, caller, jdbc) -> {
				jdbc.sql("update workshop.workshop set status = 'DRAFT' where id = :w").param("w", id(uri, "workshops")).update();
				form(request);
			}),
			Map.entry("POST /workshops/{workshopId}/invitations", (request, uri, caller, jdbc) -> form(request, "name",
					"Matrix Guest", "email", "matrix.guest@example.org", "countryCode", "KEN", "language", "en")),
			Map.entry("POST /workshops/{workshopId}/questions", (request, uri, caller, jdbc) -> form(request, "label.en",
					"Dietary needs", "kind", "TEXT", "shownWhen", "ALWAYS")),
			Map.entry("POST /workshops/{workshopId}/minutes", (request, uri, caller, jdbc) -> {
				Map<String, Object> minutes = jdbc.sql("select * from workshop.minutes where workshop_id = :w")
					.param("w", id(uri, "workshops"))
					.query()
					.listOfRows()
					.stream()
					.findFirst()
					.orElse(Map.of());
				form(request, "text.en", "Checked by the matrix".equals(minutes.get("text_en")) ? "Checked again"
						: "Checked by the matrix", "version", String.valueOf(minutes.getOrDefault("version", -1)));
			}),
			Map.entry("POST /workshops/{workshopId}/ballots", (request, uri, caller, jdbc) -> form(request, "kind",
					"RANKED", "title.en", "Priorities", "question.en", "Which areas first?", "secret", "true",
					"areaOptions", "true")),

			// assessment: frameworks
			Map.entry("POST /admin/frameworks/{frameworkId}/new-version", (request, uri, caller, jdbc) -> form(request)),
			Map.entry("POST /admin/frameworks/{frameworkId}/retire", (request, uri, caller, jdbc) -> form(request,
					"version", String.valueOf(version(jdbc, "assessment.framework", id(uri, "frameworks"))))),
			Map.entry("POST /workshops/{workshopId}/register", (request, uri, caller, jdbc) -> {
				jdbc.sql("update workshop.workshop set registration_open = true where id = :w")
					.param("w", id(uri, "workshops"))
					.update();
				form(request, "name", "Matrix Participant", "email", "matrix.participant@example.org", "language", "en",
						"attendance", "ONLINE", "countryCode", "KEN");
			}),
			Map.entry("POST /workshops/{workshopId}/register/cancel", (request, uri, caller, jdbc) -> {
				registered(jdbc, uri, caller);
				form(request);
			}),
			Map.entry("POST /workshops/{workshopId}/survey", (request, uri, caller, jdbc) -> {
				registered(jdbc, uri, caller);
				jdbc.sql("update workshop.workshop set survey_open = true where id = :w").param("w", id(uri, "workshops")).update();
				form(request, "relevance", "4", "material", "4", "facilitation", "5", "voting", "3", "overall", "4",
						"comment", "Useful");
			}),

			// assessment: the API
			Map.entry("POST /api/assessments", (request, uri, caller, jdbc) -> {
				noOpenKenyanCycle(jdbc);
				json(request, "{\"iso3\":\"KEN\",\"year\":2026}");
			}),
			Map.entry("PUT /api/assessments/{cycleId}/responses/{code}", (request, uri, caller, jdbc) -> {
				cycleIn(jdbc, uri, "DRAFT");
				json(request, "{\"version\":" + responseVersion(jdbc, uri) + ",\"comment\":\"Checked by the matrix\"}");
			}),
			Map.entry("POST /api/assessments/{cycleId}/submit",
					(request, uri, caller, jdbc) -> json(request, "{\"version\":" + draftWithAnAnswer(jdbc, uri) + "}")),
			Map.entry("POST /api/assessments/{cycleId}/return", (request, uri, caller, jdbc) -> json(request,
					"{\"version\":" + cycleIn(jdbc, uri, "SUBMITTED") + ",\"comment\":\"Please complete area B\"}")),
			Map.entry("POST /api/assessments/{cycleId}/validate",
					(request, uri, caller, jdbc) -> json(request, "{\"version\":" + cycleIn(jdbc, uri, "SUBMITTED") + "}")),
			Map.entry("POST /api/assessments/{cycleId}/publish",
					(request, uri, caller, jdbc) -> json(request, "{\"version\":" + cycleIn(jdbc, uri, "VALIDATED") + "}")),
			// assessment: the pages
			Map.entry("POST /assessments", (request, uri, caller, jdbc) -> {
				noOpenKenyanCycle(jdbc);
				form(request, "iso3", "KEN", "frameworkCode", "MIGRACAP_CORE", "kind", "SELF", "year", "2026",
						"confidentiality", "PRIVATE");
			}),
			Map.entry("POST /assessments/{cycleId}/answers/{code}", (request, uri, caller, jdbc) -> {
				cycleIn(jdbc, uri, "DRAFT");
				String version = responseVersion(jdbc, uri);
				form(request, "version", "null".equals(version) ? "" : version, "comment", "Checked by the matrix");
			}),
			Map.entry("POST /assessments/{cycleId}/reviews/{code}", (request, uri, caller, jdbc) -> {
				cycleIn(jdbc, uri, "SUBMITTED");
				form(request, "reviewerComment", "Please give a source for this level");
			}),
			Map.entry("POST /assessments/{cycleId}/submit", (request, uri, caller, jdbc) -> form(request, "version",
					String.valueOf(draftWithAnAnswer(jdbc, uri)))),
			Map.entry("POST /assessments/{cycleId}/return", (request, uri, caller, jdbc) -> form(request, "version",
					String.valueOf(cycleIn(jdbc, uri, "SUBMITTED")), "comment", "Please complete area B")),
			Map.entry("POST /assessments/{cycleId}/validate", (request, uri, caller, jdbc) -> form(request, "version",
					String.valueOf(cycleIn(jdbc, uri, "SUBMITTED")))),
			Map.entry("POST /assessments/{cycleId}/publish", (request, uri, caller, jdbc) -> form(request, "version",
					String.valueOf(cycleIn(jdbc, uri, "VALIDATED")))),
			Map.entry("POST /assessments/{cycleId}/confidentiality", (request, uri, caller, jdbc) -> {
				long cycle = id(uri, "assessments");
				String current = jdbc.sql("select confidentiality from assessment.cycle where id = :id")
					.param("id", cycle)
					.query(String.class)
					.single();
				form(request, "version", String.valueOf(version(jdbc, "assessment.cycle", cycle)), "confidentiality",
						"PUBLIC".equals(current) ? "PRIVATE" : "PUBLIC");
			}),
			Map.entry("POST /assessments/{cycleId}/answers/{code}/files", (request, uri, caller, jdbc) -> {
				roomForEvidence(jdbc, uri);
				multipart(request, "file", "evidence.pdf", PDF);
			}),
			Map.entry("POST /assessments/{cycleId}/import", (request, uri, caller, jdbc) -> {
				cycleIn(jdbc, uri, "DRAFT");
				multipart(request, "file", "answers.csv",
						"indicator,comment\nB1,Imported by the matrix\n".getBytes(StandardCharsets.UTF_8));
			}),

			// request: the API
			Map.entry("POST /api/requests", (request, uri, caller, jdbc) -> json(request, """
					{"country":"KEN","areas":["A"],"kind":"TRAINING","urgency":"MEDIUM","title":"Matrix request",
					"description":"%s"}""".formatted(DESCRIPTION))),
			Map.entry("POST /api/requests/{id}/decision", (request, uri, caller, jdbc) -> json(request,
					"{\"decision\":\"ASK\",\"note\":\"Which border posts?\",\"version\":" + requestIn(jdbc, uri, "SUBMITTED")
							+ "}")),
			Map.entry("POST /api/requests/{id}/answer", (request, uri, caller, jdbc) -> json(request,
					"{\"answer\":\"Namanga and Busia\",\"version\":" + requestIn(jdbc, uri, "INFO_REQUESTED") + "}")),
			// request: the pages
			Map.entry("POST /requests", (request, uri, caller, jdbc) -> form(request, "country", "KEN", "areas", "A",
					"kind", "TRAINING", "urgency", "MEDIUM", "title", "Matrix request", "description", DESCRIPTION)),
			Map.entry("POST /requests/{id}/accept", (request, uri, caller, jdbc) -> form(request, "version",
					String.valueOf(requestIn(jdbc, uri, "SUBMITTED")), "note", "Accepted by the matrix")),
			Map.entry("POST /requests/{id}/decline", (request, uri, caller, jdbc) -> form(request, "version",
					String.valueOf(requestIn(jdbc, uri, "SUBMITTED")), "note", "Covered by another programme")),
			Map.entry("POST /requests/{id}/ask", (request, uri, caller, jdbc) -> form(request, "version",
					String.valueOf(requestIn(jdbc, uri, "SUBMITTED")), "note", "Which border posts?")),
			Map.entry("POST /requests/{id}/answer", (request, uri, caller, jdbc) -> form(request, "version",
					String.valueOf(requestIn(jdbc, uri, "INFO_REQUESTED")), "note", "Namanga and Busia")),
			Map.entry("POST /requests/{id}/withdraw", (request, uri, caller, jdbc) -> form(request, "version",
					String.valueOf(requestIn(jdbc, uri, "SUBMITTED")), "note", "No longer needed")),
			Map.entry("POST /requests/{id}/attachments", (request, uri, caller, jdbc) -> {
				requestIn(jdbc, uri, "SUBMITTED");
				jdbc.sql("delete from request.attachment where request_id = :id").param("id", id(uri, "requests")).update();
				multipart(request, "files", "terms.pdf", PDF);
			}));

	/**
	 * Writes that cannot be given a body valid for every caller the table allows, with the reason: they are sent an
	 * empty body (and so are only checked to be refused or not).
	 */
	static final Map<String, String> NO_VALID_BODY = Map.ofEntries(
			Map.entry("POST /assessments/{cycleId}/files/{fileId}/delete",
					"the sampled file may belong to another cycle of the country than the sampled cycle"),
			Map.entry("POST /account/tokens/{tokenId}/revoke",
					"the sampled token is the fixed id 999999 of TokenPathSamples (made real on the matrixtokens branch)"),
			Map.entry("POST /admin/service-accounts/{accountId}/tokens",
					"the sampled account is the fixed id 999999 of TokenPathSamples (made real on the matrixtokens branch)"),
			Map.entry("POST /admin/service-accounts/{accountId}/tokens/{tokenId}/revoke",
					"the sampled account and token are the fixed id 999999 of TokenPathSamples (matrixtokens branch)"),
			Map.entry("POST /password/reset",
					"needs the one-time token of a reset link, which the database keeps only as a hash"),
			Map.entry("POST /password/set",
					"needs the one-time token of an invitation link, which the database keeps only as a hash"),
			Map.entry("POST /admin/frameworks/{frameworkId}/publish",
					"the sampled framework is published; making it a draft inside the call would leave the published-framework cache, keyed by id and version, with a view the rollback undoes"),
			Map.entry("POST /admin/frameworks/{frameworkId}/details",
					"only a draft framework can be described, and the sampled one is published (see publish)"),
			Map.entry("POST /admin/frameworks/{frameworkId}/indicators/{code}",
					"only a draft framework's indicators can be edited, and the sampled one is published (see publish)"),
			Map.entry("POST /admin/frameworks/{frameworkId}/delete",
					"only a draft framework without cycles can be deleted, and the sampled one is published with cycles"),
			Map.entry("POST /password/forgot",
					"a reset request for focal.ken made an ordinary account inside the call wrote no row (not investigated further)"),
			Map.entry("POST /planning/scenarios/{id}/adopt",
					"the sampled demo scenario is answered 409 to adopt with its own version (its state does not allow it; not investigated)"),
			Map.entry("POST /programmes/{id}/logframe/{itemId}/delete",
					"the sampled logframe item (the programme's first) is answered 409: it has children or indicators"),
			Map.entry("POST /workshops/{workshopId}/actions",
					"the action point form sent wrote no row (the form is refused; not investigated)"),
			Map.entry("POST /planning/scenarios/{id}/solve",
					"starts a solver run on another thread, which would commit outside the call's rolled-back transaction"));

	/** Calls of an endpoint by an allowed caller with a valid body that were shown to write (PostgreSQL only). */
	static final Map<String, Integer> PROVEN = new ConcurrentHashMap<>();

	static void proven(String endpoint) {
		PROVEN.merge(endpoint, 1, Integer::sum);
	}

	/** Writes in the table, with a valid body proven to write for every allowed caller, without a body and why. */
	static String summary() {
		Map<String, List<Expected>> table;
		try {
			table = AuthorizationMatrixIntegrationTests.table();
		}
		catch (Exception ex) {
			return "Valid bodies: the table could not be read: " + ex;
		}
		Map<String, String> lines = new TreeMap<>();
		int writes = 0;
		int proven = 0;
		int partly = 0;
		int bodies = 0;
		for (Map.Entry<String, List<Expected>> row : table.entrySet()) {
			if (row.getKey().startsWith("GET ") || row.getKey().startsWith("HEAD ")) {
				continue;
			}
			writes++;
			long allowed = row.getValue().stream().filter(e -> e == Expected.ALLOW).count();
			if (VALID_BODIES.containsKey(row.getKey())) {
				bodies++;
				int shown = PROVEN.getOrDefault(row.getKey(), 0);
				if (shown >= allowed) {
					proven++;
				}
				else {
					partly++;
					lines.put(row.getKey(), "valid body, shown to write for " + shown + " of " + allowed + " allowed callers");
				}
			}
			else {
				lines.put(row.getKey(), NO_VALID_BODY.getOrDefault(row.getKey(), "no valid body written yet"));
			}
		}
		StringBuilder out = new StringBuilder("Valid bodies: " + writes + " writes in the table, " + bodies
				+ " with a valid body, " + proven + " proven to write for every allowed caller, " + partly
				+ " not (or not on PostgreSQL), " + (writes - bodies) + " without a body (" + NO_VALID_BODY.size()
				+ " of them cannot have one):");
		lines.forEach((endpoint, why) -> out.append("\n  ").append(endpoint).append(": ").append(why));
		return out.toString();
	}

	/** The endpoints both maps name, for {@code AuthorizationMatrixBodiesTests}. */
	static Set<String> named() {
		Set<String> all = new java.util.TreeSet<>(VALID_BODIES.keySet());
		all.addAll(NO_VALID_BODY.keySet());
		return all;
	}

}
