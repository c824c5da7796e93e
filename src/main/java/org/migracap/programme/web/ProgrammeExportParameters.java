package org.migracap.programme.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.ApiList;
import org.migracap.platform.RuleViolationException;
import org.migracap.programme.domain.ProgrammeQuery;
import org.migracap.reference.FocusArea;

/**
 * The query parameters of the programme CSV exports: the filters and the order of {@code GET /api/programmes}
 * ({@link ProgrammeListParameters}), without paging (an export has every row).
 */
public record ProgrammeExportParameters(
		@Parameter(description = "Words in the title or the programme code.", example = "border") @Nullable String q,
		@Parameter(description = "Only programmes in this country (ISO 3166-1 alpha-3).", example = "KEN",
				schema = @Schema(pattern = "^[A-Za-z]{3}$")) @Nullable String country,
		@Parameter(description = "Only programmes about this focus area.") @Nullable FocusArea area,
		@Parameter(description = "Only programmes in this IATI activity status: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended.",
				schema = @Schema(type = "integer", allowableValues = { "1", "2", "3", "4", "5", "6" })) @Nullable Integer status,
		@Parameter(description = "true: only programmes with a result period past its date and not reported.") @Nullable Boolean overdue,
		@Parameter(description = "Order: field,asc or field,desc. Default: start,asc (planned start).",
				schema = @Schema(allowableValues = { "title,asc", "title,desc", "start,asc", "start,desc", "end,asc",
						"end,desc", "budget,asc", "budget,desc", "status,asc", "status,desc" })) @Nullable String sort) {

	ProgrammeQuery toQuery() {
		ApiList list = ApiList.of(null, null, sort, ProgrammeQuery.SORTS);
		if (status != null && (status < 1 || status > 6)) {
			throw RuleViolationException.badRequest("error.list.value", "status", status, "1, 2, 3, 4, 5, 6");
		}
		return new ProgrammeQuery(q, country, area, status, overdue, list.field(), list.direction(), null,
				null);
	}

}
