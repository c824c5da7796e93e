package org.migracap.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time links sent by e-mail. A token is 256 random bits; only its SHA-256 hash is stored. A token works once
 * ({@link #consume} is a conditional update, so two concurrent uses cannot both succeed), and not after it expires.
 */
@Component
class AccountTokens {

	enum Purpose {

		INVITATION, RESET, VERIFY

	}

	enum State {

		VALID, EXPIRED, USED, UNKNOWN

	}

	record Token(long id, long userId, Purpose purpose, String email, Instant expiresAt, State state) {
	}

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	AccountTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Issues a new token, voiding the user's earlier unused ones of the same purpose; returns the token itself. */
	String issue(long userId, Purpose purpose, String email, Duration ttl) {
		Instant now = Instant.now();
		jdbc.sql("""
				update identity.account_token set expires_at = :now
				where user_id = :user and purpose = :purpose and used_at is null and expires_at > :now""")
			.param("now", Timestamp.from(now))
			.param("user", userId)
			.param("purpose", purpose.name())
			.update();
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				insert into identity.account_token (user_id, purpose, token_hash, email, created_at, expires_at)
				values (:user, :purpose, :hash, :email, :now, :expires)""")
			.param("user", userId)
			.param("purpose", purpose.name())
			.param("hash", hash(token))
			.param("email", email)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(ttl)))
			.update();
		return token;
	}

	Optional<Token> find(String token, Purpose purpose) {
		Instant now = Instant.now();
		return jdbc.sql("""
				select id, user_id, purpose, email, expires_at, used_at from identity.account_token
				where token_hash = :hash and purpose = :purpose""")
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.query((rs, i) -> {
				Instant expires = rs.getTimestamp("expires_at").toInstant();
				State state = rs.getTimestamp("used_at") != null ? State.USED
						: expires.isAfter(now) ? State.VALID : State.EXPIRED;
				return new Token(rs.getLong("id"), rs.getLong("user_id"), Purpose.valueOf(rs.getString("purpose")),
						rs.getString("email"), expires, state);
			})
			.optional();
	}

	State state(String token, Purpose purpose) {
		return find(token, purpose).map(Token::state).orElse(State.UNKNOWN);
	}

	/** Uses the token up; true only for the one caller that found it valid. */
	boolean consume(Token token) {
		Instant now = Instant.now();
		return jdbc.sql("""
				update identity.account_token set used_at = :now
				where id = :id and used_at is null and expires_at > :now""")
			.param("now", Timestamp.from(now))
			.param("id", token.id())
			.update() == 1;
	}

	boolean issuedSince(long userId, Purpose purpose, Instant since) {
		return jdbc.sql("""
				select count(*) from identity.account_token
				where user_id = :user and purpose = :purpose and created_at > :since""")
			.param("user", userId)
			.param("purpose", purpose.name())
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single() > 0;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
