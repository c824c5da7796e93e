package org.migracap.platform;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.migracap.MigraCapApplication;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.support.SignedInClient;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database, as behind a load balancer: a user who signs in on one is signed in on the other,
 * and stays signed in when the first instance stops.
 */
@MigraCapIntegrationTest
class TwoInstancesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aSessionIsSharedAndSurvivesTheInstanceThatCreatedIt() throws Exception {
		ConfigurableApplicationContext second = SpringApplication.run(MigraCapApplication.class, "--server.port=0",
				"--spring.profiles.active=test");
		SignedInClient browser;
		try {
			int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
			browser = new SignedInClient("http://localhost:" + secondPort).signIn("coordinator", "migracap-demo");
			HttpResponse<String> there = browser.get("/account");
			assertThat(there.statusCode()).isEqualTo(200);
			assertThat(there.body()).contains("Chris Coordinator");
		}
		finally {
			second.close();
		}
		SignedInClient sameCookies = browser.at("http://localhost:" + port);
		HttpResponse<String> here = sameCookies.get("/account");
		assertThat(here.statusCode()).isEqualTo(200);
		assertThat(here.body()).contains("Chris Coordinator");
	}

}
