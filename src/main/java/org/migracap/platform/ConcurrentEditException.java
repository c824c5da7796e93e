package org.migracap.platform;

/**
 * Raised when a user saves a record that somebody else changed since the user loaded it (optimistic locking).
 * Carries what the user needs to see what changed.
 */
public class ConcurrentEditException extends RuntimeException {

	private final String what;

	private final Object id;

	private final long yourVersion;

	private final long currentVersion;

	public ConcurrentEditException(String what, Object id, long yourVersion, long currentVersion) {
		super(what + " " + id + " was changed by somebody else (your version " + yourVersion + ", current "
				+ currentVersion + ")");
		this.what = what;
		this.id = id;
		this.yourVersion = yourVersion;
		this.currentVersion = currentVersion;
	}

	/** Throws unless the version the user edited is the current one. */
	public static void check(String what, Object id, long yourVersion, long currentVersion) {
		if (yourVersion != currentVersion) {
			throw new ConcurrentEditException(what, id, yourVersion, currentVersion);
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

}
