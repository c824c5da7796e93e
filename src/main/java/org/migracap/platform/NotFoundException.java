package org.migracap.platform;

/**
 * A record that does not exist, or that the caller may not know exists. Shown as 404 with a plain message.
 */
public class NotFoundException extends RuntimeException {

	private final String what;

	private final String id;

	private NotFoundException(String what, String id) {
		super(what + " " + id + " not found");
		this.what = what;
		this.id = id;
	}

	public static NotFoundException of(String what, Object id) {
		return new NotFoundException(what, String.valueOf(id));
	}

	public String what() {
		return what;
	}

	public String id() {
		return id;
	}

}
