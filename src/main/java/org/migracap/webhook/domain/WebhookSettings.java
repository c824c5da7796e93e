package org.migracap.webhook.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of webhook deliveries.
 * @param secretKey the AES key (base64 of 16, 24 or 32 bytes) that encrypts the shared secrets in the database; empty
 * keeps them unencrypted, with a warning at start and on the administrators' page
 * @param maxAttempts attempts before a delivery is marked failed
 * @param retryBase the wait after the first failed attempt; it doubles after each further one
 * @param retryMax the longest wait between two attempts
 * @param batchSize deliveries one worker claims at a time
 * @param staleAfter how long a claimed delivery may stay unsent before another worker takes it over
 * @param connectTimeout how long to wait for the receiver's connection
 * @param readTimeout how long to wait for the receiver's answer, once the request is sent
 */
@ConfigurationProperties(prefix = "migracap.webhook")
public record WebhookSettings(@DefaultValue("") String secretKey, @DefaultValue("8") int maxAttempts,
		@DefaultValue("30s") Duration retryBase, @DefaultValue("6h") Duration retryMax,
		@DefaultValue("20") int batchSize, @DefaultValue("10m") Duration staleAfter,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout) {

	/** The wait before attempt number {@code attempts + 1}, after {@code attempts} failed ones. */
	public Duration backoff(int attempts) {
		long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
		Duration wait = retryBase.multipliedBy(factor);
		return wait.compareTo(retryMax) > 0 ? retryMax : wait;
	}

}
