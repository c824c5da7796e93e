package org.migracap.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links to MigraCap's own style sheets and scripts carry a content hash (so that browsers may cache them for a week
 * and still get a new version at once), web jars are linked with their version (and also served without it), and every other link is left exactly
 * as the template wrote it.
 */
@MigraCapIntegrationTest
class StaticResourceUrlsIntegrationTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void ownStyleSheetsAndScriptsAreLinkedWithAContentHashThatIsServed() throws Exception {
		String page = get("/about").body();
		Matcher css = Pattern.compile("/css/app-([0-9a-f]{32})\\.css").matcher(page);
		Matcher js = Pattern.compile("/js/app-([0-9a-f]{32})\\.js").matcher(page);
		assertThat(css.find()).as("hashed style sheet link in %s", page).isTrue();
		assertThat(js.find()).as("hashed script link").isTrue();
		HttpResponse<String> served = get(css.group());
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Cache-Control")).get().asString().contains("max-age=604800");
		assertThat(get("/css/app-" + "0".repeat(32) + ".css").statusCode()).isEqualTo(404);
	}

	@Test
	void webJarsAreLinkedWithTheirVersionAndOtherLinksAreUntouched() throws Exception {
		String page = get("/about").body();
		Matcher htmx = Pattern.compile("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js").matcher(page);
		assertThat(htmx.find()).as("versioned web jar link").isTrue();
		assertThat(get(htmx.group()).statusCode()).isEqualTo(200);
		assertThat(get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
		assertThat(page).contains("href=\"/countries\"").doesNotContainPattern("/countries-[0-9a-f]{32}");
	}

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
