package org.migracap.library;

import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import org.migracap.platform.CurrentUser;

/**
 * Who may see a document: everybody, or only the State it belongs to (its focal points) and IOM staff.
 * <p>
 * Named in the OpenAPI document: other modules have a type with the same simple name.
 */
@Schema(name = "DocumentVisibility", description = "Who may see a library document.")
public enum Visibility {

	PUBLIC, CONFIDENTIAL;

	public String messageKey() {
		return "library.visibility." + name();
	}

	/** Whether {@code viewer} (empty for the public) may see a document of {@code iso3} with this visibility. */
	public boolean visibleTo(String iso3, Optional<CurrentUser> viewer) {
		return this == PUBLIC || viewer.map(user -> user.canSeeConfidentialOf(iso3)).orElse(false);
	}

}
