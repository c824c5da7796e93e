package org.migracap;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zero-configuration default: the application starts on an H2 file database with no settings at all, migrates it,
 * loads the reference and demo data, serves pages; and starts a second time on the same file without loading again.
 */
class EmbeddedDefaultIntegrationTests {

	@TempDir
	Path directory;

	@Test
	void startsOnAnEmptyH2FileAndAgainOnTheSameFile() throws Exception {
		String url = "jdbc:h2:file:" + directory.resolve("migracap")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		for (int run = 0; run < 2; run++) {
			try (ConfigurableApplicationContext app = SpringApplication.run(MigraCapApplication.class,
					"--server.port=0", "--spring.datasource.url=" + url, "--migracap.test.keep-datasource=true",
					"--spring.profiles.active=default")) {
				JdbcClient jdbc = app.getBean(JdbcClient.class);
				assertThat(jdbc.sql("select count(*) from reference.country").query(Long.class).single()).isEqualTo(249);
				assertThat(jdbc.sql("select count(*) from identity.user_account where demo").query(Long.class).single())
					.isGreaterThanOrEqualTo(10);
				assertThat(jdbc.sql("select count(*) from platform.data_load where name = 'reference'")
					.query(Long.class)
					.single()).isEqualTo(1);
				int port = ((WebServerApplicationContext) app).getWebServer().getPort();
				HttpResponse<String> home = HttpClient.newHttpClient()
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/countries/KEN")).build(),
							HttpResponse.BodyHandlers.ofString());
				assertThat(home.statusCode()).isEqualTo(200);
				assertThat(home.body()).contains("Kenya");
			}
		}
	}

}
