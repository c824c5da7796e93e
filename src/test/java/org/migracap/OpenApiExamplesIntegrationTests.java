package org.migracap;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.migracap.AuthorizationMatrixIntegrationTests.Caller;
import org.migracap.AuthorizationMatrixIntegrationTests.Expected;
import org.migracap.identity.domain.AccessTokenService;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.support.PathSamples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: the OpenAPI document describes every JSON request body with an example, and the example is a body the
 * API accepts. For every operation of {@code /v3/api-docs} with a JSON request body: the body's schema (or its media
 * type) has an example; sent as it is, by the first caller the authorisation matrix allows, on sampled ids that
 * exist, it is not refused as malformed or invalid input (no 400) and causes no 5xx. Each call runs in a transaction
 * that is rolled back, so an example that writes leaves nothing behind. A 404/409/422 is allowed: the sampled record
 * may not be in the state the example needs (a cycle that is not submitted cannot be returned).
 */
@MigraCapIntegrationTest
class OpenApiExamplesIntegrationTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	private static final AtomicInteger SENT = new AtomicInteger();

	private static final AtomicInteger ACCEPTED = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccessTokenService tokens;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, String> tokenOf = new LinkedHashMap<>();

	private final List<Long> tokenIds = new ArrayList<>();

	@AfterAll
	static void report() {
		System.out.println("OpenAPI examples: " + SENT.get() + " request-body examples sent, " + ACCEPTED.get()
				+ " answered 2xx/3xx");
	}

	@Test
	void everyJsonRequestBodyHasAnExampleTheApiAccepts() throws Exception {
		JsonNode document = json.readTree(mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		Map<String, List<Expected>> table = AuthorizationMatrixIntegrationTests.table();
		List<PathSamples> samples = AuthorizationMatrixIntegrationTests.samples();
		List<String> missing = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		int withBody = 0;
		try {
			for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
				for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
					JsonNode content = OpenApiFuzzIntegrationTests.resolve(document, entry.getValue().path("requestBody"))
						.path("content");
					JsonNode media = content.path(MediaType.APPLICATION_JSON_VALUE);
					if (media.isMissingNode()) {
						continue;
					}
					withBody++;
					String operation = entry.getKey().toUpperCase() + " " + path.getKey();
					JsonNode example = example(document, media);
					if (example == null) {
						missing.add(operation);
						continue;
					}
					Caller caller = caller(table.get(operation));
					String uri = expand(path.getKey(), caller, samples);
					MockHttpServletResponse response = send(HttpMethod.valueOf(entry.getKey().toUpperCase()), uri,
							caller, json.writeValueAsString(example));
					SENT.incrementAndGet();
					if (response.getStatus() == 400 || response.getStatus() >= 500) {
						refused.add(operation + " as " + caller + " -> " + response.getStatus() + " "
								+ response.getContentAsString());
					}
					else if (response.getStatus() < 400) {
						ACCEPTED.incrementAndGet();
					}
				}
			}
		}
		finally {
			if (!tokenIds.isEmpty()) {
				jdbc.sql("delete from identity.access_token where id in (:ids)").param("ids", tokenIds).update();
			}
		}
		assertThat(withBody).as("operations with a JSON request body").isGreaterThan(10);
		assertThat(missing).as("JSON request bodies without an example in the OpenAPI document").isEmpty();
		assertThat(refused).as("examples the API refuses as bad input").isEmpty();
		assertThat(ACCEPTED.get()).as("examples accepted with 2xx/3xx").isGreaterThan(withBody / 3);
	}

	/**
	 * springdoc names a schema after the simple name of its Java type, so two different types with one simple name
	 * (a request's {@code AnswerBody} and a workshop's) become one schema in {@code /v3/api-docs}: one operation is then
	 * documented with the other's fields and its example is refused. Every type an /api operation reads or answers,
	 * followed through record components and generic arguments, has a schema name (its {@code @Schema(name)}, else its
	 * simple name) no other such type has.
	 */
	@Test
	void noTwoTypesOfTheApiShareASchemaName() {
		Map<String, Set<Class<?>>> bySchemaName = new TreeMap<>();
		Set<Class<?>> seen = new HashSet<>();
		int operations = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlers
			.getHandlerMethods()
			.entrySet()) {
			if (entry.getKey().getPatternValues().stream().noneMatch(p -> p.startsWith("/api/"))) {
				continue;
			}
			operations++;
			HandlerMethod method = entry.getValue();
			collect(ResolvableType.forMethodReturnType(method.getMethod()), seen, bySchemaName);
			for (MethodParameter parameter : method.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(RequestBody.class)) {
					collect(ResolvableType.forMethodParameter(parameter), seen, bySchemaName);
				}
			}
		}
		List<String> shared = bySchemaName.entrySet()
			.stream()
			.filter(e -> e.getValue().size() > 1)
			.map(e -> e.getKey() + ": " + e.getValue().stream().map(Class::getName).sorted().toList())
			.toList();
		assertThat(operations).as("/api operations").isGreaterThan(50);
		assertThat(seen).as("types of the API followed").hasSizeGreaterThan(20);
		assertThat(shared).as("schema names shared by different types of the API").isEmpty();
	}

	private static void collect(ResolvableType type, Set<Class<?>> seen,
			Map<String, Set<Class<?>>> bySchemaName) {
		for (ResolvableType generic : type.getGenerics()) {
			collect(generic, seen, bySchemaName);
		}
		if (type.isArray()) {
			collect(type.getComponentType(), seen, bySchemaName);
		}
		Class<?> raw = type.resolve();
		if (raw == null || !raw.getName().startsWith("org.migracap.") || !seen.add(raw)) {
			return;
		}
		Schema schema = raw.getAnnotation(Schema.class);
		String name = schema != null && !schema.name().isEmpty() ? schema.name() : raw.getSimpleName();
		bySchemaName.computeIfAbsent(name, k -> new HashSet<>()).add(raw);
		if (raw.isRecord()) {
			for (RecordComponent component : raw.getRecordComponents()) {
				collect(ResolvableType.forMethodReturnType(component.getAccessor(), raw), seen,
						bySchemaName);
			}
		}
	}

	/** The example of a media type, or of its schema (following {@code $ref}), parsed when springdoc kept it as text. */
	private @Nullable JsonNode example(JsonNode document, JsonNode media) {
		JsonNode example = media.path("example");
		if (example.isMissingNode()) {
			JsonNode examples = media.path("examples");
			if (examples.isObject() && !examples.isEmpty()) {
				example = OpenApiFuzzIntegrationTests.resolve(document, examples.properties().iterator().next().getValue())
					.path("value");
			}
		}
		if (example.isMissingNode()) {
			example = OpenApiFuzzIntegrationTests.resolve(document, media.path("schema")).path("example");
		}
		if (example.isMissingNode() || example.isNull()) {
			return null;
		}
		return example.isString() ? json.readTree(example.asString()) : example;
	}

	/** The first caller the matrix allows, staff before focal points (whose calls are bound to their country). */
	private static Caller caller(@Nullable List<Expected> row) {
		if (row == null) {
			return Caller.ADMIN;
		}
		for (Caller caller : List.of(Caller.ADMIN, Caller.COORDINATOR, Caller.FOCAL_POINT_OWN_COUNTRY, Caller.FACILITATOR,
				Caller.PARTICIPANT)) {
			if (row.get(caller.ordinal()) == Expected.ALLOW) {
				return caller;
			}
		}
		return Caller.ADMIN;
	}

	private String expand(String pattern, Caller caller, List<PathSamples> samples) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String variable = matcher.group(1);
			String value = samples.stream()
				.map(s -> s.sample(pattern, variable, caller.scope, jdbc))
				.flatMap(Optional::stream)
				.findFirst()
				.orElse("1");
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private MockHttpServletResponse send(HttpMethod method, String uri, Caller caller, String body) {
		String token = token(caller.username == null ? "admin" : caller.username);
		TransactionTemplate template = new TransactionTemplate(transactions);
		return template.execute(status -> {
			status.setRollbackOnly();
			try {
				return mvc.perform(MockMvcRequestBuilders.request(method, URI.create(uri))
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
					.accept(MediaType.APPLICATION_JSON)
					.contentType(MediaType.APPLICATION_JSON)
					.content(body)).andReturn().getResponse();
			}
			catch (Exception ex) {
				throw new IllegalStateException(method + " " + uri + " threw " + ex, ex);
			}
		});
	}

	private String token(String username) {
		return tokenOf.computeIfAbsent(username, name -> {
			long userId = jdbc.sql("select id from identity.user_account where username = :u")
				.param("u", name)
				.query(Long.class)
				.single();
			AccessTokenService.NewToken created = tokens.create(userId, "examples " + System.nanoTime(), 1, false);
			tokenIds.add(created.token().id());
			return created.secret();
		});
	}

}
