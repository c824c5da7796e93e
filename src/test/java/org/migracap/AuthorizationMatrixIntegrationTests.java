package org.migracap;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.migracap.AuthorizationMatrixBodies.Body;
import org.migracap.platform.Access;
import org.migracap.platform.Role;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.support.PathSamples;
import org.migracap.identity.TokenPathSamples.Kind;
import org.migracap.support.PathSamples.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The authorisation matrix: every endpoint the application maps, called by every role, and by a focal point for its
 * own country and for another country. The expected answer of each cell is written down in
 * {@code src/test/resources/authorization-matrix.csv}, not read from the endpoint's {@link Access} rule: changing a
 * rule changes behaviour, and the table must then be changed on purpose. An endpoint the table does not list fails
 * the test, and so does a row for an endpoint that is gone. A refused call must leave the database as it was (on
 * PostgreSQL: no row inserted, updated or deleted by the call's transaction, from {@code pg_stat_xact_user_tables};
 * on H2: the same row counts). An allowed read must answer 2xx or 3xx (so the sampled ids exist). Each call runs in a
 * transaction that is rolled back, so that writes leave nothing behind.
 * <p>
 * Every API endpoint is also called with {@code Authorization: Bearer} access tokens instead of a session
 * ({@link TokenCaller}): a valid token of each role's user, and of a service account bound to the focal-point role
 * of Kenya, must get the same cell of the table as the session (without a CSRF token); a read-only token of the
 * coordinator reads as the coordinator and gets 403 on every write; a revoked and an expired token get a 401 problem
 * detail everywhere, also where anonymous callers are let in. Every page is called with the administrator's token and
 * must answer as to an anonymous caller: pages take no tokens. Refused token calls must write nothing either (the
 * token check's own update of the token's last use is not counted). The tokens are committed before the run and
 * deleted after it; their rate-limit counts are kept in the token rows, which each call's rollback restores, so the
 * limit does not trip here (its 429 is tested in {@code AccessTokenIntegrationTests}).
 */
@MigraCapIntegrationTest
class AuthorizationMatrixIntegrationTests {

	enum Caller {

		ANONYMOUS(null, null, Scope.OWN), ADMIN("admin", Role.ADMIN, Scope.OWN),
		COORDINATOR("coordinator", Role.COORDINATOR, Scope.OWN),
		FOCAL_POINT_OWN_COUNTRY(PathSamples.OWN_FOCAL_POINT, Role.FOCAL_POINT, Scope.OWN),
		FOCAL_POINT_OTHER_COUNTRY(PathSamples.OWN_FOCAL_POINT, Role.FOCAL_POINT, Scope.OTHER),
		FACILITATOR("facilitator", Role.FACILITATOR, Scope.OWN), PARTICIPANT("participant", Role.PARTICIPANT, Scope.OWN);

		final @Nullable String username;

		final @Nullable Role role;

		final Scope scope;

		Caller(@Nullable String username, @Nullable Role role, Scope scope) {
			this.username = username;
			this.role = role;
			this.scope = scope;
		}

	}

	/**
	 * Callers that present {@code Authorization: Bearer <token>} instead of a session. A valid token is authorised
	 * exactly like its user's session, so its expected answer is the table's cell of {@link #column}; a read-only token
	 * reads as its user and is refused (403) on every write; a revoked or an expired token gets 401 on every API
	 * endpoint, even on those open to anonymous callers (a bad credential is not silently ignored). Pages do not accept
	 * tokens: {@link #PAGE_WITH_ADMIN_TOKEN} calls every page with the administrator's token and must get the anonymous
	 * answer. The tokens are committed by {@link org.migracap.identity.TokenPathSamples} before the run.
	 */
	enum TokenCaller {

		ADMIN("admin", Kind.ACTIVE, Caller.ADMIN), COORDINATOR("coordinator", Kind.ACTIVE, Caller.COORDINATOR),
		FOCAL_POINT_OWN_COUNTRY(PathSamples.OWN_FOCAL_POINT, Kind.ACTIVE, Caller.FOCAL_POINT_OWN_COUNTRY),
		FOCAL_POINT_OTHER_COUNTRY(PathSamples.OWN_FOCAL_POINT, Kind.ACTIVE, Caller.FOCAL_POINT_OTHER_COUNTRY),
		FACILITATOR("facilitator", Kind.ACTIVE, Caller.FACILITATOR),
		PARTICIPANT("participant", Kind.ACTIVE, Caller.PARTICIPANT),
		/** a service account bound to the focal-point role of KEN */
		SERVICE_ACCOUNT_OWN_COUNTRY(org.migracap.identity.TokenPathSamples.SERVICE_ACCOUNT, Kind.ACTIVE,
				Caller.FOCAL_POINT_OWN_COUNTRY),
		SERVICE_ACCOUNT_OTHER_COUNTRY(org.migracap.identity.TokenPathSamples.SERVICE_ACCOUNT, Kind.ACTIVE,
				Caller.FOCAL_POINT_OTHER_COUNTRY),
		READ_ONLY_COORDINATOR("coordinator", Kind.READ_ONLY, Caller.COORDINATOR),
		REVOKED("admin", Kind.REVOKED, Caller.ADMIN), EXPIRED("admin", Kind.EXPIRED, Caller.ADMIN),
		/** the administrator's valid token sent to a page (non-API) URL: answered as anonymous */
		PAGE_WITH_ADMIN_TOKEN("admin", Kind.ACTIVE, Caller.ANONYMOUS);

		final String username;

		final Kind kind;

		/** the table column whose answer applies, and the caller whose valid body is sent */
		final Caller column;

		TokenCaller(String username, Kind kind, Caller column) {
			this.username = username;
			this.kind = kind;
			this.column = column;
		}

		boolean calls(Endpoint endpoint) {
			return endpoint.api() != (this == PAGE_WITH_ADMIN_TOKEN);
		}

		String secret() {
			return org.migracap.identity.TokenPathSamples.secret(username, kind);
		}

	}

	record Endpoint(HttpMethod method, String pattern, HandlerMethod handler, @Nullable Access access,
			Set<MediaType> consumes) {

		boolean multipart() {
			return consumes.stream().anyMatch(MediaType.MULTIPART_FORM_DATA::includes);
		}

		boolean api() {
			return pattern.startsWith("/api/");
		}

		@Override
		public String toString() {
			return method + " " + pattern + " (" + handler.getShortLogMessage() + ")";
		}

	}

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getName().startsWith("org.migracap.")) {
				continue;
			}
			Access access = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Access.class);
			if (access == null) {
				access = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Access.class);
			}
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			Collection<RequestMethod> effective = methods.isEmpty() ? List.of(RequestMethod.GET) : methods;
			for (String pattern : entry.getKey().getPatternValues()) {
				for (RequestMethod method : effective) {
					endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern, handler, access,
							entry.getKey().getConsumesCondition().getConsumableMediaTypes()));
				}
			}
		}
		endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(e -> e.method().name()));
		return endpoints;
	}

	/** The expected answer of one cell of the table. */
	enum Expected {

		/** answered, not refused: a read with 2xx/3xx, a write with anything but 401/403/404/5xx */
		ALLOW("allow"),
		/** asked to sign in: 401 on the API, a redirect to the login page elsewhere */
		SIGN_IN("sign-in"),
		/** 403 */
		FORBID("forbid"),
		/** 403 or 404: another country's object is refused or not shown to exist */
		HIDE("hide");

		final String code;

		Expected(String code) {
			this.code = code;
		}

		static Expected of(String code) {
			return Stream.of(values())
				.filter(e -> e.code.equals(code.trim()))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("unknown expectation " + code));
		}

	}

	static final String TABLE = "authorization-matrix.csv";

	/** The table's rows by {@code "METHOD pattern"}, each with one answer per {@link Caller} in declaration order. */
	static Map<String, List<Expected>> table() throws Exception {
		Map<String, List<Expected>> rows = new java.util.LinkedHashMap<>();
		try (java.io.InputStream in = new org.springframework.core.io.ClassPathResource(TABLE).getInputStream()) {
			String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R");
			for (String line : lines) {
				if (line.isBlank() || line.startsWith("#") || line.startsWith("method,")) {
					continue;
				}
				String[] cells = line.split(",");
				assertThat(cells).as(line).hasSize(2 + Caller.values().length);
				List<Expected> answers = Stream.of(cells).skip(2).map(Expected::of).toList();
				assertThat(rows.put(cells[0] + " " + cells[1], answers)).as("row listed twice: " + line).isNull();
			}
		}
		return rows;
	}

	@Test
	void theTableListsEveryEndpointAndNoOther() throws Exception {
		Map<String, List<Expected>> table = table();
		List<Endpoint> endpoints = endpoints();
		Set<String> mapped = new java.util.TreeSet<>();
		List<String> unlisted = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			String key = endpoint.method() + " " + endpoint.pattern();
			mapped.add(key);
			if (!table.containsKey(key) && !unlisted.contains(proposal(endpoint))) {
				unlisted.add(proposal(endpoint));
			}
		}
		if (!unlisted.isEmpty()) {
			java.nio.file.Files.write(java.nio.file.Path.of("target", "authorization-matrix.proposed.csv"), unlisted);
		}
		List<String> gone = table.keySet().stream().filter(key -> !mapped.contains(key)).toList();
		assertThat(unlisted).as("endpoints missing from %s; a proposal from their @Access rule is given: check it "
				+ "against the roles of DESIGN.md before adding it", TABLE).isEmpty();
		assertThat(gone).as("rows of %s for endpoints that no longer exist", TABLE).isEmpty();
		assertThat(table).hasSizeGreaterThan(100);
	}

	/** A row for an endpoint the table lacks, from its annotation: a starting point for a reviewer, never the oracle. */
	private static String proposal(Endpoint endpoint) {
		StringBuilder row = new StringBuilder(endpoint.method() + "," + endpoint.pattern());
		for (Caller caller : Caller.values()) {
			row.append(',').append(endpoint.access() == null ? "?" : proposed(endpoint.access(), caller).code);
		}
		return row.toString();
	}

	private static Expected proposed(Access access, Caller caller) {
		if (access.anonymous()) {
			return Expected.ALLOW;
		}
		if (caller.role == null) {
			return Expected.SIGN_IN;
		}
		Set<Role> allowed = access.value().length == 0 ? EnumSet.allOf(Role.class) : Set.of(access.value());
		if (!allowed.contains(caller.role)) {
			return Expected.FORBID;
		}
		if (caller == Caller.FOCAL_POINT_OTHER_COUNTRY && (!access.country().isEmpty() || access.ownCountry())) {
			return Expected.HIDE;
		}
		return Expected.ALLOW;
	}

	@Test
	void everyEndpointDeclaresWhoMayCallIt() {
		List<String> missing = endpoints().stream().filter(e -> e.access() == null).map(Endpoint::toString).toList();
		assertThat(missing).as("endpoints without an @Access rule").isEmpty();
		assertThat(endpoints()).hasSizeGreaterThan(20);
	}

	@TestFactory
	Stream<DynamicTest> everyRoleGetsTheAnswerTheTableGives() throws Exception {
		List<PathSamples> samples = samples();
		Map<String, List<Expected>> table = table();
		return endpoints().stream()
			.filter(e -> table.containsKey(e.method() + " " + e.pattern()))
			.map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(),
					() -> check(endpoint, table.get(endpoint.method() + " " + endpoint.pattern()), samples)));
	}

	/** Calls checked, and refused writes whose database state was compared, over the whole run. */
	static final java.util.concurrent.atomic.AtomicInteger CHECKED = new java.util.concurrent.atomic.AtomicInteger();

	static final java.util.concurrent.atomic.AtomicInteger REFUSED_WRITES_COMPARED = new java.util.concurrent.atomic.AtomicInteger();

	/** Calls checked and refused writes compared, by {@code "session <caller>"} or {@code "token <caller>"}. */
	static final Map<String, int[]> BY_CALLER = new java.util.concurrent.ConcurrentSkipListMap<>();

	/** Commits the rows the samples name (tokens, a service account, outgoing mail) before the matrix runs. */
	@org.junit.jupiter.api.BeforeAll
	static void prepareSamples(@Autowired org.springframework.context.ApplicationContext context) {
		samples().forEach(s -> s.prepare(context));
	}

	@org.junit.jupiter.api.AfterAll
	static void report(@Autowired org.springframework.context.ApplicationContext context) {
		samples().forEach(s -> s.cleanUp(context));
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		System.out.println("Authorisation matrix: " + CHECKED.get() + " calls checked against " + TABLE + ", "
				+ REFUSED_WRITES_COMPARED.get() + " refused writes shown to change nothing, " + ALLOWED_WRITES_PROVEN.get()
				+ " allowed writes with a valid body shown to write");
		System.out.println(AuthorizationMatrixBodies.summary());
		for (String kind : List.of("session", "token")) {
			Map<String, int[]> of = new java.util.TreeMap<>(BY_CALLER);
			of.keySet().removeIf(key -> !key.startsWith(kind + " "));
			System.out.println("  with " + kind + "s: " + of.values().stream().mapToInt(c -> c[0]).sum()
					+ " calls checked, " + of.values().stream().mapToInt(c -> c[1]).sum() + " refused writes compared");
			of.forEach((key, counts) -> System.out.println("    " + key + ": " + counts[0] + " calls, " + counts[1]
					+ " refused writes compared"));
		}
		assertThat(org.migracap.identity.TokenPathSamples.remaining(jdbc)).as("matrix tokens left behind").isZero();
		assertThat(org.migracap.mail.MailPathSamples.remaining(jdbc)).as("matrix sample mail left behind").isZero();
	}

	private void check(Endpoint endpoint, List<Expected> row, List<PathSamples> samples) throws Exception {
		List<String> failures = new ArrayList<>();
		for (Caller caller : Caller.values()) {
			String uri = expand(endpoint, caller.scope, caller.username, samples);
			Outcome outcome = call(endpoint, uri, caller, null);
			judge(endpoint, uri, "session " + caller, row.get(caller.ordinal()), outcome, failures);
		}
		boolean read = endpoint.method() == HttpMethod.GET || endpoint.method() == HttpMethod.HEAD;
		for (TokenCaller token : TokenCaller.values()) {
			if (!token.calls(endpoint)) {
				continue;
			}
			String uri = expand(endpoint, token.column.scope, token.username, samples);
			Outcome outcome = call(endpoint, uri, token.column, token);
			String who = "token " + token;
			if (token.kind == Kind.ACTIVE || (token.kind == Kind.READ_ONLY && read)) {
				judge(endpoint, uri, who, row.get(token.column.ordinal()), outcome, failures);
			}
			else if (token.kind == Kind.READ_ONLY) {
				refusedByToken(endpoint, uri, who, outcome, 403, "insufficient_scope", failures);
			}
			else {
				refusedByToken(endpoint, uri, who, outcome, 401, "invalid_token", failures);
			}
		}
		assertThat(failures).as(endpoint.toString()).isEmpty();
	}

	/** Checks one answer against the table's cell {@code expected}. */
	private void judge(Endpoint endpoint, String uri, String who, Expected expected, Outcome outcome,
			List<String> failures) {
		boolean read = endpoint.method() == HttpMethod.GET || endpoint.method() == HttpMethod.HEAD;
		int status = outcome.status();
		String location = outcome.location();
		boolean signInAsked = status == 401 || (status == 302 && location.contains("/login"));
		boolean ok = switch (expected) {
			case ALLOW -> SAMPLES_PENDING.contains(endpoint.method() + " " + endpoint.pattern())
					? status < 500 && status != 401 && status != 403 && !signInAsked
					: read ? status >= 200 && status < 400 && !signInAsked
					: status < 500 && status != 401 && status != 403 && status != 404 && !signInAsked;
			case SIGN_IN -> endpoint.api() ? status == 401 : signInAsked;
			case FORBID -> status == 403;
			case HIDE -> status == 403 || status == 404;
		};
		Body body = AuthorizationMatrixBodies.VALID_BODIES.get(endpoint.method() + " " + endpoint.pattern());
		if (expected == Expected.ALLOW && body != null) {
			if (status < 200 || status >= 400 || signInAsked) {
				ok = false;
			}
			else if (postgres() && outcome.writes() == 0) {
				failures.add(who + " " + endpoint.method() + " " + uri + ": allowed with a valid body, but wrote nothing");
			}
			else if (postgres()) {
				ALLOWED_WRITES_PROVEN.incrementAndGet();
				AuthorizationMatrixBodies.proven(endpoint.method() + " " + endpoint.pattern());
			}
		}
		boolean comparedRefusal = false;
		if (expected != Expected.ALLOW && outcome.writes() != 0) {
			ok = false;
			failures.add(who + " " + endpoint.method() + " " + uri + ": refused, but wrote " + outcome.writes()
					+ " row(s)");
		}
		else if (expected != Expected.ALLOW && !read) {
			comparedRefusal = true;
		}
		count(who, comparedRefusal);
		if (!ok) {
			failures.add(who + " " + endpoint.method() + " " + uri + ": expected " + expected.code + " but got "
					+ status + (location.isEmpty() ? "" : " -> " + location));
		}
	}

	/** A token refused by the filter itself: the status, a problem detail naming the error, and nothing written. */
	private void refusedByToken(Endpoint endpoint, String uri, String who, Outcome outcome, int expected, String error,
			List<String> failures) {
		boolean read = endpoint.method() == HttpMethod.GET || endpoint.method() == HttpMethod.HEAD;
		if (outcome.status() != expected || !outcome.contentType().startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
				|| !outcome.wwwAuthenticate().contains(error)) {
			failures.add(who + " " + endpoint.method() + " " + uri + ": expected a " + expected + " problem detail ("
					+ error + ") but got " + outcome.status() + " " + outcome.contentType() + " ["
					+ outcome.wwwAuthenticate() + "]");
		}
		if (outcome.writes() != 0) {
			failures.add(who + " " + endpoint.method() + " " + uri + ": refused, but wrote " + outcome.writes()
					+ " row(s)");
		}
		count(who, !read && outcome.writes() == 0);
	}

	private static void count(String who, boolean refusedWriteCompared) {
		CHECKED.incrementAndGet();
		if (refusedWriteCompared) {
			REFUSED_WRITES_COMPARED.incrementAndGet();
		}
		int[] counts = BY_CALLER.computeIfAbsent(who, key -> new int[2]);
		synchronized (counts) {
			counts[0]++;
			counts[1] += refusedWriteCompared ? 1 : 0;
		}
	}

	record Outcome(int status, String location, long writes, String contentType, String wwwAuthenticate) {
	}

	static final java.util.concurrent.atomic.AtomicInteger ALLOWED_WRITES_PROVEN = new java.util.concurrent.atomic.AtomicInteger();

	/** Rows the current transaction has inserted, updated or deleted so far (PostgreSQL), or all rows (H2). */
	private long writeCounter() {
		if (postgres()) {
			return jdbc.sql("""
					select coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) from pg_stat_xact_user_tables""")
				.query(Long.class)
				.single();
		}
		return jdbc.sql(rowCountQuery()).query(Long.class).single();
	}

	private @Nullable Boolean postgres;

	private @Nullable String rowCountQuery;

	@Autowired
	javax.sql.DataSource dataSource;

	@jakarta.persistence.PersistenceContext
	jakarta.persistence.EntityManager entityManager;

	/**
	 * Calls whose allowed answer cannot yet be 2xx/3xx because the matrix sends no query parameter and asks for JSON or
	 * HTML: for these an allowed call is only checked not to be refused (not 401/403, no 5xx). Every id the matrix
	 * samples exists (tokens, service accounts, outgoing mail, evidence files, programme and agreement documents are
	 * committed by the modules' {@link PathSamples#prepare} before the run); what remains is each with its reason.
	 */
	static final Set<String> SAMPLES_PENDING = Set.of(
			// required query parameters the matrix does not send (countries, area, country, from/to revisions, iso3)
			"GET /api/cooperation/common-ground", "GET /cooperation/common-ground/export", "GET /api/library/compare",
			"GET /api/library/peers", "GET /workshops/{workshopId}/minutes/diff", "GET /corridors/country",
			// a write whose only parameter names a data source: with none, "unknown source" (404 by design)
			"POST /admin/mobility/data/delete",
			// the servlet container's error page: answers the status of the error it reports, none here
			"GET /error",
			// media types: JSON and PDF answers asked for as HTML (406), XML answers asked for as JSON (400 / 406); the
			// geo, report and IATI tests fetch them with their own media type
			"GET /geo/world.json", "GET /workshops/{workshopId}/report.pdf", "GET /api/programmes/iati.xml",
			"GET /api/programmes/{id}/iati.xml",
			// results exist only once a ballot is closed (409 before); the sampled demo ballot is open
			"GET /api/workshops/{workshopId}/ballots/{ballotId}/results");

	private boolean postgres() {
		if (postgres == null) {
			try (java.sql.Connection connection = dataSource.getConnection()) {
				postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
			}
			catch (java.sql.SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return postgres;
	}

	/**
	 * On H2 (no per-transaction statistics) the sum of the row counts of every table, but for the HTTP sessions: a
	 * refused page call that asks to sign in keeps the page in the visitor's session, which the session repository
	 * writes in its own transaction, and which is no record of the product.
	 */
	private String rowCountQuery() {
		if (rowCountQuery == null) {
			List<String> tables = jdbc.sql("""
					select table_schema || '.' || table_name from information_schema.tables
					where table_type in ('BASE TABLE', 'TABLE') and lower(table_schema) not in ('information_schema', 'pg_catalog')
					and lower(table_name) not like 'spring_session%'""")
				.query(String.class)
				.list();
			rowCountQuery = "select 0" + tables.stream().map(t -> " + (select count(*) from " + t + ")").reduce("", String::concat);
		}
		return rowCountQuery;
	}

	/**
	 * Calls the endpoint in a transaction that is rolled back: with the caller's session, or with {@code token}'s
	 * {@code Authorization: Bearer} header and no session (and, on the API, no CSRF token: a token needs none).
	 */
	private Outcome call(Endpoint endpoint, String uri, Caller caller, @Nullable TokenCaller token) {
		postgres();
		if (!postgres()) {
			rowCountQuery();
		}
		TransactionTemplate template = new TransactionTemplate(transactions);
		return template.execute(status -> {
			status.setRollbackOnly();
			try {
				MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), URI.create(uri));
				if (endpoint.multipart()) {
					request.contentType("multipart/form-data; boundary=matrix").content("--matrix--\r\n");
				}
				request.accept(endpoint.api() ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
				if (endpoint.method() != HttpMethod.GET && endpoint.method() != HttpMethod.HEAD) {
					if (token == null || !endpoint.api()) {
						request.with(csrf());
					}
					Body body = AuthorizationMatrixBodies.VALID_BODIES.get(endpoint.method() + " " + endpoint.pattern());
					if (body != null) {
						body.fill(request, uri, caller, jdbc);
					}
					else if (endpoint.api() && !endpoint.multipart()) {
						request.contentType(MediaType.APPLICATION_JSON).content("{}");
					}
				}
				long before = writeCounter(); // after the body, which may prepare the state its write needs
				long tokenUsesBefore = tokenUses();
				if (token != null) {
					request.header(org.springframework.http.HttpHeaders.AUTHORIZATION, "Bearer " + token.secret());
				}
				else if (caller.username != null) {
					UserDetails principal = users.loadUserByUsername(caller.username);
					request.with(authentication(
							new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities())));
				}
				MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
				try {
					entityManager.flush(); // JPA changes reach the database at commit, which never comes here
				}
				catch (RuntimeException ex) {
					// the call left nothing to flush, or a failed flush: the counter tells what reached the database
				}
				long after = writeCounter();
				// A valid token's check records its last use on its own row (one update): the filter's, not the call's.
				long filterWrites = token != null && endpoint.api() && (token.kind == Kind.ACTIVE || token.kind == Kind.READ_ONLY)
						? Math.min(1, tokenUses() - tokenUsesBefore) : 0;
				return new Outcome(response.getStatus(), Optional.ofNullable(response.getRedirectedUrl()).orElse(""),
						postgres() ? after - before - filterWrites : Math.abs(after - before),
						Optional.ofNullable(response.getContentType()).orElse(""),
						Optional.ofNullable(response.getHeader(org.springframework.http.HttpHeaders.WWW_AUTHENTICATE))
							.orElse(""));
			}
			catch (Exception ex) {
				throw new IllegalStateException(caller + (token == null ? "" : " token " + token) + " " + endpoint
						+ " threw " + ex, ex);
			}
		});
	}

	/** Rows of {@code identity.access_token} the current transaction has updated so far (PostgreSQL; 0 on H2). */
	private long tokenUses() {
		if (!postgres()) {
			return 0;
		}
		return jdbc.sql("""
				select coalesce(sum(n_tup_upd), 0) from pg_stat_xact_user_tables
				where schemaname = 'identity' and relname = 'access_token'""").query(Long.class).single();
	}

	/**
	 * Results shared "with members": Guatemala's published members-only core cycle, read by callers who are not
	 * Guatemala's. The expected answers are in {@value #MEMBERS_TABLE}; the focal point of Mexico is recorded (inside
	 * the call's rolled-back transaction) as from an IOM Member State, Kenya's status as unknown.
	 */
	static final String MEMBERS_TABLE = "authorization-matrix-members.csv";

	enum MembersCaller {

		ANONYMOUS(null), FOCAL_POINT_OF_MEMBER_STATE("focal.mex"), FOCAL_POINT_OF_UNKNOWN_STATUS("focal.ken"),
		FACILITATOR("facilitator"), PARTICIPANT("participant"), COORDINATOR("coordinator");

		final @Nullable String username;

		MembersCaller(@Nullable String username) {
			this.username = username;
		}

	}

	@Autowired
	org.migracap.platform.DataStamps stamps;

	@TestFactory
	Stream<DynamicTest> membersOnlyResultsReachOnlyIomStaffAndMemberStates() throws Exception {
		long cycle = jdbc.sql("""
				select max(id) from assessment.cycle where iso3 = 'GTM' and framework_code = 'MIGRACAP_CORE'
				and confidentiality = 'MEMBERS' and status = 'PUBLISHED'""").query(Long.class).single();
		List<String> lines;
		try (java.io.InputStream in = new org.springframework.core.io.ClassPathResource(MEMBERS_TABLE).getInputStream()) {
			lines = List.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R"));
		}
		List<String[]> rows = lines.stream()
			.filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("method,"))
			.map(l -> l.split(","))
			.toList();
		assertThat(rows).hasSizeGreaterThanOrEqualTo(5);
		return rows.stream().map(cells -> DynamicTest.dynamicTest(cells[0] + " " + cells[1], () -> {
			assertThat(cells).hasSize(2 + MembersCaller.values().length);
			List<String> failures = new ArrayList<>();
			for (MembersCaller caller : MembersCaller.values()) {
				Expected expected = Expected.of(cells[2 + caller.ordinal()]);
				String uri = cells[1].replace("{cycleId}", String.valueOf(cycle));
				int status = membersCall(HttpMethod.valueOf(cells[0]), uri, caller);
				boolean ok = switch (expected) {
					case ALLOW -> status >= 200 && status < 300;
					case HIDE -> status == 403 || status == 404;
					case FORBID -> status == 403;
					case SIGN_IN -> status == 401 || status == 302;
				};
				CHECKED.incrementAndGet();
				if (!ok) {
					failures.add(caller + " " + uri + ": expected " + expected.code + " but got " + status);
				}
			}
			assertThat(failures).isEmpty();
		}));
	}

	private int membersCall(HttpMethod method, String uri, MembersCaller caller) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		Integer status = template.execute(tx -> {
			tx.setRollbackOnly();
			jdbc.sql("delete from reference.iom_membership where iso3 in ('MEX', 'KEN')").update();
			jdbc.sql("insert into reference.iom_membership (iso3, version, status) values ('MEX', 0, 'MEMBER')").update();
			stamps.raise(org.migracap.reference.ReferenceApi.COUNTRIES_STAMP);
			try {
				MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, URI.create(uri));
				request.accept(uri.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
				if (caller.username != null) {
					UserDetails principal = users.loadUserByUsername(caller.username);
					request.with(authentication(
							new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities())));
				}
				return mvc.perform(request).andReturn().getResponse().getStatus();
			}
			catch (Exception ex) {
				throw new IllegalStateException(caller + " " + uri + " threw " + ex, ex);
			}
		});
		return status == null ? 0 : status;
	}

	private String expand(Endpoint endpoint, Scope scope, @Nullable String username, List<PathSamples> samples) {
		Matcher matcher = VARIABLE.matcher(endpoint.pattern());
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String variable = matcher.group(1);
			String value = samples.stream()
				.map(s -> s.sample(endpoint.pattern(), variable, scope, username, jdbc))
				.flatMap(Optional::stream)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No sample value for {" + variable + "} in "
						+ endpoint.pattern() + ": add one to the module's PathSamples in src/test/java"));
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	static List<PathSamples> samples() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(PathSamples.class));
		return scanner.findCandidateComponents("org.migracap").stream().map(definition -> {
			try {
				return (PathSamples) Class.forName(definition.getBeanClassName()).getDeclaredConstructor().newInstance();
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
