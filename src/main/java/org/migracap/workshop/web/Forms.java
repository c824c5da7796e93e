package org.migracap.workshop.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.migracap.platform.FormErrors;
import org.migracap.platform.RuleViolationException;
import org.springframework.validation.BindingResult;

/** Shows a business-rule violation next to the field it concerns, or above the form. */
final class Forms {

	private Forms() {
	}

	/** See {@link FormErrors#reject}. */
	static void reject(BindingResult result, RuleViolationException ex, Map<String, String> fields) {
		FormErrors.reject(result, ex, fields);
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
