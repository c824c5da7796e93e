package org.migracap.programme.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.ApiList;
import org.migracap.programme.domain.ProgrammeQuery;
import org.migracap.reference.FocusArea;

/**
 * The query parameters of {@code GET /api/programmes}, as the server reads them (the same filters as the programme
 * page) and as the OpenAPI document describes them.
 */
public record ProgrammeListParameters(
		@Parameter(description = "Words in the title or the programme code.", example = "border") @Nullable String q,
		@Parameter(description = "Only programmes in this country (ISO 3166-1 alpha-3).", example = "KEN",
				schema = @Schema(pattern = "^[A-Za-z]{3}$")) @Nullable String country,
		@Parameter(description = "Only programmes about this focus area.") @Nullable FocusArea area,
		@Parameter(description = "Only programmes in this IATI activity status: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended.",
				schema = @Schema(type = "integer", allowableValues = { "1", "2", "3", "4", "5", "6" })) @Nullable Integer status,
		@Parameter(description = "true: only programmes with a result period past its date and not reported.") @Nullable Boolean overdue,
		@Parameter(description = "Page number, from 0.", schema = @Schema(minimum = "0", defaultValue = "0")) @Nullable Integer page,
		@Parameter(description = "Items per page, at most " + ApiList.MAX_SIZE + ".",
				schema = @Schema(minimum = "1", maximum = "" + ApiList.MAX_SIZE, defaultValue = "" + ApiList.DEFAULT_SIZE)) @Nullable Integer size,
		@Parameter(description = "Order: field,asc or field,desc. Default: start,asc (planned start).",
				schema = @Schema(allowableValues = { "title,asc", "title,desc", "start,asc", "start,desc", "end,asc",
						"end,desc", "budget,asc", "budget,desc", "status,asc", "status,desc" })) @Nullable String sort) {

	ProgrammeQuery toQuery() {
		ApiList list = ApiList.of(page, size, sort, ProgrammeQuery.SORTS);
		if (status != null && (status < 1 || status > 6)) {
			throw org.migracap.platform.RuleViolationException.badRequest("error.list.value", "status", status,
					"1, 2, 3, 4, 5, 6");
		}
		return new ProgrammeQuery(q, country, area, status, overdue, list.field(), list.direction(), list.page(),
				list.size());
	}

}
