package org.migracap.mail.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: messages of the kinds a person wants as a digest wait in {@code mail.digest_item}; once a day
 * ({@code migracap.mail.digest-cron}) each recipient with waiting items gets one mail listing them. Each recipient's
 * digest is made in a transaction of its own that records it in {@code mail.digest_sent} (one row per recipient and
 * day) and marks its items: an item is listed once, and a recipient gets at most one digest a day, however many
 * instances and runs there are.
 */
@Component
public class Digests {

	/** The kind of the digest mail itself; its unsubscribe link stops every digest of the address. */
	public static final String KIND = "mail.digest";

	private static final Logger log = LoggerFactory.getLogger(Digests.class);

	/** One line of a digest, for the templates. */
	public record Item(long id, String kind, String subject, @Nullable String link, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final MailTemplates templates;

	private final UnsubscribeTokens tokens;

	private final TransactionTemplate perRecipient;

	private final ZoneId zone;

	Digests(JdbcClient jdbc, Outbox outbox, MailTemplates templates, UnsubscribeTokens tokens,
			PlatformTransactionManager transactions, @Value("${migracap.mail.digest-zone:UTC}") String zone) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.templates = templates;
		this.tokens = tokens;
		this.perRecipient = new TransactionTemplate(transactions);
		this.perRecipient.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		this.zone = ZoneId.of(zone);
	}

	/** Keeps a message for the recipient's next digest, in the caller's transaction. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void add(String recipient, String language, String kind, String subject, @Nullable String link) {
		jdbc.sql("""
				insert into mail.digest_item (recipient, language, kind, subject, link, created_at)
				values (:r, :l, :k, :s, :link, :now)""")
			.param("r", recipient.trim().toLowerCase(Locale.ROOT))
			.param("l", language)
			.param("k", kind)
			.param("s", subject.length() > 500 ? subject.substring(0, 500) : subject)
			.param("link", link)
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

	/** The items waiting for the recipient's next digest. */
	@Transactional(readOnly = true)
	public List<Item> waiting(String recipient) {
		return jdbc.sql("""
				select id, kind, subject, link, created_at from mail.digest_item
				where recipient = :r and digest_mail is null order by created_at, id""")
			.param("r", recipient.trim().toLowerCase(Locale.ROOT))
			.query((rs, i) -> new Item(rs.getLong("id"), rs.getString("kind"), rs.getString("subject"),
					rs.getString("link"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	@Scheduled(cron = "${migracap.mail.digest-cron:0 0 6 * * *}", zone = "${migracap.mail.digest-zone:UTC}")
	void daily() {
		try {
			int sent = sendDue(Instant.now());
			log.info("Daily digests queued: {}", sent);
		}
		catch (RuntimeException ex) {
			log.warn("Daily digest failed: {}", ex.toString());
		}
	}

	/**
	 * Queues one digest for each recipient with items from before {@code now} and no digest yet on that day.
	 * @return how many digests this call queued
	 */
	public int sendDue(Instant now) {
		List<String> recipients = jdbc.sql("""
				select distinct recipient from mail.digest_item where digest_mail is null and created_at <= :now""")
			.param("now", Timestamp.from(now))
			.query(String.class)
			.list();
		int sent = 0;
		for (String recipient : recipients) {
			try {
				if (Boolean.TRUE.equals(perRecipient.execute(status -> sendOne(recipient, now)))) {
					sent++;
				}
			}
			catch (DataIntegrityViolationException ex) {
				// another instance or run made this recipient's digest of the day
			}
		}
		return sent;
	}

	private boolean sendOne(String recipient, Instant now) {
		LocalDate day = LocalDate.ofInstant(now, zone);
		boolean already = jdbc.sql("select count(*) from mail.digest_sent where recipient = :r and digest_day = :d")
			.param("r", recipient)
			.param("d", day)
			.query(Integer.class)
			.single() > 0;
		if (already) {
			return false;
		}
		List<Item> items = waiting(recipient).stream().filter(i -> !i.createdAt().isAfter(now)).toList();
		if (items.isEmpty()) {
			return false;
		}
		String language = jdbc.sql("""
				select language from mail.digest_item where id = :id""")
			.param("id", items.getLast().id())
			.query(String.class)
			.single();
		Locale locale = Locale.of(language);
		String unsubscribe = tokens.link(templates.baseUrl(), recipient, KIND);
		MailTemplates.Rendered rendered = templates.render("mail/digest", locale, "mail.digest.subject",
				new Object[] { items.size() },
				Map.of("items", items, "unsubscribeUrl", unsubscribe, "accountUrl", templates.baseUrl() + "/account"));
		long id = outbox.add(KIND, recipient, locale.getLanguage(), rendered.subject(), rendered.text(),
				rendered.html(), UnsubscribeTokens.headerLines(unsubscribe));
		jdbc.sql("insert into mail.digest_sent (recipient, digest_day, outgoing_mail) values (:r, :d, :id)")
			.param("r", recipient)
			.param("d", day)
			.param("id", id)
			.update();
		int marked = jdbc.sql("update mail.digest_item set digest_mail = :mail where id in (:ids) and digest_mail is null")
			.param("mail", id)
			.param("ids", items.stream().map(Item::id).toList())
			.update();
		if (marked != items.size()) {
			throw new DataIntegrityViolationException("Digest items of " + recipient + " taken by another run");
		}
		return true;
	}

}
