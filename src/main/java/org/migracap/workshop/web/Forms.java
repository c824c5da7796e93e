package org.migracap.workshop.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What the workshop pages share beyond {@link org.migracap.platform.FormErrors}: encoding a query value. */
final class Forms {

	private Forms() {
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
