package org.migracap.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.migracap.MigraCapApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenID Connect sign-in is off by default and switched on by properties alone: with a client registration, the
 * application sends the browser to the provider's authorisation endpoint.
 */
class OpenIdConnectIntegrationTests {

	@Test
	void aConfiguredProviderIsOfferedWithoutCodeChanges() throws Exception {
		String prefix = "--spring.security.oauth2.client.";
		try (ConfigurableApplicationContext app = SpringApplication.run(MigraCapApplication.class, "--server.port=0",
				"--spring.profiles.active=test", prefix + "registration.idp.client-id=migracap",
				prefix + "registration.idp.client-secret=secret", prefix + "registration.idp.scope=openid,email",
				prefix + "registration.idp.authorization-grant-type=authorization_code",
				prefix + "registration.idp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
				prefix + "provider.idp.authorization-uri=https://idp.example.org/authorize",
				prefix + "provider.idp.token-uri=https://idp.example.org/token",
				prefix + "provider.idp.jwk-set-uri=https://idp.example.org/jwks",
				prefix + "provider.idp.user-name-attribute=sub")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpResponse<String> response = HttpClient.newBuilder()
				.followRedirects(HttpClient.Redirect.NEVER)
				.build()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/idp")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).get()
				.asString()
				.startsWith("https://idp.example.org/authorize")
				.contains("client_id=migracap");
		}
	}

}
