package org.migracap.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.domain.AccessTokenService;
import org.migracap.identity.domain.UserService;
import org.migracap.platform.Role;
import org.migracap.support.PathSamples;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Path samples for the access-token and service-account pages, and the tokens the authorisation matrix calls the API
 * with. The demo data has no token and no service account, so {@link #prepare} commits them before the matrix runs: a
 * service account bound to the focal-point role of {@value PathSamples#OWN_COUNTRY}, an active token named
 * {@value #TOKEN_NAME} for each demo user the matrix uses and for the service account, a read-only token of the
 * coordinator, and a revoked and an expired token of the administrator. {@link #cleanUp} deletes them all.
 */
public class TokenPathSamples implements PathSamples {

	/** The user name of the matrix's service account. */
	public static final String SERVICE_ACCOUNT = "matrix-service-ken";

	/** The name of every token the matrix makes (with a suffix for the read-only, revoked and expired ones). */
	public static final String TOKEN_NAME = "authorization matrix";

	/** The demo users that get an active token. */
	public static final List<String> USERS = List.of("admin", "coordinator", PathSamples.OWN_FOCAL_POINT, "facilitator",
			"participant", SERVICE_ACCOUNT);

	public enum Kind {

		ACTIVE(""), READ_ONLY(" read-only"), REVOKED(" revoked"), EXPIRED(" expired");

		final String suffix;

		Kind(String suffix) {
			this.suffix = suffix;
		}

	}

	private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();

	/** The secret of the token of this kind made for the user by {@link #prepare}. */
	public static String secret(String username, Kind kind) {
		String secret = SECRETS.get(username + "/" + kind);
		if (secret == null) {
			throw new IllegalStateException("No " + kind + " token of " + username + ": TokenPathSamples.prepare not run");
		}
		return secret;
	}

	@Override
	public void prepare(ApplicationContext context) {
		cleanUp(context);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		AccessTokenService tokens = context.getBean(AccessTokenService.class);
		context.getBean(UserService.class)
			.createServiceAccount(SERVICE_ACCOUNT, "Authorisation matrix test system", Role.FOCAL_POINT,
					PathSamples.OWN_COUNTRY);
		for (String username : USERS) {
			SECRETS.put(username + "/" + Kind.ACTIVE,
					tokens.create(userId(jdbc, username), TOKEN_NAME, 1, false).secret());
		}
		SECRETS.put("coordinator/" + Kind.READ_ONLY,
				tokens.create(userId(jdbc, "coordinator"), TOKEN_NAME + Kind.READ_ONLY.suffix, 1, true).secret());
		long admin = userId(jdbc, "admin");
		AccessTokenService.NewToken revoked = tokens.create(admin, TOKEN_NAME + Kind.REVOKED.suffix, 1, false);
		tokens.revoke(admin, revoked.token().id());
		SECRETS.put("admin/" + Kind.REVOKED, revoked.secret());
		AccessTokenService.NewToken expired = tokens.create(admin, TOKEN_NAME + Kind.EXPIRED.suffix, 1, false);
		jdbc.sql("update identity.access_token set expires_at = :past where id = :id")
			.param("past", Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))))
			.param("id", expired.token().id())
			.update();
		SECRETS.put("admin/" + Kind.EXPIRED, expired.secret());
	}

	@Override
	public void cleanUp(ApplicationContext context) {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		jdbc.sql("""
				delete from identity.access_token where name like :name or user_id in
				(select id from identity.user_account where username = :account)""")
			.param("name", TOKEN_NAME + "%")
			.param("account", SERVICE_ACCOUNT)
			.update();
		jdbc.sql("delete from identity.user_account where username = :account").param("account", SERVICE_ACCOUNT).update();
		SECRETS.clear();
	}

	/** Rows {@link #prepare} made that are still there (for the matrix to show that none remain). */
	public static long remaining(JdbcClient jdbc) {
		return jdbc.sql("""
				select (select count(*) from identity.access_token where name like :name)
				     + (select count(*) from identity.user_account where username = :account)""")
			.param("name", TOKEN_NAME + "%")
			.param("account", SERVICE_ACCOUNT)
			.query(Long.class)
			.single();
	}

	private static long userId(JdbcClient jdbc, String username) {
		return jdbc.sql("select id from identity.user_account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	@Override
	public Optional<String> sample(String pattern, String variable, Scope scope, JdbcClient jdbc) {
		return sample(pattern, variable, scope, null, jdbc);
	}

	@Override
	public Optional<String> sample(String pattern, String variable, Scope scope, @Nullable String username,
			JdbcClient jdbc) {
		if (pattern.startsWith("/account/tokens") && variable.equals("tokenId")) {
			// The caller's own token: a token of somebody else is not found, by design.
			return Optional.of(String.valueOf(token(jdbc, username == null ? "admin" : username)));
		}
		if (pattern.startsWith("/admin/service-accounts")) {
			return switch (variable) {
				case "accountId" -> Optional.of(String.valueOf(userId(jdbc, SERVICE_ACCOUNT)));
				case "tokenId" -> Optional.of(String.valueOf(token(jdbc, SERVICE_ACCOUNT)));
				default -> Optional.empty();
			};
		}
		return Optional.empty();
	}

	private static long token(JdbcClient jdbc, String username) {
		return jdbc.sql("""
				select t.id from identity.access_token t join identity.user_account u on u.id = t.user_id
				where u.username = :u and t.name = :name and t.revoked_at is null""")
			.param("u", username)
			.param("name", TOKEN_NAME)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalStateException(
					"No matrix token of " + username + ": TokenPathSamples.prepare not run"));
	}

}
