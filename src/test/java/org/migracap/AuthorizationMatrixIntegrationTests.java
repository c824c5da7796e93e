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
import org.migracap.platform.Access;
import org.migracap.platform.Role;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.support.PathSamples;
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
 * own country and for another country. The expected answer comes from the endpoint's {@link Access} rule, which every
 * endpoint must declare. Each call runs in a transaction that is rolled back, so that writes leave nothing behind.
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

	@Test
	void everyEndpointDeclaresWhoMayCallIt() {
		List<String> missing = endpoints().stream().filter(e -> e.access() == null).map(Endpoint::toString).toList();
		assertThat(missing).as("endpoints without an @Access rule").isEmpty();
		assertThat(endpoints()).hasSizeGreaterThan(20);
	}

	@TestFactory
	Stream<DynamicTest> everyRoleGetsTheAnswerItsAccessRuleGives() {
		List<PathSamples> samples = samples();
		return endpoints().stream()
			.filter(e -> e.access() != null)
			.map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> check(endpoint, samples)));
	}

	private void check(Endpoint endpoint, List<PathSamples> samples) throws Exception {
		List<String> failures = new ArrayList<>();
		for (Caller caller : Caller.values()) {
			String uri = expand(endpoint, caller.scope, samples);
			int status;
			String location;
			MockHttpServletResponse response = call(endpoint, uri, caller);
			status = response.getStatus();
			location = Optional.ofNullable(response.getRedirectedUrl()).orElse("");
			Expectation expected = expect(endpoint, caller);
			boolean signInAsked = status == 401 || (status == 302 && location.contains("/login"));
			boolean ok = switch (expected) {
				case ALLOWED -> status < 500 && status != 401 && status != 403 && !signInAsked;
				case SIGN_IN -> endpoint.api() ? status == 401 : signInAsked;
				case FORBIDDEN -> status == 403;
				case FORBIDDEN_OR_NOT_FOUND -> status == 403 || status == 404;
			};
			if (!ok) {
				failures.add(caller + " " + endpoint.method() + " " + uri + ": expected " + expected + " but got "
						+ status + (location.isEmpty() ? "" : " -> " + location));
			}
		}
		assertThat(failures).as(endpoint.toString()).isEmpty();
	}

	enum Expectation {

		ALLOWED, SIGN_IN, FORBIDDEN, FORBIDDEN_OR_NOT_FOUND

	}

	static Expectation expect(Endpoint endpoint, Caller caller) {
		Access access = endpoint.access();
		if (access.anonymous()) {
			return Expectation.ALLOWED;
		}
		if (caller.role == null) {
			return Expectation.SIGN_IN;
		}
		Set<Role> allowed = access.value().length == 0 ? EnumSet.allOf(Role.class) : Set.of(access.value());
		if (!allowed.contains(caller.role)) {
			return Expectation.FORBIDDEN;
		}
		if (caller == Caller.FOCAL_POINT_OTHER_COUNTRY && (!access.country().isEmpty() || access.ownCountry())) {
			return Expectation.FORBIDDEN_OR_NOT_FOUND;
		}
		return Expectation.ALLOWED;
	}

	private MockHttpServletResponse call(Endpoint endpoint, String uri, Caller caller) {
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
					request.with(csrf());
					if (endpoint.api() && !endpoint.multipart()) {
						request.contentType(MediaType.APPLICATION_JSON).content("{}");
					}
				}
				if (caller.username != null) {
					UserDetails principal = users.loadUserByUsername(caller.username);
					request.with(authentication(
							new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities())));
				}
				return mvc.perform(request).andReturn().getResponse();
			}
			catch (Exception ex) {
				throw new IllegalStateException(caller + " " + endpoint + " threw " + ex, ex);
			}
		});
	}

	private String expand(Endpoint endpoint, Scope scope, List<PathSamples> samples) {
		Matcher matcher = VARIABLE.matcher(endpoint.pattern());
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String variable = matcher.group(1);
			String value = samples.stream()
				.map(s -> s.sample(endpoint.pattern(), variable, scope, jdbc))
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
