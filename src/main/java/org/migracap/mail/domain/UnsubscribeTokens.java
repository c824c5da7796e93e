package org.migracap.mail.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tokens of one-click unsubscribe links (RFC 8058): the address and the kind of mail, signed with an HMAC-SHA256
 * key, so that a link can only be made by MigraCap and names exactly one address and kind. The key is
 * {@code migracap.mail.unsubscribe-secret}, or else one made at random by the first instance that needs it and kept
 * in the database for all instances.
 */
@Component
public class UnsubscribeTokens {

	/** What a valid token names. */
	public record Subscription(String address, String kind) {
	}

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final JdbcClient jdbc;

	private final String configured;

	private volatile byte @Nullable [] key;

	private final TransactionTemplate ownTransaction;

	UnsubscribeTokens(JdbcClient jdbc, PlatformTransactionManager transactions,
			@Value("${migracap.mail.unsubscribe-secret:}") String configured) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.configured = configured;
	}

	/** The one-click unsubscribe address of a kind of mail to an address. */
	public String link(String baseUrl, String address, String kind) {
		return baseUrl + "/mail/unsubscribe/" + sign(address, kind);
	}

	/** The RFC 8058 headers of a message, as the outbox keeps them (one {@code Name: value} a line). */
	public static String headerLines(String unsubscribeUrl) {
		return "List-Unsubscribe: <" + unsubscribeUrl + ">\nList-Unsubscribe-Post: List-Unsubscribe=One-Click";
	}

	public String sign(String address, String kind) {
		byte[] payload = (address.trim().toLowerCase(Locale.ROOT) + "\n" + kind).getBytes(StandardCharsets.UTF_8);
		return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
	}

	/** The address and kind of a token that MigraCap signed, or empty for anything else. */
	public Optional<Subscription> verify(String token) {
		int dot = token.indexOf('.');
		if (dot <= 0 || token.length() > 1500) {
			return Optional.empty();
		}
		try {
			byte[] payload = DECODER.decode(token.substring(0, dot));
			byte[] signature = DECODER.decode(token.substring(dot + 1));
			if (!MessageDigest.isEqual(signature, mac(payload))) {
				return Optional.empty();
			}
			String text = new String(payload, StandardCharsets.UTF_8);
			int newline = text.indexOf('\n');
			if (newline <= 0 || newline == text.length() - 1) {
				return Optional.empty();
			}
			return Optional.of(new Subscription(text.substring(0, newline), text.substring(newline + 1)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private byte[] mac(byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return mac.doFinal(payload);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] key() {
		byte[] known = key;
		if (known == null) {
			known = configured.isBlank() ? stored() : configured.getBytes(StandardCharsets.UTF_8);
			key = known;
		}
		return known;
	}

	/** In a transaction of its own, so that losing the race to another instance fails no caller's transaction. */
	private byte[] stored() {
		byte @Nullable [] made = ownTransaction.execute(this::storedInTransaction);
		return made != null ? made : HexFormat.of().parseHex(read().orElseThrow());
	}

	private byte @Nullable [] storedInTransaction(TransactionStatus status) {
		Optional<String> secret = read();
		if (secret.isEmpty()) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			try {
				jdbc.sql("insert into mail.signing_key (name, secret) values ('unsubscribe', :s)")
					.param("s", HexFormat.of().formatHex(random))
					.update();
			}
			catch (DataIntegrityViolationException ex) {
				// another instance made it first: use theirs
				status.setRollbackOnly();
				return null;
			}
			secret = read();
		}
		return HexFormat.of().parseHex(secret.orElseThrow());
	}

	private Optional<String> read() {
		return jdbc.sql("select secret from mail.signing_key where name = 'unsubscribe'").query(String.class).optional();
	}

}
