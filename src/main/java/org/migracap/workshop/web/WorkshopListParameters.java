package org.migracap.workshop.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.ApiList;
import org.migracap.workshop.domain.WorkshopService;
import org.migracap.workshop.domain.WorkshopStatus;

/**
 * The query parameters of {@code GET /api/workshops}, as the server reads them (the same filters as the workshop
 * list page) and as the OpenAPI document describes them. Only workshops the caller may see are listed.
 */
public record WorkshopListParameters(
		@Parameter(description = "Words in the title or the venue.", example = "labour") @Nullable String q,
		@Parameter(description = "Only workshops in this status.") @Nullable WorkshopStatus status,
		@Parameter(description = "Page number, from 0.", schema = @Schema(minimum = "0", defaultValue = "0")) @Nullable Integer page,
		@Parameter(description = "Items per page, at most " + ApiList.MAX_SIZE + ".",
				schema = @Schema(minimum = "1", maximum = "" + ApiList.MAX_SIZE, defaultValue = "" + ApiList.DEFAULT_SIZE)) @Nullable Integer size,
		@Parameter(description = "Order: field,asc or field,desc. Default: start,desc (latest start first).",
				schema = @Schema(allowableValues = { "start,asc", "start,desc", "title,asc", "title,desc", "status,asc",
						"status,desc" })) @Nullable String sort) {

	static final List<String> SORTS = List.of("start", "title", "status");

	WorkshopService.WorkshopFilter toFilter() {
		ApiList list = ApiList.of(page, size, sort, SORTS);
		return new WorkshopService.WorkshopFilter(q, status, list.field(), list.field() == null ? null : list.direction(),
				list.page(), list.size());
	}

}
