package org.migracap.mail.domain;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailSettingsTests {

	final MailSettings settings = new MailSettings("a@example.org", "A", 8, Duration.ofSeconds(30),
			Duration.ofMinutes(10), 20, Duration.ofMinutes(10));

	@Test
	void theWaitDoublesAfterEachFailedAttemptUpToTheLongest() {
		assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(settings.backoff(2)).isEqualTo(Duration.ofSeconds(60));
		assertThat(settings.backoff(3)).isEqualTo(Duration.ofSeconds(120));
		assertThat(settings.backoff(5)).isEqualTo(Duration.ofMinutes(8));
		assertThat(settings.backoff(6)).isEqualTo(Duration.ofMinutes(10));
		assertThat(settings.backoff(60)).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void onlyAnSmtpRefusalIsPermanent() {
		var refused = new org.eclipse.angus.mail.smtp.SMTPAddressFailedException(
				new jakarta.mail.internet.InternetAddress(), "RCPT TO", 550, "550 No such user");
		var busy = new org.eclipse.angus.mail.smtp.SMTPAddressFailedException(
				new jakarta.mail.internet.InternetAddress(), "RCPT TO", 451, "451 Try later");
		assertThat(MailWorker.permanent(new org.springframework.mail.MailSendException("x", refused))).isTrue();
		assertThat(MailWorker.permanent(new org.springframework.mail.MailSendException("x", busy))).isFalse();
		assertThat(MailWorker.permanent(new org.springframework.mail.MailSendException("Connection refused"))).isFalse();
		assertThat(MailWorker.reason(new org.springframework.mail.MailSendException("x", refused)))
			.contains("550 No such user");
	}

}
