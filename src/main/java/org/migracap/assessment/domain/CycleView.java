package org.migracap.assessment.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Confidentiality;

/**
 * An assessment cycle as pages and the API show it.
 */
public record CycleView(long id, long version, String iso3, long frameworkId, String frameworkCode,
		int frameworkVersion, CycleKind kind, int year, @Nullable LocalDate periodStart, @Nullable LocalDate periodEnd,
		CycleStatus status, Confidentiality confidentiality, boolean demo, @Nullable String source, Instant createdAt,
		String createdBy, @Nullable Instant submittedAt, @Nullable String submittedBy, @Nullable Instant validatedAt,
		@Nullable String validatedBy, @Nullable Instant publishedAt, @Nullable String publishedBy,
		@Nullable String returnComment, @Nullable LocalDate dueDate) implements Serializable {

	static CycleView of(AssessmentCycle cycle, FrameworkView framework) {
		return new CycleView(cycle.id(), cycle.version(), cycle.iso3(), cycle.frameworkId(), cycle.frameworkCode(),
				framework.frameworkVersion(), cycle.kind(), cycle.year(), cycle.periodStart(), cycle.periodEnd(),
				cycle.status(), cycle.confidentiality(), cycle.demo(), cycle.source(), cycle.createdAt(),
				cycle.createdBy(), cycle.submittedAt(), cycle.submittedBy(), cycle.validatedAt(), cycle.validatedBy(),
				cycle.publishedAt(), cycle.publishedBy(), cycle.returnComment(), cycle.dueDate());
	}

	public boolean editable() {
		return status.editable();
	}

	public boolean published() {
		return status == CycleStatus.PUBLISHED;
	}

}
