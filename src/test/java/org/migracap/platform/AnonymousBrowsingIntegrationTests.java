package org.migracap.platform;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading public pages creates no session (the CSRF token is kept in an HttpOnly cookie instead), and the token is
 * still required: a change without it, or with a token that is not the cookie's, is refused; signing in makes the
 * session.
 *
 * <p>An application context of its own: Spring Security's MockMvc {@code csrf()} post-processor, used by many other
 * tests, swaps the CSRF filter's token repository for a session-backed test one in the context it runs in.
 */
@MigraCapIntegrationTest
@TestPropertySource(properties = "migracap.test.context=anonymous-browsing")
@DirtiesContext
class AnonymousBrowsingIntegrationTests {

	static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	HttpResponse<String> get(HttpClient client, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> signIn(HttpClient client, String token) throws Exception {
		String form = "username=coordinator&password=migracap-demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String token(HttpResponse<String> page) {
		Matcher matcher = TOKEN.matcher(page.body());
		assertThat(matcher.find()).as("CSRF token on the sign-in page").isTrue();
		return matcher.group(1);
	}

	@Test
	void publicPagesSetOnlyAnHttpOnlyCsrfCookieAndNoSession() throws Exception {
		long sessionsBefore = jdbc.sql("select count(*) from spring_session").query(Long.class).single();
		HttpClient client = HttpClient.newHttpClient();
		for (String path : List.of("/", "/about", "/countries", "/compare", "/profiles/KEN", "/login")) {
			HttpResponse<String> page = get(client, path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			List<String> cookies = page.headers().allValues("Set-Cookie");
			assertThat(cookies).as(path).noneMatch(c -> c.startsWith("SESSION="));
			assertThat(cookies).as(path).anySatisfy(c -> assertThat(c).startsWith("MIGRACAP-XSRF=")
				.contains("HttpOnly")
				.contains("SameSite=Lax"));
		}
		assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single())
			.isEqualTo(sessionsBefore);
	}

	@Test
	void aChangeNeedsTheTokenOfItsOwnCookie() throws Exception {
		HttpClient mine = browser();
		HttpClient other = browser();
		String otherToken = token(get(other, "/login"));
		get(mine, "/login");
		HttpResponse<String> forged = signIn(mine, otherToken);
		assertThat(forged.statusCode()).isEqualTo(403);
		HttpResponse<String> missing = mine.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=coordinator&password=migracap-demo"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(403);

		HttpResponse<String> signedIn = signIn(mine, token(get(mine, "/login")));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");
		assertThat(signedIn.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("SESSION="));
		assertThat(get(mine, "/me").body()).contains("coordinator");
	}

}
