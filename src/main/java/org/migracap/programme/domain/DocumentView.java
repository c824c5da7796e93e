package org.migracap.programme.domain;

import java.time.Instant;

/**
 * What pages show of a programme document (its content is read only when downloaded).
 */
public record DocumentView(long id, long programmeId, String title, String category, String filename,
		String contentType, long sizeBytes, boolean publicDocument, Instant uploadedAt, String uploadedBy,
		long version) {
}
