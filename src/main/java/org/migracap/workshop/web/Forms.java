package org.migracap.workshop.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.migracap.platform.RuleViolationException;
import org.springframework.validation.BindingResult;

/** Shows a business-rule violation next to the field it concerns, or above the form. */
final class Forms {

	private Forms() {
	}

	/**
	 * @param fields message-key prefixes mapped to form fields; the longest matching prefix wins
	 */
	static void reject(BindingResult result, RuleViolationException ex, Map<String, String> fields) {
		String field = null;
		int best = -1;
		for (Map.Entry<String, String> entry : fields.entrySet()) {
			if (ex.messageKey().startsWith(entry.getKey()) && entry.getKey().length() > best) {
				field = entry.getValue();
				best = entry.getKey().length();
			}
		}
		if (field == null) {
			result.reject(ex.messageKey(), ex.args(), ex.messageKey());
		}
		else {
			result.rejectValue(field, ex.messageKey(), ex.args(), ex.messageKey());
		}
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
