package org.migracap.webhook.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Encrypts webhook secrets for the database with AES-GCM under the key of {@code migracap.webhook.secret-key}:
 * {@code v1:<base64 of a 12-byte nonce and the ciphertext with its tag>}. Without a key, secrets are kept as
 * {@code plain:<secret>}; both forms are read whatever the current setting, so a key can be added later (a secret is
 * encrypted at its next rotation).
 */
public final class SecretCipher {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final @Nullable SecretKeySpec key;

	public SecretCipher(String base64Key) {
		if (base64Key.isBlank()) {
			this.key = null;
		}
		else {
			byte[] bytes = Base64.getDecoder().decode(base64Key.trim());
			if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
				throw new IllegalArgumentException("migracap.webhook.secret-key must be 16, 24 or 32 bytes in base64");
			}
			this.key = new SecretKeySpec(bytes, "AES");
		}
	}

	public boolean encrypts() {
		return key != null;
	}

	public String seal(String secret) {
		if (key == null) {
			return "plain:" + secret;
		}
		try {
			byte[] nonce = new byte[12];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			byte[] all = new byte[nonce.length + sealed.length];
			System.arraycopy(nonce, 0, all, 0, nonce.length);
			System.arraycopy(sealed, 0, all, nonce.length, sealed.length);
			return "v1:" + Base64.getEncoder().encodeToString(all);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt a webhook secret", ex);
		}
	}

	public String open(String stored) {
		if (stored.startsWith("plain:")) {
			return stored.substring("plain:".length());
		}
		if (!stored.startsWith("v1:")) {
			throw new IllegalStateException("Unknown form of a stored webhook secret");
		}
		if (key == null) {
			throw new IllegalStateException("A webhook secret is encrypted but migracap.webhook.secret-key is not set");
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring(3));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
			return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A webhook secret cannot be decrypted with the configured key", ex);
		}
	}

	/** A new shared secret: {@code whsec_} and 32 random bytes in base64url. */
	public static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
