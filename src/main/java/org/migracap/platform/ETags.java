package org.migracap.platform;

import java.util.Arrays;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Entity tags of the records people edit, for the API's {@code ETag} / {@code If-Match} (RFC 9110 section 13.1.1):
 * the tag of a record is its optimistic-locking version, quoted ({@code "7"}). A read answers it in {@code ETag}; an
 * update that sends {@code If-Match} is refused with 412 when no tag it names is the record's current version, before
 * anything is changed. An update without {@code If-Match} is checked by the version in its body, if it has one, as
 * before (409).
 */
public final class ETags {

	private ETags() {
	}

	/** The entity tag of a record at this version, quoted as {@code ETag} and {@code If-Match} carry it. */
	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * Throws {@link PreconditionFailedException} (412) unless the {@code If-Match} header is absent, {@code *}, or
	 * names the current version (weak tags {@code W/"7"} are compared weakly, as If-Match allows for versions).
	 * @param ifMatch the request's If-Match header, or null when it has none
	 * @param what the kind of record, for the message ("request", "assessment cycle")
	 * @param id the record's id, for the message
	 * @param currentVersion the record's version now
	 */
	public static void check(@Nullable String ifMatch, String what, Object id, long currentVersion) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
			return;
		}
		boolean matches = Arrays.stream(ifMatch.split(","))
			.map(String::trim)
			.map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
			.anyMatch(tag -> tag.equals(of(currentVersion)));
		if (!matches) {
			throw new PreconditionFailedException(what, id, ifMatch.trim(), currentVersion);
		}
	}

	/**
	 * The version an update expects: the one its {@code If-Match} names, else the one in its body (either may be
	 * absent). {@code If-Match: *} names none. An If-Match that is not one entity tag of a version ({@code "7"} or
	 * {@code W/"7"}) is refused with 400.
	 */
	public static @Nullable Long expected(@Nullable String ifMatch, @Nullable Long bodyVersion) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
			return bodyVersion;
		}
		String tag = ifMatch.trim();
		tag = tag.startsWith("W/") ? tag.substring(2) : tag;
		if (tag.length() < 3 || tag.length() > 21 || !tag.startsWith("\"") || !tag.endsWith("\"")
				|| !tag.substring(1, tag.length() - 1).chars().allMatch(Character::isDigit)) {
			throw RuleViolationException.badRequest("error.ifMatch.malformed");
		}
		return Long.parseLong(tag.substring(1, tag.length() - 1));
	}

	/** {@link #expected}, refused with 400 when neither If-Match nor the body names the version the caller read. */
	public static long required(@Nullable String ifMatch, @Nullable Long bodyVersion) {
		Long version = expected(ifMatch, bodyVersion);
		if (version == null) {
			throw RuleViolationException.badRequest("error.version.required");
		}
		return version;
	}

	/**
	 * Runs an update made with the version {@link #expected} gave: when the caller sent {@code If-Match}, a
	 * {@link ConcurrentEditException} (the record is at another version) is answered as 412 instead of 409.
	 */
	public static <T> T update(@Nullable String ifMatch, Supplier<T> update) {
		try {
			return update.get();
		}
		catch (ConcurrentEditException ex) {
			if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
				throw ex;
			}
			throw new PreconditionFailedException(ex.what(), ex.id(), ifMatch.trim(), ex.currentVersion());
		}
	}

	/** {@link #update(String, Supplier)} for an update that answers nothing. */
	public static void update(@Nullable String ifMatch, Runnable update) {
		update(ifMatch, () -> {
			update.run();
			return null;
		});
	}

	/** An update whose {@code If-Match} names a version that is not the record's current one. */
	public static class PreconditionFailedException extends RuntimeException {

		private final String what;

		private final String id;

		private final String sent;

		private final long currentVersion;

		PreconditionFailedException(String what, Object id, String sent, long currentVersion) {
			super(what + " " + id + " is at version " + currentVersion + ", If-Match named " + sent);
			this.what = what;
			this.id = String.valueOf(id);
			this.sent = sent.length() > 100 ? sent.substring(0, 100) : sent;
			this.currentVersion = currentVersion;
		}

		public String what() {
			return what;
		}

		public String id() {
			return id;
		}

		/** The If-Match value as sent (cut to 100 characters). */
		public String sent() {
			return sent;
		}

		public long currentVersion() {
			return currentVersion;
		}

		/** The entity tag of the current version, to send in a new If-Match after reloading. */
		public String currentTag() {
			return of(currentVersion);
		}

	}

}
