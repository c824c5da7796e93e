package org.migracap.mail.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of outgoing mail. The SMTP server itself is Spring Boot's {@code spring.mail.*}; without
 * {@code spring.mail.host} no message is sent and all stay queued in the outbox.
 * @param from the sender address of every message
 * @param fromName the sender's display name
 * @param maxAttempts attempts before a message is marked failed
 * @param retryBase the wait after the first failed attempt; it doubles after each further one
 * @param retryMax the longest wait between two attempts
 * @param batchSize messages one worker claims at a time
 * @param staleAfter how long a claimed message may stay unsent before another worker takes it over (an instance that
 * stopped while sending)
 */
@ConfigurationProperties(prefix = "migracap.mail")
public record MailSettings(@DefaultValue("migracap@localhost") String from, @DefaultValue("MigraCap") String fromName,
		@DefaultValue("8") int maxAttempts, @DefaultValue("30s") Duration retryBase,
		@DefaultValue("1h") Duration retryMax, @DefaultValue("20") int batchSize,
		@DefaultValue("10m") Duration staleAfter) {

	/** The wait before attempt number {@code attempts + 1}, after {@code attempts} failed ones. */
	public Duration backoff(int attempts) {
		long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
		Duration wait = retryBase.multipliedBy(factor);
		return wait.compareTo(retryMax) > 0 ? retryMax : wait;
	}

}
