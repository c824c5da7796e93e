package org.migracap.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.migracap.support.PathSamples;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Path samples for the webhook pages and API: a disabled webhook (so that no worker ever sends to it) with one sent
 * delivery, made once and kept, pointing at the discard port of the loopback interface.
 */
public class WebhookPathSamples implements PathSamples {

	static final String SAMPLE_URL = "http://127.0.0.1:9/authorization-matrix-sample";

	@Override
	public Optional<String> sample(String pattern, String variable, Scope scope, JdbcClient jdbc) {
		if (!pattern.startsWith("/admin/webhooks") && !pattern.startsWith("/api/admin/webhooks")) {
			return Optional.empty();
		}
		long webhook = sampleWebhook(jdbc);
		return switch (variable) {
			case "id" -> Optional.of(String.valueOf(webhook));
			case "deliveryId" -> Optional.of(String.valueOf(sampleDelivery(jdbc, webhook)));
			default -> Optional.empty();
		};
	}

	private static synchronized long sampleWebhook(JdbcClient jdbc) {
		Optional<Long> found = jdbc.sql("select id from webhook.webhook where url = :url order by id fetch first 1 rows only")
			.param("url", SAMPLE_URL)
			.query(Long.class)
			.optional();
		if (found.isPresent()) {
			return found.get();
		}
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into webhook.webhook (version, url, description, secret, events, enabled, created_at, created_by,
				    secret_rotated_at)
				values (0, :url, 'Authorisation matrix sample', 'plain:matrix-sample', 'RequestAccepted', false, :now,
				    'admin', :now)""")
			.param("url", SAMPLE_URL)
			.param("now", now)
			.update();
		return jdbc.sql("select id from webhook.webhook where url = :url order by id fetch first 1 rows only").param("url", SAMPLE_URL)
			.query(Long.class).single();
	}

	private static synchronized long sampleDelivery(JdbcClient jdbc, long webhook) {
		Optional<Long> found = jdbc.sql("select id from webhook.delivery where webhook_id = :w order by id fetch first 1 rows only")
			.param("w", webhook)
			.query(Long.class)
			.optional();
		if (found.isPresent()) {
			return found.get();
		}
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into webhook.delivery (delivery_id, webhook_id, event, payload, status, attempts,
				    next_attempt_at, last_status_code, created_at, sent_at)
				values (:uuid, :w, 'RequestAccepted', '{}', 'SENT', 1, :now, 200, :now, :now)""")
			.param("uuid", java.util.UUID.randomUUID().toString())
			.param("w", webhook)
			.param("now", now)
			.update();
		return jdbc.sql("select id from webhook.delivery where webhook_id = :w order by id fetch first 1 rows only").param("w", webhook)
			.query(Long.class).single();
	}

}
