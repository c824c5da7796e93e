package org.migracap.assessment.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The answer of a cycle to one indicator, with the files attached as evidence.
 */
public record ResponseView(long id, long version, String indicatorCode, @Nullable Integer level,
		@Nullable Confidence confidence, @Nullable Integer targetLevel, @Nullable Integer targetYear,
		@Nullable String evidenceText, List<String> evidenceLinks, @Nullable String comment,
		@Nullable String reviewerComment, Instant updatedAt, String updatedBy, List<EvidenceFileView> files)
		implements Serializable {

	static ResponseView of(Response response, List<EvidenceFileView> files) {
		List<String> links = response.evidenceLinks() == null ? List.of()
				: Arrays.stream(response.evidenceLinks().split("\n")).filter(s -> !s.isBlank()).toList();
		return new ResponseView(response.id(), response.version(), response.indicatorCode(), response.level(),
				response.confidence(), response.targetLevel(), response.targetYear(), response.evidenceText(), links,
				response.comment(), response.reviewerComment(), response.updatedAt(), response.updatedBy(), files);
	}

	public boolean answered() {
		return level != null;
	}

	public int gap() {
		return level == null ? 0 : CapacityScoring.gap(level, targetLevel);
	}

	public boolean hasEvidence() {
		return evidenceText != null || !evidenceLinks.isEmpty() || !files.isEmpty();
	}

}
