package org.migracap.workshop.domain;

import org.jspecify.annotations.Nullable;

/** What the workshop services do to a field typed in a form. */
final class Strings {

	private Strings() {
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
