package org.migracap.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.migracap.support.PathSamples;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Path samples for the outgoing-mail pages, and a genuine unsubscribe token (signed here, as RFC 8058 links are, with
 * the key the application keeps in {@code mail.signing_key}) for an address no one reads.
 */
public class MailPathSamples implements PathSamples {

	public static final String SAMPLE_ADDRESS = "matrix-sample@example.org";

	/** The kind of the one outgoing mail {@link #prepare} commits: a failed message, so that it can be resent. */
	static final String SAMPLE_KIND = "matrix.sample";

	@Override
	public void prepare(ApplicationContext context) {
		cleanUp(context);
		context.getBean(JdbcClient.class).sql("""
				insert into mail.outgoing_mail (kind, recipient, language, subject, body_text, body_html, headers, status,
				    attempts, next_attempt_at, last_error, created_at)
				values (:kind, :recipient, 'en', 'Authorisation matrix sample', 'A sample message.',
				    '<p>A sample message.</p>', '', 'FAILED', 5, :now, 'sample: never sent', :now)""")
			.param("kind", SAMPLE_KIND)
			.param("recipient", SAMPLE_ADDRESS)
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

	@Override
	public void cleanUp(ApplicationContext context) {
		context.getBean(JdbcClient.class)
			.sql("delete from mail.outgoing_mail where kind = :kind")
			.param("kind", SAMPLE_KIND)
			.update();
	}

	/** Rows {@link #prepare} made that are still there. */
	public static long remaining(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from mail.outgoing_mail where kind = :kind")
			.param("kind", SAMPLE_KIND)
			.query(Long.class)
			.single();
	}

	@Override
	public Optional<String> sample(String pattern, String variable, Scope scope, JdbcClient jdbc) {
		if (pattern.startsWith("/admin/mail") && variable.equals("id")) {
			return Optional.of(String.valueOf(jdbc.sql("select id from mail.outgoing_mail where kind = :kind")
				.param("kind", SAMPLE_KIND)
				.query(Long.class)
				.optional()
				.orElseThrow(() -> new IllegalStateException("No sample mail: MailPathSamples.prepare not run"))));
		}
		if (pattern.startsWith("/mail/unsubscribe") && variable.equals("token")) {
			return Optional.of(token(jdbc, SAMPLE_ADDRESS, "matrix.sample"));
		}
		return Optional.empty();
	}

	/** An unsubscribe token signed with the application's stored key, made the way the application makes it. */
	public static String token(JdbcClient jdbc, String address, String kind) {
		if (jdbc.sql("select count(*) from mail.signing_key where name = 'unsubscribe'").query(Integer.class).single() == 0) {
			byte[] random = new byte[32];
			new java.security.SecureRandom().nextBytes(random);
			jdbc.sql("insert into mail.signing_key (name, secret) values ('unsubscribe', :s)")
				.param("s", HexFormat.of().formatHex(random))
				.update();
		}
		byte[] key = HexFormat.of()
			.parseHex(jdbc.sql("select secret from mail.signing_key where name = 'unsubscribe'")
				.query(String.class)
				.single());
		byte[] payload = (address + "\n" + kind).getBytes(StandardCharsets.UTF_8);
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
			return b64.encodeToString(payload) + "." + b64.encodeToString(mac.doFinal(payload));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
