package org.migracap.library.domain;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.library.DocumentKind;
import org.migracap.library.DocumentStatus;
import org.migracap.library.Visibility;
import org.migracap.reference.FocusArea;

/**
 * The metadata of a document as a person states it, for creating or changing one. {@code language} is an ISO 639-1
 * code; {@code supersedesId} names the earlier version this one amends or replaces.
 */
public record DocumentDetails(String iso3, DocumentKind kind, String titleOriginal, @Nullable String titleEnglish,
		String language, @Nullable LocalDate adoptedOn, @Nullable LocalDate inForceOn, DocumentStatus status,
		@Nullable Long supersedesId, Set<FocusArea> areas, Set<Integer> gcmObjectives, Set<String> instruments,
		@Nullable String summary, @Nullable String sourceUrl, Visibility visibility) {

	public DocumentDetails {
		areas = Set.copyOf(areas);
		gcmObjectives = Set.copyOf(gcmObjectives);
		instruments = Set.copyOf(instruments);
	}

}
