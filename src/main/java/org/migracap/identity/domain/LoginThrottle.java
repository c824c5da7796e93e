package org.migracap.identity.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins for one user name within
 * {@code window}, that name is locked for {@code lockDuration}, whether or not an account of that name exists. Kept
 * in the database so that every instance sees the same count.
 */
@Component
class LoginThrottle {

	@ConfigurationProperties(prefix = "migracap.security.login")
	record Settings(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
			@DefaultValue("15m") Duration lockDuration) {
	}

	private final JdbcClient jdbc;

	private final Settings settings;

	LoginThrottle(JdbcClient jdbc, Settings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	boolean isLocked(String username) {
		return lockedUntil(username).filter(until -> until.isAfter(Instant.now())).isPresent();
	}

	Optional<Instant> lockedUntil(String username) {
		return jdbc.sql("select locked_until from identity.login_throttle where username = :u")
			.param("u", key(username))
			.query((rs, i) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.optional()
			.flatMap(o -> o);
	}

	@EventListener
	@Transactional
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		recordFailure(event.getAuthentication().getName());
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		jdbc.sql("delete from identity.login_throttle where username = :u")
			.param("u", key(event.getAuthentication().getName()))
			.update();
	}

	void recordFailure(String username) {
		String key = key(username);
		Instant now = Instant.now();
		Optional<Map<String, Object>> row = jdbc
			.sql("select failures, last_failure_at from identity.login_throttle where username = :u")
			.param("u", key)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
		int failures = 1;
		if (row.isPresent()) {
			Object at = row.get().get("last_failure_at");
			Instant last = at instanceof java.time.OffsetDateTime offset ? offset.toInstant() : ((Timestamp) at).toInstant();
			int previous = ((Number) row.get().get("failures")).intValue();
			failures = last.plus(settings.window()).isAfter(now) ? previous + 1 : 1;
		}
		Timestamp lockedUntil = failures >= settings.maxFailures() ? Timestamp.from(now.plus(settings.lockDuration()))
				: null;
		int updated = jdbc.sql("""
				update identity.login_throttle set failures = :f, last_failure_at = :now, locked_until = :until
				where username = :u""")
			.param("f", failures)
			.param("now", Timestamp.from(now))
			.param("until", lockedUntil)
			.param("u", key)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into identity.login_throttle (username, failures, last_failure_at, locked_until)
					values (:u, :f, :now, :until)""")
				.param("u", key)
				.param("f", failures)
				.param("now", Timestamp.from(now))
				.param("until", lockedUntil)
				.update();
		}
	}

	private static String key(String username) {
		String trimmed = username.trim().toLowerCase(Locale.ROOT);
		return trimmed.length() > 200 ? trimmed.substring(0, 200) : trimmed;
	}

}
