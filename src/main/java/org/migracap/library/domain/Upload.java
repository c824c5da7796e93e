package org.migracap.library.domain;

/**
 * A file as a person sent it: the name it had on their computer (kept for downloads, never trusted for its type)
 * and its bytes.
 */
public record Upload(String fileName, byte[] content) {

	public static String cleanName(String name) {
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (base.isEmpty()) {
			return "document";
		}
		return base.length() > 200 ? base.substring(base.length() - 200) : base;
	}

}
