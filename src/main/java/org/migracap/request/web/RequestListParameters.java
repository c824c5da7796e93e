package org.migracap.request.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.ApiList;
import org.migracap.reference.FocusArea;
import org.migracap.request.HelpKind;
import org.migracap.request.Urgency;
import org.migracap.request.domain.RequestQuery;
import org.migracap.request.domain.RequestStatus;

/**
 * The query parameters of {@code GET /api/requests}, as the server reads them (the same filters as the request pages)
 * and as the OpenAPI document describes them.
 */
public record RequestListParameters(
		@Parameter(description = "Words in the title or description, or a request number.", example = "border") @Nullable String q,
		@Parameter(description = "Only requests in this status.") @Nullable RequestStatus status,
		@Parameter(description = "Only requests of this country (ISO 3166-1 alpha-3).", example = "KEN",
				schema = @Schema(pattern = "^[A-Za-z]{3}$")) @Nullable String country,
		@Parameter(description = "Only requests about this focus area.") @Nullable FocusArea area,
		@Parameter(description = "Only requests for this kind of help.") @Nullable HelpKind kind,
		@Parameter(description = "Only requests of this urgency.") @Nullable Urgency urgency,
		@Parameter(description = "Days waiting in the current status: week (under 7), month (7 to 30), quarter (31 to 90), older.",
				schema = @Schema(allowableValues = { "week", "month", "quarter", "older" })) @Nullable String age,
		@Parameter(description = "Page number, from 0.", schema = @Schema(minimum = "0", defaultValue = "0")) @Nullable Integer page,
		@Parameter(description = "Items per page, at most " + ApiList.MAX_SIZE + ".",
				schema = @Schema(minimum = "1", maximum = "" + ApiList.MAX_SIZE, defaultValue = "" + ApiList.DEFAULT_SIZE)) @Nullable Integer size,
		@Parameter(description = "Order: field,asc or field,desc. Default: waiting,asc (longest waiting in its status first).",
				schema = @Schema(allowableValues = { "waiting,asc", "waiting,desc", "submitted,asc", "submitted,desc",
						"urgency,asc", "urgency,desc", "country,asc", "country,desc", "title,asc", "title,desc",
						"status,asc", "status,desc" })) @Nullable String sort) {

	RequestQuery toQuery() {
		ApiList list = ApiList.of(page, size, sort, RequestQuery.SORTS);
		if (age != null && !age.isBlank() && !RequestQuery.AGES.contains(age)) {
			throw org.migracap.platform.RuleViolationException.badRequest("error.list.value", "age", age,
					String.join(", ", RequestQuery.AGES));
		}
		return new RequestQuery(q, status, country, area, kind, urgency, age, list.field(), list.direction(),
				list.page(), list.size());
	}

}
