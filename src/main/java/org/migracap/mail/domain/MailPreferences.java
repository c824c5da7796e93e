package org.migracap.mail.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.migracap.mail.Delivery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each address's choice of {@link Delivery} per kind of mail. An address without a row for a kind gets it
 * immediately. Addresses are compared without regard to case.
 */
@Component
public class MailPreferences {

	private final JdbcClient jdbc;

	MailPreferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static String key(String address) {
		return address.trim().toLowerCase(Locale.ROOT);
	}

	@Transactional(readOnly = true)
	public Delivery of(String address, String kind) {
		return jdbc.sql("select mode from mail.preference where address = :a and kind = :k")
			.param("a", key(address))
			.param("k", kind)
			.query(String.class)
			.optional()
			.map(Delivery::valueOf)
			.orElse(Delivery.IMMEDIATE);
	}

	/** The kinds the address has chosen something for, with the choice. */
	@Transactional(readOnly = true)
	public Map<String, Delivery> all(String address) {
		Map<String, Delivery> chosen = new LinkedHashMap<>();
		jdbc.sql("select kind, mode from mail.preference where address = :a order by kind")
			.param("a", key(address))
			.query((rs, i) -> chosen.put(rs.getString("kind"), Delivery.valueOf(rs.getString("mode"))))
			.list();
		return chosen;
	}

	@Transactional
	public void set(String address, String kind, Delivery delivery) {
		Timestamp now = Timestamp.from(Instant.now());
		int updated = jdbc.sql("update mail.preference set mode = :m, updated_at = :now where address = :a and kind = :k")
			.param("m", delivery.name())
			.param("now", now)
			.param("a", key(address))
			.param("k", kind)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into mail.preference (address, kind, mode, updated_at) values (:a, :k, :m, :now)")
				.param("m", delivery.name())
				.param("now", now)
				.param("a", key(address))
				.param("k", kind)
				.update();
		}
	}

	/** Sets every kind the address receives as a digest to none (the digest's own unsubscribe link). */
	@Transactional
	public int stopDigests(String address) {
		return jdbc.sql("""
				update mail.preference set mode = 'NONE', updated_at = :now where address = :a and mode = 'DIGEST'""")
			.param("now", Timestamp.from(Instant.now()))
			.param("a", key(address))
			.update();
	}

}
