package org.migracap;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.migracap.AuthorizationMatrixIntegrationTests.Caller;
import org.migracap.AuthorizationMatrixIntegrationTests.Expected;
import org.migracap.identity.domain.AccessTokenService;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.support.PathSamples;
import org.migracap.support.PathSamples.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, point 2: every operation of the OpenAPI document the running application serves ({@code /v3/api-docs}),
 * called over HTTP with an access token of a caller the authorisation matrix allows (the administrator, and for
 * country-bound operations also Kenya's focal point with Kenyan records), with bad input generated from the
 * operation's parameters and request body schema: wrong types, huge and out-of-range numbers, over-long strings,
 * malformed, empty and {@code {}} bodies, unknown ids and ISO3 codes, path traversal. No endpoint is listed by hand.
 * <p>
 * Each case must answer below 500; a 4xx must be a problem detail ({@code application/problem+json} with
 * {@code type}, {@code title}, {@code status}); and the database must be as before: for every table of the
 * application's schemas, its row count and the sum of its {@code version} column (where it has one) are compared
 * before and after the case (the same query on PostgreSQL and H2). Updates to tables without a version column that
 * leave the row count unchanged are not seen by this check.
 */
@MigraCapIntegrationTest
class OpenApiFuzzIntegrationTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

	/** Requests per token before a fresh one is made, below the per-minute rate limit of a token. */
	private static final int REQUESTS_PER_TOKEN = 400;

	private static final AtomicInteger OPERATIONS = new AtomicInteger();

	private static final AtomicInteger CASES = new AtomicInteger();

	private static final AtomicInteger ACCEPTED_READS = new AtomicInteger();

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final JsonNodeFactory nodes = JsonNodeFactory.instance;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccessTokenService tokens;

	private final Map<String, String> tokenOf = new TreeMap<>();

	private final Map<String, Integer> usesOf = new TreeMap<>();

	private final List<Long> tokenIds = new ArrayList<>();

	private @Nullable String checksumQuery;

	private JsonNode document = JsonNodeFactory.instance.objectNode();

	record Parameter(String name, String in, boolean required, JsonNode schema) {
	}

	record Operation(String method, String path, List<Parameter> parameters, @Nullable JsonNode body,
			@Nullable String bodyType) {

		@Override
		public String toString() {
			return method.toUpperCase() + " " + path;
		}

	}

	/** One bad request: what is changed, and how. */
	record Case(String what, String uri, @Nullable String contentType, @Nullable String body) {
	}

	record Answer(int status, String contentType, String body) {
	}

	@TestFactory
	Stream<DynamicNode> everyOperationAnswersBadInputWithAProblemDetailAndChangesNothing() throws Exception {
		String served = send("GET", "/v3/api-docs", null, null, null).body();
		java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi-fuzzed.json"), served);
		JsonNode document = json.readTree(served);
		this.document = document;
		List<Operation> operations = operations(document);
		Map<String, List<Expected>> table = AuthorizationMatrixIntegrationTests.table();
		List<PathSamples> samples = AuthorizationMatrixIntegrationTests.samples();
		assertThat(operations).as("operations of /v3/api-docs").hasSizeGreaterThan(20);
		List<DynamicNode> tests = new ArrayList<>();
		for (Operation operation : operations) {
			List<Caller> callers = callers(operation, table);
			List<DynamicNode> perCaller = new ArrayList<>();
			for (Caller caller : callers) {
				perCaller.add(DynamicTest.dynamicTest(caller.name(), () -> fuzz(operation, caller, samples)));
			}
			tests.add(DynamicContainer.dynamicContainer(operation.toString(), perCaller));
		}
		tests.add(DynamicTest.dynamicTest("every operation was checked", () -> {
			assertThat(OPERATIONS.get()).as("operations fuzzed").isGreaterThanOrEqualTo(operations.size());
			assertThat(CASES.get()).as("cases checked").isGreaterThanOrEqualTo(operations.size());
		}));
		return tests.stream();
	}

	@AfterAll
	static void report() {
		System.out.println("OpenAPI fuzz: " + OPERATIONS.get() + " operations, " + CASES.get()
				+ " bad-input cases checked (no 5xx, problem details, database unchanged); " + ACCEPTED_READS.get()
				+ " reads answered 2xx/3xx");
	}

	@org.junit.jupiter.api.AfterEach
	void revokeTokens() {
		if (!tokenIds.isEmpty()) {
			jdbc.sql("delete from identity.access_token where id in (:ids)").param("ids", tokenIds).update();
			tokenIds.clear();
			tokenOf.clear();
			usesOf.clear();
		}
	}

	/** The callers a case is sent as: the administrator (or the first role allowed), and Kenya's focal point too when the operation is bound to a country. */
	static List<Caller> callers(Operation operation, Map<String, List<Expected>> table) {
		List<Expected> row = table.get(operation.method().toUpperCase() + " " + operation.path());
		if (row == null) {
			return List.of(Caller.ADMIN);
		}
		List<Caller> callers = new ArrayList<>();
		for (Caller caller : List.of(Caller.ADMIN, Caller.COORDINATOR, Caller.FACILITATOR, Caller.PARTICIPANT)) {
			if (row.get(caller.ordinal()) == Expected.ALLOW) {
				callers.add(caller);
				break;
			}
		}
		boolean countryBound = row.get(Caller.FOCAL_POINT_OTHER_COUNTRY.ordinal()) == Expected.HIDE;
		if (row.get(Caller.FOCAL_POINT_OWN_COUNTRY.ordinal()) == Expected.ALLOW && (countryBound || callers.isEmpty())) {
			callers.add(Caller.FOCAL_POINT_OWN_COUNTRY);
		}
		return callers.isEmpty() ? List.of(Caller.ADMIN) : callers;
	}

	List<Operation> operations(JsonNode document) {
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
				if (!METHODS.contains(entry.getKey())) {
					continue;
				}
				JsonNode op = entry.getValue();
				List<Parameter> parameters = new ArrayList<>();
				for (JsonNode p : op.path("parameters")) {
					JsonNode parameter = resolve(document, p);
					JsonNode schema = resolve(document, parameter.path("schema"));
					if (parameter.path("in").asString().equals("query") && type(schema).equals("object")) {
						// style form, explode true (the default): each property of the object is a query parameter
						for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
							parameters.add(new Parameter(property.getKey(), "query", false,
									resolve(document, property.getValue())));
						}
						continue;
					}
					parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
							parameter.path("required").asBoolean(false), schema));
				}
				JsonNode body = null;
				String bodyType = null;
				JsonNode content = resolve(document, op.path("requestBody")).path("content");
				for (Map.Entry<String, JsonNode> type : content.properties()) {
					bodyType = type.getKey();
					body = type.getValue().path("schema");
					if (bodyType.contains("json")) {
						break;
					}
				}
				operations.add(new Operation(entry.getKey(), path.getKey(), parameters, body, bodyType));
			}
		}
		return operations;
	}

	/** Follows a {@code $ref} to {@code #/components/...}. */
	static JsonNode resolve(JsonNode document, JsonNode node) {
		JsonNode current = node;
		for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
			String ref = current.path("$ref").asString();
			JsonNode target = document;
			for (String part : ref.replaceFirst("^#/", "").split("/")) {
				target = target.path(part);
			}
			current = target;
		}
		return current;
	}

	void fuzz(Operation operation, Caller caller, List<PathSamples> samples) throws Exception {
		OPERATIONS.incrementAndGet();
		JsonNode document = this.document;
		Scope scope = caller.scope;
		Map<String, String> pathValues = new LinkedHashMap<>();
		Matcher variables = VARIABLE.matcher(operation.path());
		while (variables.find()) {
			String variable = variables.group(1);
			pathValues.put(variable, samples.stream()
				.map(s -> s.sample(operation.path(), variable, scope, jdbc))
				.flatMap(Optional::stream)
				.findFirst()
				.orElse("1"));
		}
		Map<String, String> queryValues = new LinkedHashMap<>();
		for (Parameter parameter : operation.parameters()) {
			if (parameter.in().equals("query") && parameter.required()) {
				JsonNode value = plausible(parameter.name(), parameter.schema());
				queryValues.put(parameter.name(), value.isArray() ? (value.isEmpty() ? "" : value.get(0).asString())
						: value.asString());
			}
		}
		List<Case> cases = new ArrayList<>();
		for (Parameter parameter : operation.parameters()) {
			if (parameter.in().equals("path")) {
				for (Map.Entry<String, String> bad : badPathValues(parameter.schema()).entrySet()) {
					Map<String, String> values = new LinkedHashMap<>(pathValues);
					values.put(parameter.name(), bad.getValue());
					cases.add(withBody(operation, document, "path " + parameter.name() + " = " + bad.getKey(),
							uri(operation.path(), values, queryValues)));
				}
			}
			else if (parameter.in().equals("query")) {
				for (Map.Entry<String, String> bad : badQueryValues(parameter.schema()).entrySet()) {
					Map<String, String> values = new LinkedHashMap<>(queryValues);
					values.put(parameter.name(), bad.getValue());
					cases.add(withBody(operation, document, "query " + parameter.name() + " = " + bad.getKey(),
							uri(operation.path(), pathValues, values)));
				}
			}
		}
		String uri = uri(operation.path(), pathValues, queryValues);
		if (operation.body() != null && operation.bodyType() != null && operation.bodyType().contains("json")) {
			JsonNode schema = resolve(document, operation.body());
			JsonNode valid = plausible("body", schema, document, 0);
			cases.add(new Case("malformed JSON", uri, "application/json", "{\"a\": [1, 2"));
			cases.add(new Case("empty body", uri, "application/json", ""));
			cases.add(new Case("{}", uri, "application/json", "{}"));
			cases.add(new Case("[] instead of an object", uri, "application/json", "[]"));
			cases.add(new Case("a string instead of JSON", uri, "text/plain", "hello"));
			if (valid instanceof ObjectNode object) {
				ObjectNode unknown = object.deepCopy();
				unknown.put("fuzzUnknownField", 1);
				cases.add(new Case("a field the body does not have", uri, "application/json",
						json.writeValueAsString(unknown)));
				Set<String> required = new java.util.HashSet<>();
				resolve(document, schema).path("required").forEach(r -> required.add(r.asString()));
				for (Map.Entry<String, JsonNode> property : resolve(document, schema).path("properties").properties()) {
					JsonNode propertySchema = resolve(document, property.getValue());
					for (Map.Entry<String, JsonNode> bad : badValues(property.getKey(), propertySchema,
							required.contains(property.getKey())).entrySet()) {
						ObjectNode copy = object.deepCopy();
						copy.set(property.getKey(), bad.getValue());
						cases.add(new Case("body " + property.getKey() + " = " + bad.getKey(), uri, "application/json",
								json.writeValueAsString(copy)));
					}
				}
			}
			else {
				for (Map.Entry<String, JsonNode> bad : badValues("body", schema, true).entrySet()) {
					cases.add(new Case("body = " + bad.getKey(), uri, "application/json",
							json.writeValueAsString(bad.getValue())));
				}
			}
		}
		else if (operation.bodyType() != null && operation.bodyType().contains("multipart")) {
			cases.add(new Case("empty multipart body", uri, "multipart/form-data; boundary=fuzz", "--fuzz--\r\n"));
			cases.add(new Case("broken multipart body", uri, "multipart/form-data; boundary=fuzz", "--fuzz\r\nxx"));
		}
		List<String> failures = new ArrayList<>();
		// A read is compared once around all its cases (a change is then this operation's), a write around each case.
		boolean read = operation.method().equals("get");
		Map<String, Long> before = read ? checksum() : Map.of();
		for (Case c : cases) {
			check(operation, caller, c, failures, !read);
		}
		if (read) {
			compare(before, checksum(), caller + " " + operation + " [all " + cases.size() + " cases]: ", failures);
		}
		assertThat(failures).as(operation + " as " + caller).isEmpty();
	}

	private Case withBody(Operation operation, JsonNode document, String what, String uri) {
		if (operation.body() == null || operation.bodyType() == null || !operation.bodyType().contains("json")) {
			return new Case(what, uri, null, null);
		}
		JsonNode valid = plausible("body", resolve(document, operation.body()), document, 0);
		return new Case(what, uri, "application/json", json.writeValueAsString(valid));
	}

	private void check(Operation operation, Caller caller, Case c, List<String> failures, boolean compare) {
		CASES.incrementAndGet();
		String label = caller + " " + operation.method().toUpperCase() + " " + abbreviate(c.uri()) + " [" + c.what()
				+ "]: ";
		try {
			String token = token(caller);
			Map<String, Long> before = compare ? checksum() : Map.of();
			Answer answer = send(operation.method().toUpperCase(), c.uri(), token, c.contentType(), c.body());
			Map<String, Long> after = compare ? checksum() : Map.of();
			if (answer.status() >= 500) {
				failures.add(label + answer.status() + " " + abbreviate(answer.body()));
			}
			else if (answer.status() >= 400) {
				String problem = problemOf(answer);
				if (problem != null) {
					failures.add(label + answer.status() + " without a problem detail: " + problem);
				}
			}
			else if (operation.method().equals("get")) {
				ACCEPTED_READS.incrementAndGet();
			}
			compare(before, after, label + answer.status(), failures);
		}
		catch (IOException | InterruptedException ex) {
			failures.add(label + "no answer: " + ex);
		}
	}

	private static void compare(Map<String, Long> before, Map<String, Long> after, String label, List<String> failures) {
		if (!before.equals(after)) {
			List<String> changed = before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).toList();
			failures.add(label + " changed the database: " + changed);
		}
	}

	/** What is wrong with a 4xx answer as a problem detail, or null. */
	private @Nullable String problemOf(Answer answer) {
		if (!answer.contentType().startsWith("application/problem+json")) {
			return "content type '" + answer.contentType() + "' " + abbreviate(answer.body());
		}
		JsonNode problem = json.readTree(answer.body());
		if (!problem.hasNonNull("type") || !problem.hasNonNull("title") || problem.path("status").asInt() != answer.status()) {
			return abbreviate(answer.body());
		}
		return null;
	}

	private static String abbreviate(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + " chars)" : text;
	}

	// --- generated values ---------------------------------------------------------------------------------------

	private static String type(JsonNode schema) {
		if (schema.has("type")) {
			JsonNode type = schema.path("type");
			if (type.isArray()) {
				for (JsonNode t : type) {
					if (!t.asString().equals("null")) {
						return t.asString();
					}
				}
			}
			return type.asString();
		}
		if (schema.has("properties")) {
			return "object";
		}
		return "string";
	}

	/** A value that should be accepted, so that the one bad value of a case is what the server has to refuse. */
	private JsonNode plausible(String name, JsonNode schema) {
		return plausible(name, schema, nodes.objectNode(), 0);
	}

	private JsonNode plausible(String name, JsonNode schema, JsonNode document, int depth) {
		JsonNode resolved = resolve(document, schema);
		if (resolved.has("enum") && !resolved.path("enum").isEmpty()) {
			return resolved.path("enum").get(0);
		}
		String lower = name.toLowerCase();
		return switch (type(resolved)) {
			case "integer" -> lower.equals("version") ? nodes.numberNode(0)
					: lower.contains("year") ? nodes.numberNode(2030) : nodes.numberNode(1);
			case "number" -> nodes.numberNode(1);
			case "boolean" -> nodes.booleanNode(false);
			case "array" -> {
				ArrayNode array = nodes.arrayNode();
				yield array;
			}
			case "object" -> {
				ObjectNode object = nodes.objectNode();
				if (depth < 3) {
					for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
						object.set(property.getKey(), plausible(property.getKey(), property.getValue(), document, depth + 1));
					}
				}
				yield object;
			}
			default -> switch (resolved.path("format").asString("")) {
				case "date" -> nodes.stringNode("2026-01-15");
				case "date-time" -> nodes.stringNode("2026-01-15T10:00:00Z");
				case "email" -> nodes.stringNode("fuzz@example.org");
				case "uuid" -> nodes.stringNode(UUID.randomUUID().toString());
				default -> nodes.stringNode(lower.contains("iso3") || lower.contains("country") ? "KEN"
						: lower.contains("email") ? "fuzz@example.org" : lower.contains("language") ? "en" : "fuzz");
			};
		};
	}

	/**
	 * Bad values of a body property, by what its schema says it is. Only values no server should accept: null only
	 * where the property is required, strings longer than the documented maximum (5,000 and 100,000 characters where
	 * no maximum is documented, which a stored field must not accept either), an empty string where a minimum
	 * length or a required value is documented, "ZZZ" where a code is expected.
	 */
	private Map<String, JsonNode> badValues(String name, JsonNode schema, boolean required) {
		Map<String, JsonNode> values = new LinkedHashMap<>();
		String type = type(schema);
		ObjectNode object = nodes.objectNode();
		object.put("a", 1);
		if (required) {
			values.put("null", nodes.nullNode());
		}
		values.put("an object", object);
		if (!type.equals("array")) {
			values.put("an array", nodes.arrayNode().add("x"));
		}
		switch (type) {
			case "integer", "number" -> {
				values.put("a string", nodes.stringNode("abc"));
				values.put("\"NaN\"", nodes.stringNode("NaN"));
				values.put("\"Infinity\"", nodes.stringNode("Infinity"));
				values.put("1e15", nodes.numberNode(1e15));
				values.put("1e20", nodes.numberNode(1e20));
				values.put("1e308", nodes.numberNode(1e308));
				values.put("-1e308", nodes.numberNode(-1e308));
				values.put("2^31", nodes.numberNode(2147483648L));
				values.put("beyond long", nodes.numberNode(new java.math.BigInteger("123456789012345678901234567890")));
				if (type.equals("integer")) {
					values.put("1.5 for an integer", nodes.numberNode(new java.math.BigDecimal("1.5")));
				}
				else {
					values.put("1.00001", nodes.numberNode(new java.math.BigDecimal("1.00001")));
				}
			}
			case "boolean" -> values.put("a string", nodes.stringNode("maybe"));
			case "array" -> {
				values.put("a string", nodes.stringNode("x"));
				ArrayNode many = nodes.arrayNode();
				for (int i = 0; i < 2000; i++) {
					many.add("x".repeat(60));
				}
				values.put("2,000 long items", many);
				JsonNode items = schema.path("items");
				if (type(items).equals("string") && !items.has("enum")) {
					values.put("an item of 100,000 characters", nodes.arrayNode().add("z".repeat(100_000)));
				}
			}
			case "object" -> values.put("a string", nodes.stringNode("x"));
			default -> {
				// (a number where text is expected is read as its text, as Jackson does by default: not a bad value)
				int max = schema.path("maxLength").asInt(0);
				if (max > 0 && max < 100_000) {
					values.put("maxLength + 1 characters", nodes.stringNode("x".repeat(max + 1)));
				}
				else if (max == 0) {
					values.put("5,000 characters", nodes.stringNode("x".repeat(5000)));
				}
				values.put("100,000 characters", nodes.stringNode("y".repeat(100_000)));
				if (required || schema.path("minLength").asInt(0) > 0) {
					values.put("an empty string", nodes.stringNode(""));
				}
				String lower = name.toLowerCase();
				if (schema.has("enum") || schema.has("format") || schema.has("pattern") || lower.contains("iso3")
						|| lower.contains("country") || lower.contains("language")) {
					values.put("ZZZ", nodes.stringNode("ZZZ!"));
				}
			}
		}
		return values;
	}

	private static Map<String, String> badPathValues(JsonNode schema) {
		Map<String, String> values = new LinkedHashMap<>();
		String type = type(schema);
		if (type.equals("integer") || type.equals("number")) {
			values.put("unknown id", "987654321");
			values.put("0", "0");
			values.put("-1", "-1");
			values.put("a word", "abc");
			values.put("1.5", "1.5");
			values.put("1e20", "1e20");
			values.put("beyond long", "123456789012345678901234567890");
		}
		else {
			values.put("ZZZ", "ZZZ");
			values.put("path traversal", "..%2F..%2Fetc%2Fpasswd");
			values.put("dots", "..");
			values.put("encoded dots", "%2e%2e");
			values.put("300 characters", "x".repeat(300));
			values.put("a number", "987654321");
			values.put("quote", "%27%20or%20%271%27%3D%271");
		}
		return values;
	}

	private static Map<String, String> badQueryValues(JsonNode schema) {
		Map<String, String> values = new LinkedHashMap<>();
		String type = type(schema);
		values.put("an empty value", "");
		values.put("5,000 characters", "x".repeat(5000));
		values.put("path traversal", "../../etc/passwd");
		values.put("ZZZ", "ZZZ");
		if (!type.equals("string") || schema.has("enum")) {
			values.put("a word", "abc");
		}
		values.put("1e20", "1e20");
		values.put("-1", "-1");
		values.put("beyond long", "123456789012345678901234567890");
		values.put("NaN", "NaN");
		values.put("a huge page size", "2147483647");
		return values;
	}

	private static String uri(String pattern, Map<String, String> pathValues, Map<String, String> queryValues) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(pathValues.getOrDefault(matcher.group(1), "1")));
		}
		matcher.appendTail(out);
		StringBuilder query = new StringBuilder();
		for (Map.Entry<String, String> entry : queryValues.entrySet()) {
			query.append(query.isEmpty() ? '?' : '&')
				.append(URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
		}
		return out + query.toString();
	}

	// --- HTTP, tokens and the database checksum ---------------------------------------------------------------

	private Answer send(String method, String uri, @Nullable String token, @Nullable String contentType,
			@Nullable String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + uri))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json, application/problem+json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.headers().firstValue("content-type").orElse(""),
				response.body());
	}

	private String token(Caller caller) {
		String username = caller.username == null ? "admin" : caller.username;
		int uses = usesOf.merge(username, 1, Integer::sum);
		String token = tokenOf.get(username);
		if (token == null || uses > REQUESTS_PER_TOKEN) {
			long userId = jdbc.sql("select id from identity.user_account where username = :u")
				.param("u", username)
				.query(Long.class)
				.single();
			AccessTokenService.NewToken created = tokens.create(userId, "fuzz " + UUID.randomUUID(), 1, false);
			tokenIds.add(created.token().id());
			token = created.secret();
			tokenOf.put(username, token);
			usesOf.put(username, 1);
		}
		return token;
	}

	/** Row count and sum of versions of every table of the application, by table. */
	private Map<String, Long> checksum() {
		if (checksumQuery == null) {
			List<String> tables = jdbc.sql("""
					select table_schema || '.' || table_name from information_schema.tables
					where table_type in ('BASE TABLE', 'TABLE')
					and lower(table_schema) not in ('information_schema', 'pg_catalog', 'public')
					order by 1""").query(String.class).list();
			Set<String> versioned = Set.copyOf(jdbc.sql("""
					select table_schema || '.' || table_name from information_schema.columns
					where lower(column_name) = 'version' and lower(data_type) in ('bigint', 'integer', 'smallint')""").query(String.class).list());
			StringBuilder query = new StringBuilder();
			for (String table : tables) {
				if (table.toLowerCase().equals("identity.access_token")) {
					continue; // the tokens this test makes and uses
				}
				query.append(query.isEmpty() ? "" : " union all ")
					.append("select '")
					.append(table)
					.append("', count(*) * 1000003 + coalesce(sum(")
					.append(versioned.contains(table) ? "version" : "0")
					.append("), 0) from ")
					.append(table);
			}
			checksumQuery = query.toString();
		}
		Map<String, Long> sums = new TreeMap<>();
		jdbc.sql(checksumQuery).query((rs, n) -> sums.put(rs.getString(1), rs.getLong(2))).list();
		return sums;
	}

}
