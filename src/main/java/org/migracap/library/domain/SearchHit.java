package org.migracap.library.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.library.DocumentKind;
import org.migracap.library.DocumentStatus;
import org.migracap.library.DocumentSummary;
import org.migracap.library.Visibility;
import org.migracap.reference.FocusArea;

/**
 * One document found, read from the index alone: its metadata and the passages where the words were found.
 */
public record SearchHit(long id, String iso3, DocumentKind kind, DocumentStatus status, String titleOriginal,
		@Nullable String titleEnglish, String language, @Nullable LocalDate adoptedOn, Set<FocusArea> areas,
		Visibility visibility, boolean demo, @Nullable String summary, List<Passage> passages) {

	public DocumentSummary toSummary() {
		return new DocumentSummary(id, iso3, kind, titleOriginal, titleEnglish, language, adoptedOn, null, status, areas,
				visibility, demo);
	}

	public String displayTitle() {
		return titleEnglish == null || titleEnglish.isBlank() ? titleOriginal : titleEnglish;
	}

	/** A highlighted passage: pieces of text, the matching ones marked. */
	public record Passage(List<Piece> pieces) {

		public String plain() {
			StringBuilder out = new StringBuilder();
			pieces.forEach(p -> out.append(p.text()));
			return out.toString();
		}

	}

	public record Piece(String text, boolean match) {
	}

}
