package org.migracap.platform;

import org.jspecify.annotations.Nullable;

/**
 * Raised when a user saves a record that somebody else changed since the user loaded it (optimistic locking).
 * Carries what the user needs to see what changed: when the audited record is named ({@link #type()} and
 * {@link #recordId()}), the page and API error handlers list the fields changed since the user's version through
 * {@link EditHistory}.
 */
public class ConcurrentEditException extends RuntimeException {

	private final String what;

	private final Object id;

	private final long yourVersion;

	private final long currentVersion;

	private final @Nullable Class<?> type;

	private final @Nullable Object recordId;

	public ConcurrentEditException(String what, Object id, long yourVersion, long currentVersion) {
		this(what, id, yourVersion, currentVersion, null, null);
	}

	/**
	 * @param type the audited entity class of the record, for the list of changes
	 * @param recordId the entity id of the record when {@code id} is a business key (an indicator code, a workshop)
	 */
	public ConcurrentEditException(String what, Object id, long yourVersion, long currentVersion,
			@Nullable Class<?> type, @Nullable Object recordId) {
		super(what + " " + id + " was changed by somebody else (your version " + yourVersion + ", current "
				+ currentVersion + ")");
		this.what = what;
		this.id = id;
		this.yourVersion = yourVersion;
		this.currentVersion = currentVersion;
		this.type = type;
		this.recordId = recordId;
	}

	/** Throws unless the version the user edited is the current one. */
	public static void check(String what, Object id, long yourVersion, long currentVersion) {
		if (yourVersion != currentVersion) {
			throw new ConcurrentEditException(what, id, yourVersion, currentVersion);
		}
	}

	/**
	 * Throws unless the version the user edited is the current one; the exception names the audited record so that
	 * the user is shown what changed.
	 * @param type the audited entity class
	 * @param recordId its entity id
	 */
	public static void check(Class<?> type, Object recordId, String what, Object id, long yourVersion,
			long currentVersion) {
		if (yourVersion != currentVersion) {
			throw new ConcurrentEditException(what, id, yourVersion, currentVersion, type, recordId);
		}
	}

	public String what() {
		return what;
	}

	public Object id() {
		return id;
	}

	public long yourVersion() {
		return yourVersion;
	}

	public long currentVersion() {
		return currentVersion;
	}

	/** The audited entity class of the record, when known. */
	public @Nullable Class<?> type() {
		return type;
	}

	/** The entity id of the record, when known ({@link #id()} when not given separately). */
	public @Nullable Object recordId() {
		return recordId != null ? recordId : type == null ? null : id;
	}

}
