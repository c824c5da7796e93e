package org.migracap.identity.web;

import org.migracap.platform.RuleViolationException;

final class TokenForms {

	private TokenForms() {
	}

	static int days(String days) {
		try {
			return Integer.parseInt(days.trim());
		}
		catch (NumberFormatException ex) {
			throw RuleViolationException.invalid("token.error.days");
		}
	}

}
