package org.migracap.webhook.domain;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.migracap.platform.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookSigningTests {

	static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

	@Test
	void theSignatureIsTheHexHmacSha256OfTimestampDotBody() {
		// computed with Python: hmac.new(b'whsec_test', b'1700000000.{"id":"x","event":"PlanAdopted"}', sha256)
		assertThat(Signatures.sign("whsec_test", 1700000000L, "{\"id\":\"x\",\"event\":\"PlanAdopted\"}"))
			.isEqualTo("sha256=630943958c6d13eff85a5b8b2112fb7cc5dc76c7bc6392b0f1fb6c630ccd816f");
	}

	@Test
	void secretsAreSealedWithAesGcmAndOpenOnlyWithTheirKey() {
		SecretCipher cipher = new SecretCipher(KEY);
		String secret = SecretCipher.newSecret();
		String sealed = cipher.seal(secret);
		assertThat(sealed).startsWith("v1:").doesNotContain(secret.substring(6));
		assertThat(cipher.seal(secret)).isNotEqualTo(sealed); // a fresh nonce each time
		assertThat(cipher.open(sealed)).isEqualTo(secret);
		SecretCipher other = new SecretCipher(Base64.getEncoder().encodeToString(new byte[32]));
		assertThatThrownBy(() -> other.open(sealed)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new SecretCipher("").open(sealed)).isInstanceOf(IllegalStateException.class);
		String tampered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
		assertThatThrownBy(() -> cipher.open(tampered)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void withoutAKeySecretsAreKeptPlainAndStillReadLater() {
		String sealed = new SecretCipher("").seal("whsec_abc");
		assertThat(sealed).isEqualTo("plain:whsec_abc");
		assertThat(new SecretCipher(KEY).open(sealed)).isEqualTo("whsec_abc");
		assertThatThrownBy(() -> new SecretCipher("c2hvcnQ=")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void newSecretsAreLongAndDifferent() {
		assertThat(SecretCipher.newSecret()).startsWith("whsec_").hasSize(6 + 43).isNotEqualTo(SecretCipher.newSecret());
	}

	@Test
	void onlyAbsoluteHttpAndHttpsUrlsWithAHostAreAccepted() {
		assertThat(WebhookService.checkUrl(" https://donor.example.org/hooks/migracap ")).isEqualTo(
				"https://donor.example.org/hooks/migracap");
		assertThat(WebhookService.checkUrl("http://127.0.0.1:8089/x?y=1")).isEqualTo("http://127.0.0.1:8089/x?y=1");
		assertThat(WebhookService.checkUrl("HTTPS://EXAMPLE.org")).isEqualTo("HTTPS://EXAMPLE.org");
		for (String bad : new String[] { "ftp://example.org/x", "javascript:alert(1)", "mailto:a@example.org",
				"file:///etc/passwd", "//example.org/x", "/x", "https://", "https://u:p@example.org/",
				"https://example.org/#frag", "not a url", "", "https://" + "a".repeat(2000) + ".org" }) {
			assertThatThrownBy(() -> WebhookService.checkUrl(bad)).as(bad).isInstanceOf(RuleViolationException.class);
		}
		assertThatThrownBy(() -> WebhookService.checkUrl("gopher://example.org")).isInstanceOf(
				RuleViolationException.class).hasMessage("webhook.error.scheme");
	}

	@Test
	void eventsAreKnownNamesAndAtLeastOne() {
		assertThat(WebhookService.checkEvents(java.util.List.of("PlanAdopted", "ProgrammeResultReported")))
			.containsExactly(WebhookEvent.PLAN_ADOPTED, WebhookEvent.PROGRAMME_RESULT_REPORTED);
		assertThatThrownBy(() -> WebhookService.checkEvents(java.util.List.of())).isInstanceOf(
				RuleViolationException.class);
		assertThatThrownBy(() -> WebhookService.checkEvents(java.util.List.of("PlanAdopted", "Nope")))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void theWaitBetweenAttemptsDoublesUpToItsMaximum() {
		WebhookSettings s = new WebhookSettings("", 8, java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(3),
				20, java.time.Duration.ofMinutes(10), java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(10));
		assertThat(s.backoff(1)).hasSeconds(30);
		assertThat(s.backoff(2)).hasSeconds(60);
		assertThat(s.backoff(3)).hasSeconds(120);
		assertThat(s.backoff(4)).hasSeconds(180);
		assertThat(s.backoff(9)).hasSeconds(180);
	}

}
