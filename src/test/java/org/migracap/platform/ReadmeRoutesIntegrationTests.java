package org.migracap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.support.SignedInClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every route that README.md names (a path in backticks that starts with a slash) answers 200 over HTTP: to the public
 * (after the redirects a browser follows within the application) when it is public, otherwise to the demo coordinator signed in through the form, or to the demo administrator over
 * HTTP Basic for the metrics. Placeholders are filled with real values of the demo data.
 */
@MigraCapIntegrationTest
class ReadmeRoutesIntegrationTests {

	/** A path in backticks: a slash, then no space or backtick. */
	private static final Pattern ROUTE = Pattern.compile("`(/[^`\\s]*)`");

	/** File system paths that the README names beside the routes. */
	private static final List<String> NOT_ROUTES = List.of("/usr/", "/etc/", "/tmp/", "/var/");

	/** Rows that give a real value to a placeholder, by the route's first segment and the placeholder. */
	private static final Map<String, String> ID_QUERIES = Map.of("workshops",
			"select min(id) from workshop.workshop", "programmes", "select min(id) from programme.programme",
			"assessments", "select min(id) from assessment.cycle", "library", "select min(id) from library.document",
			"agreements", "select min(id) from cooperation.agreement", "requests",
			"select min(id) from request.assistance_request", "planning", "select min(id) from planning.scenario");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	static Set<String> readmeRoutes() throws Exception {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		Set<String> routes = new LinkedHashSet<>();
		Matcher matcher = ROUTE.matcher(readme);
		while (matcher.find()) {
			String path = matcher.group(1);
			// A path that ends with a slash names a prefix (such as /api/), not a page.
			if (NOT_ROUTES.stream().noneMatch(path::startsWith) && !path.endsWith("/")) {
				routes.add(path);
			}
		}
		return routes;
	}

	@Test
	void readmeNamesRoutes() throws Exception {
		assertThat(readmeRoutes()).contains("/focus-areas", "/profiles/{iso3}", "/actuator/health");
	}

	@Test
	void everyRouteTheReadmeNamesAnswers200() throws Exception {
		String base = "http://localhost:" + port;
		SignedInClient anonymous = new SignedInClient(base);
		SignedInClient coordinator = new SignedInClient(base).signIn("coordinator", "migracap-demo");
		SignedInClient admin = new SignedInClient(base).signIn("admin", "migracap-demo");
		HttpClient basic = HttpClient.newHttpClient();
		List<String> failures = new ArrayList<>();
		for (String route : readmeRoutes()) {
			String path = fill(route);
			int status = answer(anonymous, path);
			String as = "the public";
			if (status != 200) {
				status = answer(coordinator, path);
				as = "the coordinator";
			}
			if (status == 403 && !path.startsWith("/actuator/")) {
				status = answer(admin, path);
				as = "the administrator";
			}
			if (status != 200 && path.startsWith("/actuator/")) {
				status = basic.send(HttpRequest.newBuilder(URI.create(base + path))
					.header("Authorization", "Basic " + Base64.getEncoder()
						.encodeToString("admin:migracap-demo".getBytes(StandardCharsets.UTF_8)))
					.GET()
					.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
				as = "the administrator";
			}
			if (status != 200) {
				failures.add(route + " (" + path + "): " + status + " to " + as);
			}
		}
		assertThat(failures).as("README routes that do not answer 200").isEmpty();
	}

	/**
	 * The status of the page at the path, following the redirects a browser would follow within the application (such
	 * as /swagger-ui.html to its index page) but not one to the sign-in page.
	 */
	private static int answer(SignedInClient client, String path) throws Exception {
		String current = path;
		for (int hop = 0; hop < 3; hop++) {
			HttpResponse<String> response = client.get(current);
			String location = response.headers().firstValue("Location").orElse("");
			if (response.statusCode() / 100 != 3 || location.isEmpty() || location.contains("/login")) {
				return response.statusCode();
			}
			URI target = URI.create("http://localhost" + current).resolve(location);
			current = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
		}
		return 310;
	}

	private String fill(String route) {
		String path = route.replace("{iso3}", "KEN");
		if (path.contains("{id}")) {
			String segment = path.substring(1).split("/")[0];
			String query = ID_QUERIES.get(segment);
			assertThat(query).as("a sample value for {id} in %s", route).isNotNull();
			Long id = jdbc.sql(query).query(Long.class).single();
			assertThat(id).as("a demo row for {id} in %s", route).isNotNull();
			path = path.replace("{id}", String.valueOf(id));
		}
		assertThat(path).as("every placeholder of %s filled", route).doesNotContain("{");
		return path;
	}

}
