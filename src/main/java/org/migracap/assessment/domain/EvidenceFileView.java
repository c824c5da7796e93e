package org.migracap.assessment.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * A file attached to a response, without its content.
 */
public record EvidenceFileView(long id, long responseId, String filename, String contentType, long size,
		Instant uploadedAt, String uploadedBy) implements Serializable {
}
