package org.migracap.platform.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.migracap.platform.ApiTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security of the web application. Authorisation of application handlers is declared with
 * {@link org.migracap.platform.Access} and enforced by {@link AccessInterceptor}; this configuration sets up sign-in,
 * sessions, CSRF, security headers and the answers given to refused requests.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	/** The problem type of a request refused for a missing, stale or wrong CSRF token (not for lack of rights). */
	static final String CSRF_PROBLEM_TYPE = "urn:migracap:problem:csrf";

	/**
	 * The one CSRF exemption of browser requests: RFC 8058 one-click unsubscribe, posted by a mail client with no
	 * session and no form token; the signed token in the path is the proof, and the request can only turn mail off.
	 */
	static final RequestMatcher ONE_CLICK_UNSUBSCRIBE = PathPatternRequestMatcher.withDefaults()
		.matcher(org.springframework.http.HttpMethod.POST, "/mail/unsubscribe/{token}");

	private final JsonMapper json = JsonMapper.builder().build();

	private final MessageSource messages;

	private final ObjectProvider<LocaleResolver> locales;

	/** Cookies only over HTTPS when the session cookie is (MIGRACAP_SECURE_COOKIES). */
	private final boolean secureCookies;

	SecurityConfiguration(@Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies,
			MessageSource messages, ObjectProvider<LocaleResolver> locales) {
		this.secureCookies = secureCookies;
		this.messages = messages;
		this.locales = locales;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasRole("ADMIN"))
			.httpBasic(Customizer.withDefaults())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	/**
	 * Requests to the JSON API that carry {@code Authorization: Bearer}: authenticated by their access token alone,
	 * stateless and without CSRF (a token is not sent by a browser on its own, unlike a cookie). Browser sessions keep
	 * CSRF in {@link #applicationChain}.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain apiTokenChain(HttpSecurity http, ObjectProvider<ApiTokens> tokens) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		http.securityMatcher(request -> api.matches(request) && BearerTokenFilter.hasBearerToken(request))
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.anonymous(anonymous -> anonymous.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, this::writeProblem), ExceptionTranslationFilter.class)
			.exceptionHandling(ex -> ex.authenticationEntryPoint(problemEntryPoint())
				.accessDeniedHandler(problemAccessDeniedHandler()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain applicationChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcClients,
			ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> oidcUsers,
			ObjectProvider<AuthenticationSuccessHandler> signedIn) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.formLogin(form -> {
				form.loginPage("/login").failureHandler(new LoginFailureHandler()).permitAll();
				AuthenticationSuccessHandler handler = signedIn.getIfAvailable();
				if (handler != null) {
					form.successHandler(handler);
				}
			})
			.logout(logout -> logout.logoutSuccessUrl("/?signedOut").deleteCookies("SESSION"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			// The CSRF token lives in a cookie (double submit) rather than in the session, so that reading public
			// pages creates no session: a session is made at sign-in (docs/benchmarks.md, assessment section).
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()).ignoringRequestMatchers(ONE_CLICK_UNSUBSCRIBE))
			.exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(problemEntryPoint(), api)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
				.defaultAccessDeniedHandlerFor(problemAccessDeniedHandler(), api)
				.defaultAccessDeniedHandlerFor(pageAccessDeniedHandler(), request -> true))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(oauth -> {
				oauth.loginPage("/login");
				OAuth2UserService<OidcUserRequest, OidcUser> users = oidcUsers.getIfAvailable();
				if (users != null) {
					oauth.userInfoEndpoint(endpoint -> endpoint.oidcUserService(users));
				}
			});
		}
		return http.build();
	}

	private CsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName("MIGRACAP-XSRF");
		tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax").secure(secureCookies));
		return tokens;
	}

	private AuthenticationEntryPoint problemEntryPoint() {
		return (request, response, ex) -> writeProblem(request, response, HttpStatus.UNAUTHORIZED,
				"Sign in to use this part of the API.");
	}

	private AccessDeniedHandler problemAccessDeniedHandler() {
		return (request, response, ex) -> {
			if (ex instanceof CsrfException) {
				Locale locale = locale(request);
				writeProblem(request, response, HttpStatus.FORBIDDEN, CSRF_PROBLEM_TYPE,
						messages.getMessage("error.csrf.title", null, "Form token missing or expired", locale),
						messages.getMessage("error.csrf.detail", null,
								"Your session's form token is missing or expired. Reload the page and try again.",
								locale));
			}
			else {
				writeProblem(request, response, HttpStatus.FORBIDDEN, "You are not allowed to do this.");
			}
		};
	}

	/**
	 * Pages: the error page of the servlet container (ErrorPages), told why the request was refused so that a missing or
	 * stale CSRF token is not reported as a lack of rights.
	 */
	private static AccessDeniedHandler pageAccessDeniedHandler() {
		AccessDeniedHandlerImpl sendError = new AccessDeniedHandlerImpl();
		return (request, response, ex) -> {
			request.setAttribute(WebAttributes.ACCESS_DENIED_403, ex);
			sendError.handle(request, response, ex);
		};
	}

	private Locale locale(HttpServletRequest request) {
		LocaleResolver resolver = locales.getIfAvailable();
		return resolver != null ? resolver.resolveLocale(request) : request.getLocale();
	}

	private void writeProblem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail) throws IOException {
		writeProblem(request, response, status, "about:blank", status.getReasonPhrase(), detail);
	}

	private void writeProblem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String type, String title, String detail) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", type);
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	/** Sends the user back to the sign-in page with a reason that does not reveal whether the account exists. */
	static class LoginFailureHandler
			implements org.springframework.security.web.authentication.AuthenticationFailureHandler {

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			String reason = exception instanceof org.springframework.security.authentication.LockedException ? "locked"
					: "bad";
			response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
		}

	}

}
