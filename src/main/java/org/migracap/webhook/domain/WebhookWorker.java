package org.migracap.webhook.domain;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the webhook outbox holds: claims due deliveries, posts each, signed, to its webhook's URL with Java's
 * {@link HttpClient} (connect and read timeouts, no redirects followed), and records the outcome. A 2xx answer is
 * sent; any other answer, a timeout or a refused connection is retried after an exponential back-off
 * ({@link WebhookSettings#backoff}) until the last allowed attempt marks the delivery failed.
 */
@Component
public class WebhookWorker {

	private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);

	private final Deliveries deliveries;

	private final WebhookService webhooks;

	private final WebhookSettings settings;

	private final HttpClient http;

	public WebhookWorker(Deliveries deliveries, WebhookService webhooks, WebhookSettings settings) {
		this.deliveries = deliveries;
		this.webhooks = webhooks;
		this.settings = settings;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Scheduled(initialDelayString = "${migracap.webhook.poll-interval:10s}",
			fixedDelayString = "${migracap.webhook.poll-interval:10s}")
	void poll() {
		try {
			sendDue();
		}
		catch (RuntimeException ex) {
			log.warn("Webhook worker failed: {}", ex.toString());
		}
	}

	/** Sends the deliveries that are due now, batch after batch; returns how many were sent. */
	public int sendDue() {
		deliveries.releaseStale(Instant.now().minus(settings.staleAfter()));
		int sent = 0;
		List<Deliveries.Claimed> batch;
		while (!(batch = deliveries.claim(settings.batchSize())).isEmpty()) {
			for (Deliveries.Claimed delivery : batch) {
				if (send(delivery)) {
					sent++;
				}
			}
		}
		return sent;
	}

	private boolean send(Deliveries.Claimed delivery) {
		@Nullable Integer code = null;
		String reason;
		try {
			String secret = webhooks.cipher().open(delivery.sealedSecret());
			long timestamp = Instant.now().getEpochSecond();
			HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
				.timeout(settings.readTimeout())
				.header("Content-Type", "application/json")
				.header("User-Agent", "MigraCap-Webhooks/1")
				.header("X-MigraCap-Event", delivery.event())
				.header("X-MigraCap-Delivery", delivery.deliveryId())
				.header("X-MigraCap-Timestamp", String.valueOf(timestamp))
				.header("X-MigraCap-Signature", Signatures.sign(secret, timestamp, delivery.payload()))
				.POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
				.build();
			HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			code = response.statusCode();
			String answer = head(response.body());
			if (code >= 200 && code < 300) {
				deliveries.sent(delivery.id(), code);
				return true;
			}
			reason = "HTTP " + code + (answer.isBlank() ? "" : ": " + answer);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			reason = "Interrupted";
		}
		catch (IOException | RuntimeException ex) {
			reason = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
		}
		int attempts = delivery.attempts() + 1;
		Instant next = attempts >= settings.maxAttempts() ? null : Instant.now().plus(settings.backoff(attempts));
		deliveries.attemptFailed(delivery.id(), code, reason, next);
		log.warn("Webhook delivery {} ({}) not delivered (attempt {}{}): {}", delivery.deliveryId(), delivery.event(),
				attempts, next == null ? ", given up" : "", reason);
		return false;
	}

	/** The first few hundred characters of the receiver's answer, for the administrators' page. */
	private static String head(InputStream body) throws IOException {
		try (body) {
			byte[] bytes = body.readNBytes(300);
			return new String(bytes, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
		}
	}

}
