package org.migracap.platform;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.support.SignedInClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request refused for its CSRF token says so (issue 16, point 4): a page and a problem type of its own, distinct from
 * a refusal for lack of rights, which keeps its message. Real HTTP, so that the error dispatch to /error happens.
 */
/*
 * An application context of its own: Spring Security's MockMvc csrf() post-processor, used by many other tests, swaps
 * the CSRF filter's token repository for a session-backed test one in the context it runs in, after which a real
 * browser's valid token is refused (seen when this class ran after UserAdministrationIntegrationTests).
 */
@MigraCapIntegrationTest
@TestPropertySource(properties = "migracap.test.context=csrf-refusal")
@DirtiesContext
class CsrfRefusalIntegrationTests {

	private static final String CSRF_PAGE_TEXT = "form token is missing or expired";

	private static final String CSRF_TYPE = "\"type\":\"urn:migracap:problem:csrf\"";

	@LocalServerPort
	int port;

	private CookieManager cookies;

	private HttpClient client;

	private SignedInClient browser;

	@BeforeEach
	void signIn() throws Exception {
		cookies = new CookieManager();
		client = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		browser = SignedInClient.using(base(), client).signIn("focal.sen", "migracap-demo");
	}

	@Test
	void aPagePostWithoutTokenIsRefusedWithTheCsrfMessage() throws Exception {
		HttpResponse<String> response = post("/account/language", "text/html", "en",
				"application/x-www-form-urlencoded", "language=fr", null);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains(CSRF_PAGE_TEXT).doesNotContain("not allowed to see or do this");
	}

	@Test
	void aPagePostWithAWrongTokenIsRefusedWithTheCsrfMessageInTheUsersLanguage() throws Exception {
		HttpResponse<String> response = post("/account/language", "text/html", "en",
				"application/x-www-form-urlencoded", "language=fr&_csrf=not-the-token", null);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains(CSRF_PAGE_TEXT);

		HttpResponse<String> french = post("/account/language", "text/html", "fr",
				"application/x-www-form-urlencoded", "language=fr", "stale-token");
		assertThat(french.statusCode()).isEqualTo(403);
		assertThat(french.body()).contains("formulaire de votre session est absent ou a expir");
	}

	@Test
	void anApiPostWithoutTokenIsACsrfProblemDetail() throws Exception {
		HttpResponse<String> response = post("/api/users", "application/json", "en", "application/json", "{}", null);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).get()
			.asString()
			.contains("application/problem+json");
		assertThat(response.body()).contains(CSRF_TYPE)
			.contains("\"title\":\"Form token missing or expired\"")
			.contains(CSRF_PAGE_TEXT)
			.doesNotContain("You are not allowed to do this.");

		HttpResponse<String> wrong = post("/api/users", "application/problem+json", "es", "application/json", "{}",
				"not-the-token");
		assertThat(wrong.statusCode()).isEqualTo(403);
		assertThat(wrong.body()).contains(CSRF_TYPE).contains("token de formulario");
	}

	@Test
	void aPermissionRefusalWithAValidTokenKeepsItsMessageAndType() throws Exception {
		String token = browser.csrfToken();
		HttpResponse<String> api = post("/api/users", "application/json", "en", "application/json",
				"{\"username\":\"csrf.probe\",\"displayName\":\"Probe\",\"email\":\"csrf.probe@example.org\"}", token);
		assertThat(api.statusCode()).isEqualTo(403);
		assertThat(api.body()).contains("\"type\":\"about:blank\"")
			.contains("You are not allowed to do this.")
			.doesNotContain("urn:migracap:problem:csrf");

		HttpResponse<String> page = post("/admin/users", "text/html", "en", "application/x-www-form-urlencoded",
				"username=csrf.probe", token);
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Your account is not allowed to see or do this.")
			.doesNotContain(CSRF_PAGE_TEXT);
	}

	private HttpResponse<String> post(String path, String accept, String language, String contentType, String body,
			String csrfHeader) throws IOException, InterruptedException {
		// The language of the pages is the one of the language cookie (set at sign-in from the account), as in a browser.
		for (HttpCookie old : java.util.List.copyOf(cookies.getCookieStore().getCookies())) {
			if (old.getName().equals("migracap-lang")) {
				cookies.getCookieStore().remove(null, old);
			}
		}
		HttpCookie lang = new HttpCookie("migracap-lang", language);
		lang.setPath("/");
		lang.setVersion(0);
		cookies.getCookieStore().add(URI.create(base()), lang);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
			.header("Accept", accept)
			.header("Accept-Language", language)
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (csrfHeader != null) {
			request.header("X-XSRF-TOKEN", csrfHeader);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String base() {
		return "http://localhost:" + port;
	}

}
