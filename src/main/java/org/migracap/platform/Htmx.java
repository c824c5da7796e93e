package org.migracap.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * HTMX conventions: an HTMX request gets the named fragment of the same template, a plain request the whole page.
 */
public final class Htmx {

	private Htmx() {
	}

	public static boolean isRequest(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}

	/** {@code template} for a plain request, {@code template :: fragment} for an HTMX one. */
	public static String view(HttpServletRequest request, String template, String fragment) {
		return isRequest(request) ? template + " :: " + fragment : template;
	}

}
