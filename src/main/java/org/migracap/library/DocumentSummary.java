package org.migracap.library;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.FocusArea;

/**
 * A document of the library as other modules see it: what it is, whose it is, where it stands and which areas it
 * covers. Never carries its text.
 */
public record DocumentSummary(long id, String iso3, DocumentKind kind, String titleOriginal,
		@Nullable String titleEnglish, String language, @Nullable LocalDate adoptedOn, @Nullable LocalDate inForceOn,
		DocumentStatus status, Set<FocusArea> areas, Visibility visibility, boolean demo) {

	/** The English title where there is one, else the original title. */
	public String displayTitle() {
		return titleEnglish == null || titleEnglish.isBlank() ? titleOriginal : titleEnglish;
	}

	public @Nullable Integer year() {
		return adoptedOn == null ? null : adoptedOn.getYear();
	}

}
