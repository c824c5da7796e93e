package org.migracap.programme.domain;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What pages show of a programme document (its content is read only when downloaded).
 * <p>
 * Named in the OpenAPI document: other modules have a type with the same simple name.
 */
@Schema(name = "ProgrammeDocumentView", description = "A document of a programme (without its content).")
public record DocumentView(long id, long programmeId, String title, String category, String filename,
		String contentType, long sizeBytes, boolean publicDocument, Instant uploadedAt, String uploadedBy,
		long version) {
}
