package org.migracap.mail.domain;

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
 * The table of outgoing mail. Claiming is a single conditional UPDATE that moves due rows from QUEUED to SENDING
 * with the worker's claim token; on PostgreSQL the candidate rows are picked with {@code FOR UPDATE SKIP LOCKED} so
 * that concurrent workers pass each other by, on H2 the outer {@code status = 'QUEUED'} condition alone decides.
 */
@Component
public class Outbox {

	public enum Status {

		QUEUED, SENDING, SENT, FAILED

	}

	public record Message(long id, String kind, String recipient, String language, String subject, String text,
			String html, String headers, Status status, int attempts, Instant nextAttemptAt,
			@Nullable String lastError, Instant createdAt, @Nullable Instant sentAt) {
	}

	/** A file sent with a message; {@code size} is the length of its UTF-8 bytes. */
	public record Attachment(long id, String filename, String contentType, String content, int size) {
	}

	private static final String COLUMNS = """
			id, kind, recipient, language, subject, body_text, body_html, headers, status, attempts, next_attempt_at,
			last_error, created_at, sent_at""";

	private final JdbcClient jdbc;

	/** The row-claiming clause of this database ({@link SkipLocked}). */
	private final String skipLocked;

	Outbox(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.skipLocked = SkipLocked.clause(dataSource);
	}


	/** Adds a message to the outbox in the caller's transaction; returns its id. */
	@Transactional(propagation = Propagation.REQUIRED)
	public long add(String kind, String recipient, String language, String subject, String text, String html,
			String headers) {
		Instant now = Instant.now();
		org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into mail.outgoing_mail (kind, recipient, language, subject, body_text, body_html, headers,
				    status, attempts, next_attempt_at, created_at)
				values (:kind, :recipient, :language, :subject, :text, :html, :headers, 'QUEUED', 0, :now, :now)""")
			.param("kind", kind)
			.param("recipient", recipient)
			.param("language", language)
			.param("subject", subject)
			.param("text", text)
			.param("html", html)
			.param("headers", headers)
			.param("now", Timestamp.from(now))
			.update(key, "id");
		return java.util.Objects.requireNonNull(key.getKey()).longValue();
	}

	/** Adds a file to a queued message, in the caller's transaction. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void attach(long messageId, String filename, String contentType, String content) {
		jdbc.sql("""
				insert into mail.outgoing_attachment (message_id, filename, content_type, content, size_bytes)
				values (:message, :filename, :type, :content, :size)""")
			.param("message", messageId)
			.param("filename", filename)
			.param("type", contentType)
			.param("content", content)
			.param("size", content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
			.update();
	}

	/** The files of a message, in the order they were added. */
	@Transactional(readOnly = true)
	public List<Attachment> attachments(long messageId) {
		return jdbc.sql("""
				select id, filename, content_type, content, size_bytes from mail.outgoing_attachment
				where message_id = :message order by id""")
			.param("message", messageId)
			.query((rs, i) -> new Attachment(rs.getLong("id"), rs.getString("filename"), rs.getString("content_type"),
					rs.getString("content"), rs.getInt("size_bytes")))
			.list();
	}

	/**
	 * Claims up to {@code limit} due messages for one worker and returns them. Runs in its own short transaction, so
	 * that the claim is visible to other workers before any message is sent.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<Message> claim(int limit) {
		String token = UUID.randomUUID().toString();
		Instant now = Instant.now();
		jdbc.sql("""
				update mail.outgoing_mail set status = 'SENDING', claim_token = :token, claimed_at = :now
				where status = 'QUEUED' and id in (
				    select id from mail.outgoing_mail where status = 'QUEUED' and next_attempt_at <= :now
				    order by next_attempt_at, id limit :limit %s)""".formatted(skipLocked))
			.param("token", token)
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.update();
		return jdbc.sql("select " + COLUMNS + " from mail.outgoing_mail where claim_token = :token and status = 'SENDING' order by id")
			.param("token", token)
			.query(Outbox::message)
			.list();
	}

	/** Gives messages claimed by a worker that stopped while sending back to the queue. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public int releaseStale(Instant claimedBefore) {
		return jdbc.sql("""
				update mail.outgoing_mail set status = 'QUEUED', claim_token = null, claimed_at = null
				where status = 'SENDING' and claimed_at < :before""")
			.param("before", Timestamp.from(claimedBefore))
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void sent(long id) {
		jdbc.sql("""
				update mail.outgoing_mail set status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = null,
				    claim_token = null where id = :id and status = 'SENDING'""")
			.param("now", Timestamp.from(Instant.now()))
			.param("id", id)
			.update();
	}

	/** Records a failed attempt: back to the queue until {@code nextAttempt}, or failed for good when it is null. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void attemptFailed(long id, String reason, @Nullable Instant nextAttempt) {
		jdbc.sql("""
				update mail.outgoing_mail set status = :status, attempts = attempts + 1, last_error = :reason,
				    next_attempt_at = coalesce(:next, next_attempt_at), claim_token = null
				where id = :id and status = 'SENDING'""")
			.param("status", nextAttempt == null ? Status.FAILED.name() : Status.QUEUED.name())
			.param("reason", reason.length() > 1000 ? reason.substring(0, 1000) : reason)
			.param("next", nextAttempt == null ? null : Timestamp.from(nextAttempt))
			.param("id", id)
			.update();
	}

	/** Queues a message again for an administrator, with its attempts counted afresh. */
	@Transactional
	public boolean resend(long id) {
		return jdbc.sql("""
				update mail.outgoing_mail set status = 'QUEUED', attempts = 0, next_attempt_at = :now, claim_token = null,
				    claimed_at = null where id = :id and status in ('SENT', 'FAILED', 'QUEUED')""")
			.param("now", Timestamp.from(Instant.now()))
			.param("id", id)
			.update() == 1;
	}

	@Transactional(readOnly = true)
	public Optional<Message> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from mail.outgoing_mail where id = :id")
			.param("id", id)
			.query(Outbox::message)
			.optional();
	}

	@Transactional(readOnly = true)
	public List<Message> latest(@Nullable Status status, String recipient, int offset, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from mail.outgoing_mail
				where (:status = '' or status = :status) and (:recipient = '' or lower(recipient) like :pattern)
				order by created_at desc, id desc limit :limit offset :offset""")
			.param("status", status == null ? "" : status.name())
			.param("recipient", recipient)
			.param("pattern", "%" + recipient.toLowerCase() + "%")
			.param("limit", limit)
			.param("offset", offset)
			.query(Outbox::message)
			.list();
	}

	@Transactional(readOnly = true)
	public List<Message> to(String recipient) {
		return jdbc.sql("select " + COLUMNS + " from mail.outgoing_mail where lower(recipient) = lower(:r) order by id")
			.param("r", recipient)
			.query(Outbox::message)
			.list();
	}

	@Transactional(readOnly = true)
	public java.util.Map<Status, Integer> counts() {
		java.util.Map<Status, Integer> counts = new java.util.EnumMap<>(Status.class);
		for (Status s : Status.values()) {
			counts.put(s, 0);
		}
		jdbc.sql("select status, count(*) as n from mail.outgoing_mail group by status")
			.query((rs, i) -> counts.put(Status.valueOf(rs.getString("status")), rs.getInt("n")))
			.list();
		return counts;
	}

	private static Message message(java.sql.ResultSet rs, int row) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		return new Message(rs.getLong("id"), rs.getString("kind"), rs.getString("recipient"), rs.getString("language"),
				rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"), rs.getString("headers"),
				Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
				rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
				rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant());
	}

}
