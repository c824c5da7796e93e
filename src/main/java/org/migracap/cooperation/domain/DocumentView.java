package org.migracap.cooperation.domain;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A document of an agreement as pages list it (without the file's bytes).
 * <p>
 * Named in the OpenAPI document: other modules have a type with the same simple name.
 */
@Schema(name = "AgreementDocumentView", description = "A document of an agreement (without the file's bytes).")
public record DocumentView(long id, long agreementId, String title, @Nullable String url, @Nullable String fileName,
		@Nullable String contentType, @Nullable Long sizeBytes, Instant uploadedAt, @Nullable String uploadedBy,
		long version) {

	public boolean file() {
		return url == null;
	}

}
