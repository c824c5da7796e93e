package org.migracap.platform;

import org.junit.jupiter.api.Test;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Errors explain themselves and never show a stack trace: pages in the user's language, the API as problem details.
 */
@MigraCapIntegrationTest
class ErrorHandlingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Test
	void anUnknownPageIsATranslatedNotFoundPage() throws Exception {
		java.net.http.HttpResponse<String> response = http("/no/such/page", "text/html", "fr");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Introuvable").doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void anUnknownApiAddressIsAProblemDetail() throws Exception {
		java.net.http.HttpResponse<String> response = http("/api/no-such-thing", "application/json", "en");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().contains("application/problem+json");
		assertThat(response.body()).contains("\"status\":404");
	}

	@Test
	void aProtectedPageSendsAnonymousUsersToSignIn() throws Exception {
		java.net.http.HttpResponse<String> response = http("/admin/users", "text/html", "en");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
	}

	@Test
	@WithUserDetails("coordinator")
	void aWrongTypeInThePathIsABadRequest() throws Exception {
		mvc.perform(get("/admin/audit/not-a-number").accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
		mvc.perform(get("/api/users/not-a-number").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("admin")
	void anUnparseableIdIsABadRequestPage() throws Exception {
		mvc.perform(get("/admin/users/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString("NumberFormatException"))));
	}

	private java.net.http.HttpResponse<String> http(String path, String accept, String language) throws Exception {
		var client = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.header("Accept-Language", language)
			.GET()
			.build();
		return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
	}

}
