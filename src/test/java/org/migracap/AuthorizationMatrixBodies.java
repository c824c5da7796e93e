package org.migracap;

import java.util.Map;

import org.migracap.AuthorizationMatrixIntegrationTests.Caller;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The valid bodies {@link AuthorizationMatrixIntegrationTests} sends to writes, by {@code "METHOD pattern"}: an
 * allowed call of one of these must answer 2xx/3xx and (on PostgreSQL) write at least one row; a refused one must
 * write none. Writes not listed get an empty body.
 */
final class AuthorizationMatrixBodies {

	private AuthorizationMatrixBodies() {
	}

	/** How to fill in a valid request for a write: so that an allowed call really writes, and a refused one is refused. */
	interface Body {

		void fill(MockHttpServletRequestBuilder request, String uri, Caller caller, JdbcClient jdbc);

	}

	static final Map<String, Body> VALID_BODIES = Map.ofEntries(
			// identity
			Map.entry("POST /account/language", (request, uri, caller, jdbc) -> {
				String current = jdbc.sql("select preferred_language from identity.user_account where username = :u")
					.param("u", caller.username == null ? "" : caller.username)
					.query(String.class)
					.optional()
					.orElse("en");
				request.contentType(MediaType.APPLICATION_FORM_URLENCODED).param("language", "es".equals(current) ? "fr" : "es");
			}));

}
