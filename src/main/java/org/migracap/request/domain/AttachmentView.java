package org.migracap.request.domain;

import java.time.Instant;

/**
 * What the pages show of an attached file (its content is read only when downloaded).
 */
public record AttachmentView(long id, long requestId, String filename, String contentType, long sizeBytes,
		Instant uploadedAt, String uploadedBy) {

	/** The size for people: bytes, kB or MB. */
	public String size() {
		if (sizeBytes < 1024) {
			return sizeBytes + " B";
		}
		if (sizeBytes < 1024 * 1024) {
			return Math.round(sizeBytes / 1024.0) + " kB";
		}
		return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
	}

}
