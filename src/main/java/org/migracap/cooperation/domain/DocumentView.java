package org.migracap.cooperation.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A document of an agreement as pages list it (without the file's bytes).
 */
public record DocumentView(long id, long agreementId, String title, @Nullable String url, @Nullable String fileName,
		@Nullable String contentType, @Nullable Long sizeBytes, Instant uploadedAt, @Nullable String uploadedBy,
		long version) {

	public boolean file() {
		return url == null;
	}

}
