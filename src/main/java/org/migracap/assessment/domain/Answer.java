package org.migracap.assessment.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an assessor gives for one indicator. Every part is optional while the cycle is a draft; {@code level} is what
 * counts towards the scores.
 * @param evidenceLinks web addresses (http or https) of documents that support the level
 */
public record Answer(@Nullable Integer level, @Nullable Confidence confidence, @Nullable Integer targetLevel,
		@Nullable Integer targetYear, @Nullable String evidenceText, List<String> evidenceLinks,
		@Nullable String comment) {

	public Answer {
		evidenceLinks = evidenceLinks == null ? List.of()
				: evidenceLinks.stream().map(String::strip).filter(link -> !link.isEmpty()).toList();
	}

	public static Answer level(int level) {
		return new Answer(level, null, null, null, null, List.of(), null);
	}

}
