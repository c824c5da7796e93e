package org.migracap.webhook.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.SkipLocked;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox of webhook deliveries, the same claim-token scheme as the mail outbox (ADR mail-01): claiming is one
 * conditional UPDATE that moves due rows of enabled webhooks from PENDING to SENDING with the worker's own token; on
 * PostgreSQL the candidates are picked with {@code FOR UPDATE SKIP LOCKED} so that concurrent workers pass each other
 * by, on H2 the outer {@code status = 'PENDING'} condition alone decides. A worker sends only the rows it then reads
 * back with its token.
 */
@Component
public class Deliveries {

	public enum Status {

		PENDING, SENDING, SENT, FAILED

	}

	/** A delivery as the administrators see it. */
	public record Delivery(long id, String deliveryId, long webhookId, String event, String payload, Status status,
			int attempts, Instant nextAttemptAt, @Nullable Integer lastStatusCode, @Nullable String lastError,
			Instant createdAt, @Nullable Instant sentAt) {
	}

	/** A claimed delivery with what the worker needs to send it. */
	record Claimed(long id, String deliveryId, String event, String payload, int attempts, String url,
			String sealedSecret) {
	}

	private static final String COLUMNS = """
			id, delivery_id, webhook_id, event, payload, status, attempts, next_attempt_at, last_status_code,
			last_error, created_at, sent_at""";

	private final JdbcClient jdbc;

	/** The row-claiming clause of this database ({@link SkipLocked}). */
	private final String skipLocked;

	Deliveries(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.skipLocked = SkipLocked.clause(dataSource);
	}


	/** Adds a delivery in the caller's transaction; returns its delivery id (a UUID). */
	@Transactional(propagation = Propagation.REQUIRED)
	public String add(long webhookId, WebhookEvent event, String payload) {
		String deliveryId = UUID.randomUUID().toString();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into webhook.delivery (delivery_id, webhook_id, event, payload, status, attempts,
				    next_attempt_at, created_at)
				values (:deliveryId, :webhookId, :event, :payload, 'PENDING', 0, :now, :now)""")
			.param("deliveryId", deliveryId)
			.param("webhookId", webhookId)
			.param("event", event.wireName())
			.param("payload", payload)
			.param("now", now)
			.update();
		return deliveryId;
	}

	/**
	 * Claims up to {@code limit} due deliveries of enabled webhooks for one worker, in a short transaction of its own,
	 * so that the claim is visible to other workers before anything is sent.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<Claimed> claim(int limit) {
		String token = UUID.randomUUID().toString();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				update webhook.delivery set status = 'SENDING', claim_token = :token, claimed_at = :now
				where status = 'PENDING' and id in (
				    select d.id from webhook.delivery d
				    where d.status = 'PENDING' and d.next_attempt_at <= :now
				      and d.webhook_id in (select w.id from webhook.webhook w where w.enabled = true)
				    order by d.next_attempt_at, d.id limit :limit %s)""".formatted(skipLocked))
			.param("token", token)
			.param("now", now)
			.param("limit", limit)
			.update();
		return jdbc.sql("""
				select d.id, d.delivery_id, d.event, d.payload, d.attempts, w.url, w.secret
				from webhook.delivery d join webhook.webhook w on w.id = d.webhook_id
				where d.claim_token = :token and d.status = 'SENDING' order by d.id""")
			.param("token", token)
			.query((rs, i) -> new Claimed(rs.getLong("id"), rs.getString("delivery_id"), rs.getString("event"),
					rs.getString("payload"), rs.getInt("attempts"), rs.getString("url"), rs.getString("secret")))
			.list();
	}

	/** Gives deliveries claimed by a worker that stopped while sending back to the queue. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public int releaseStale(Instant claimedBefore) {
		return jdbc.sql("""
				update webhook.delivery set status = 'PENDING', claim_token = null, claimed_at = null
				where status = 'SENDING' and claimed_at < :before""")
			.param("before", Timestamp.from(claimedBefore))
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void sent(long id, int statusCode) {
		jdbc.sql("""
				update webhook.delivery set status = 'SENT', sent_at = :now, attempts = attempts + 1,
				    last_status_code = :code, last_error = null, claim_token = null
				where id = :id and status = 'SENDING'""")
			.param("now", Timestamp.from(Instant.now()))
			.param("code", statusCode)
			.param("id", id)
			.update();
	}

	/** Records a failed attempt: pending again until {@code nextAttempt}, or failed for good when it is null. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void attemptFailed(long id, @Nullable Integer statusCode, String reason, @Nullable Instant nextAttempt) {
		jdbc.sql("""
				update webhook.delivery set status = :status, attempts = attempts + 1, last_status_code = :code,
				    last_error = :reason, next_attempt_at = coalesce(:next, next_attempt_at), claim_token = null
				where id = :id and status = 'SENDING'""")
			.param("status", nextAttempt == null ? Status.FAILED.name() : Status.PENDING.name())
			.param("code", statusCode)
			.param("reason", reason.length() > 1000 ? reason.substring(0, 1000) : reason)
			.param("next", nextAttempt == null ? null : Timestamp.from(nextAttempt))
			.param("id", id)
			.update();
	}

	/** Queues a delivery of the webhook again (same delivery id and body), with its attempts counted afresh. */
	@Transactional
	public boolean redeliver(long webhookId, long id) {
		return jdbc.sql("""
				update webhook.delivery set status = 'PENDING', attempts = 0, next_attempt_at = :now,
				    claim_token = null, claimed_at = null
				where id = :id and webhook_id = :webhookId and status in ('SENT', 'FAILED', 'PENDING')""")
			.param("now", Timestamp.from(Instant.now()))
			.param("id", id)
			.param("webhookId", webhookId)
			.update() == 1;
	}

	@Transactional(readOnly = true)
	public Optional<Delivery> find(long webhookId, long id) {
		return jdbc.sql("select " + COLUMNS + " from webhook.delivery where id = :id and webhook_id = :webhookId")
			.param("id", id)
			.param("webhookId", webhookId)
			.query(Deliveries::delivery)
			.optional();
	}

	@Transactional(readOnly = true)
	public List<Delivery> of(long webhookId, int offset, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from webhook.delivery where webhook_id = :webhookId
				order by created_at desc, id desc limit :limit offset :offset""")
			.param("webhookId", webhookId)
			.param("limit", limit)
			.param("offset", offset)
			.query(Deliveries::delivery)
			.list();
	}

	@Transactional(readOnly = true)
	public long count(long webhookId) {
		return jdbc.sql("select count(*) from webhook.delivery where webhook_id = :webhookId")
			.param("webhookId", webhookId)
			.query(Long.class)
			.single();
	}

	private static Delivery delivery(ResultSet rs, int row) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		int code = rs.getInt("last_status_code");
		Integer lastCode = rs.wasNull() ? null : code;
		return new Delivery(rs.getLong("id"), rs.getString("delivery_id"), rs.getLong("webhook_id"),
				rs.getString("event"), rs.getString("payload"), Status.valueOf(rs.getString("status")),
				rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(), lastCode,
				rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
				sent == null ? null : sent.toInstant());
	}

}
