package org.migracap.library.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.migracap.library.DocumentKind;
import org.migracap.library.DocumentStatus;
import org.migracap.library.DocumentSummary;
import org.migracap.library.Visibility;
import org.migracap.reference.FocusArea;

/**
 * Everything the document page shows: the metadata, the file, the versions before and after, an extract of the text,
 * and whether the viewer may change it.
 * <p>
 * Named in the OpenAPI document: other modules have a type with the same simple name.
 */
@Schema(name = "LibraryDocumentView",
		description = "A law or policy of the library with its versions, file and an extract of its text.")
public record DocumentView(long id, long version, String iso3, DocumentKind kind, String titleOriginal,
		@Nullable String titleEnglish, String language, @Nullable LocalDate adoptedOn, @Nullable LocalDate inForceOn,
		DocumentStatus status, Set<FocusArea> areas, Set<Integer> gcmObjectives, Set<String> instruments,
		@Nullable String summary, @Nullable String sourceUrl, Visibility visibility, boolean demo,
		@Nullable String fileName, @Nullable String mediaType, @Nullable Long fileSize, boolean textTruncated,
		int textLength, String textExcerpt, @Nullable DocumentSummary supersedes, List<DocumentSummary> laterVersions,
		Instant updatedAt, boolean editable) {

	public String displayTitle() {
		return titleEnglish == null || titleEnglish.isBlank() ? titleOriginal : titleEnglish;
	}

	public boolean hasFile() {
		return fileName != null;
	}

}
