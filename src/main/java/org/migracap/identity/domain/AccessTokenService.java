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
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.ApiCaller;
import org.migracap.platform.ApiTokens;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens and the tokens of service accounts for the JSON API. A token is 32 random bytes from a
 * {@link SecureRandom}, shown once when made; only its SHA-256 is stored (a slow password hash adds nothing for a
 * random secret of 256 bits and would cost time on every request). Each token has an expiry, may be read-only, and is
 * held to a number of requests per window counted in the database, so that all instances share the count
 * (docs/adr/identity-01-access-tokens.md).
 */
@Service
public class AccessTokenService implements ApiTokens {

	static final String TOKEN_PREFIX = "mcp_";

	public static final int MAX_NAME = 80;

	private final JdbcClient jdbc;

	private final UserAccounts users;

	private final SecureRandom random = new SecureRandom();

	private final int defaultRateLimit;

	private final Duration window;

	private final int maxValidityDays;

	AccessTokenService(JdbcClient jdbc, UserAccounts users,
			@Value("${migracap.api.rate-limit:600}") int defaultRateLimit,
			@Value("${migracap.api.rate-window:1m}") Duration window,
			@Value("${migracap.api.token-max-days:366}") int maxValidityDays) {
		this.jdbc = jdbc;
		this.users = users;
		this.defaultRateLimit = defaultRateLimit;
		this.window = window;
		this.maxValidityDays = maxValidityDays;
	}

	public enum State {

		ACTIVE, EXPIRED, REVOKED

	}

	public record TokenView(long id, long userId, String name, String prefix, boolean readOnly, int rateLimit,
			Instant createdAt, Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

		public State state() {
			if (revokedAt != null) {
				return State.REVOKED;
			}
			return expiresAt.isAfter(Instant.now()) ? State.ACTIVE : State.EXPIRED;
		}

	}

	/** A token just made: {@code secret} is the only time the token itself is seen. */
	public record NewToken(TokenView token, String secret) {
	}

	public int maxValidityDays() {
		return maxValidityDays;
	}

	public int defaultRateLimit() {
		return defaultRateLimit;
	}

	/** Makes a token for the user with the default rate limit. */
	@Transactional
	public NewToken create(long userId, String name, int validDays, boolean readOnly) {
		return create(userId, name, validDays, readOnly, defaultRateLimit);
	}

	/**
	 * Makes a token for the user.
	 * @param rateLimit requests allowed per window, at most the configured default
	 */
	@Transactional
	public NewToken create(long userId, String name, int validDays, boolean readOnly, int rateLimit) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
			throw RuleViolationException.invalid("token.error.name", MAX_NAME);
		}
		if (validDays < 1 || validDays > maxValidityDays) {
			throw RuleViolationException.invalid("token.error.validity", maxValidityDays);
		}
		if (rateLimit < 1 || rateLimit > defaultRateLimit) {
			throw RuleViolationException.invalid("token.error.rateLimit", defaultRateLimit);
		}
		users.findById(userId).orElseThrow(() -> NotFoundException.of("user", userId));
		boolean taken = tokensOf(userId).stream()
			.anyMatch(t -> t.state() == State.ACTIVE && t.name().equalsIgnoreCase(trimmed));
		if (taken) {
			throw RuleViolationException.conflict("token.error.nameTaken", trimmed);
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = Instant.now();
		Instant expires = now.plus(Duration.ofDays(validDays));
		long creator = CurrentUser.current().map(CurrentUser::id).orElse(userId);
		jdbc.sql("""
				insert into identity.access_token (user_id, name, token_hash, token_prefix, read_only, rate_limit,
				    created_at, created_by, expires_at, window_count)
				values (:user, :name, :hash, :prefix, :readOnly, :rateLimit, :now, :creator, :expires, 0)""")
			.param("user", userId)
			.param("name", trimmed)
			.param("hash", hash(secret))
			.param("prefix", secret.substring(0, 10))
			.param("readOnly", readOnly)
			.param("rateLimit", rateLimit)
			.param("now", Timestamp.from(now))
			.param("creator", creator)
			.param("expires", Timestamp.from(expires))
			.update();
		TokenView view = find(hash(secret)).orElseThrow();
		return new NewToken(view, secret);
	}

	@Transactional(readOnly = true)
	public List<TokenView> tokensOf(long userId) {
		return jdbc.sql(SELECT + " where user_id = :user order by revoked_at desc nulls first, created_at desc, id desc")
			.param("user", userId)
			.query((rs, i) -> view(rs))
			.list();
	}

	/** Revokes one of the user's tokens; a token of somebody else is not found. */
	@Transactional
	public void revoke(long userId, long tokenId) {
		int changed = jdbc
			.sql("update identity.access_token set revoked_at = :now where id = :id and user_id = :user and revoked_at is null")
			.param("now", Timestamp.from(Instant.now()))
			.param("id", tokenId)
			.param("user", userId)
			.update();
		if (changed == 0 && tokensOf(userId).stream().noneMatch(t -> t.id() == tokenId)) {
			throw NotFoundException.of("token", tokenId);
		}
	}

	@Override
	@Transactional
	public Verdict check(String token) {
		Optional<TokenView> found = token.startsWith(TOKEN_PREFIX) ? find(hash(token)) : Optional.empty();
		if (found.isEmpty()) {
			return Verdict.of(Status.UNKNOWN);
		}
		TokenView view = found.get();
		if (view.state() == State.REVOKED) {
			return Verdict.of(Status.REVOKED);
		}
		if (view.state() == State.EXPIRED) {
			return Verdict.of(Status.EXPIRED);
		}
		Optional<UserAccount> account = users.findById(view.userId()).filter(UserAccount::enabled);
		if (account.isEmpty()) {
			return Verdict.of(Status.UNKNOWN);
		}
		ApiCaller caller = new ApiCaller(account.get().toCurrentUser(), view.id(), view.name(), view.readOnly());
		Instant now = Instant.now();
		long windowMillis = Math.max(1, window.toMillis());
		Instant windowStart = Instant.ofEpochMilli(now.toEpochMilli() - Math.floorMod(now.toEpochMilli(), windowMillis));
		// One statement, so that the row lock makes concurrent requests on several instances count one after another.
		jdbc.sql("""
				update identity.access_token
				set window_count = case when window_start = :window then window_count + 1 else 1 end,
				    window_start = :window, last_used_at = :now
				where id = :id""")
			.param("window", Timestamp.from(windowStart))
			.param("now", Timestamp.from(now))
			.param("id", view.id())
			.update();
		int count = jdbc.sql("select window_count from identity.access_token where id = :id")
			.param("id", view.id())
			.query(Integer.class)
			.single();
		if (count > view.rateLimit()) {
			return new Verdict(Status.RATE_LIMITED, caller, Duration.between(now, windowStart.plusMillis(windowMillis)));
		}
		return new Verdict(Status.ACCEPTED, caller, Duration.ZERO);
	}

	private static final String SELECT = """
			select id, user_id, name, token_prefix, read_only, rate_limit, created_at, expires_at, last_used_at, revoked_at
			from identity.access_token""";

	private Optional<TokenView> find(String hash) {
		return jdbc.sql(SELECT + " where token_hash = :hash").param("hash", hash).query((rs, i) -> view(rs)).optional();
	}

	private static TokenView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp used = rs.getTimestamp("last_used_at");
		Timestamp revoked = rs.getTimestamp("revoked_at");
		return new TokenView(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"),
				rs.getString("token_prefix"), rs.getBoolean("read_only"), rs.getInt("rate_limit"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				used == null ? null : used.toInstant(), revoked == null ? null : revoked.toInstant());
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
