package org.migracap.platform.security;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.migracap.platform.ApiCaller;
import org.migracap.platform.ApiTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request to the JSON API by its {@code Authorization: Bearer} access token. The caller becomes the
 * token's user for this request only (no session); read-only tokens are refused on anything but reads, and each token
 * is held to its rate limit.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String PREFIX = "bearer ";

	private static final List<String> READS = List.of("GET", "HEAD", "OPTIONS");

	interface ProblemWriter {

		void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
				throws IOException;

	}

	private final ObjectProvider<ApiTokens> tokens;

	private final ProblemWriter problems;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(ObjectProvider<ApiTokens> tokens, ProblemWriter problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	static boolean hasBearerToken(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.length() >= PREFIX.length()
				&& header.substring(0, PREFIX.length()).toLowerCase(Locale.ROOT).equals(PREFIX);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		String token = header == null || header.length() < PREFIX.length() ? "" : header.substring(PREFIX.length()).trim();
		ApiTokens checker = tokens.getIfAvailable();
		if (token.isEmpty() || checker == null) {
			refuse(request, response, "invalid_token", "This access token is not valid.");
			return;
		}
		ApiTokens.Verdict verdict = checker.check(token);
		switch (verdict.status()) {
			case UNKNOWN -> refuse(request, response, "invalid_token", "This access token is not valid.");
			case REVOKED -> refuse(request, response, "invalid_token", "This access token has been revoked.");
			case EXPIRED -> refuse(request, response, "invalid_token", "This access token has expired.");
			case RATE_LIMITED -> {
				long seconds = Math.max(1, (verdict.retryAfter().toMillis() + 999) / 1000);
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
				problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
						"Too many requests with this access token; retry after " + seconds + " seconds.");
			}
			case ACCEPTED -> {
				ApiCaller caller = verdict.caller();
				if (caller == null) {
					refuse(request, response, "invalid_token", "This access token is not valid.");
					return;
				}
				if (caller.readOnly() && !READS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
					response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
					problems.write(request, response, HttpStatus.FORBIDDEN,
							"This access token may only read; it cannot change anything.");
					return;
				}
				SecurityContext context = contexts.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null,
						caller.user().roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
				contexts.setContext(context);
				chain.doFilter(request, response);
			}
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String error, String detail)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"" + error + "\"");
		problems.write(request, response, HttpStatus.UNAUTHORIZED, detail);
	}

}
