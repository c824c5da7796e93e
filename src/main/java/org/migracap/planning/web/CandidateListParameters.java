package org.migracap.planning.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.migracap.planning.domain.CandidateDecision;
import org.migracap.planning.domain.CandidateOrigin;
import org.migracap.planning.domain.CandidateView;
import org.migracap.platform.ApiList;
import org.migracap.reference.FocusArea;
import org.springframework.data.web.PagedModel;

/**
 * The query parameters of {@code GET /api/planning/scenarios/{id}/candidates}, as the server reads them (the search
 * and the orders of the scenario page, plus filters by area, decision and origin) and as the OpenAPI document
 * describes them.
 */
public record CandidateListParameters(
		@Parameter(description = "Words in the code or title, or a country served (ISO 3166-1 alpha-3).", example = "KEN") @Nullable String q,
		@Parameter(description = "Only candidates of this focus area.") @Nullable FocusArea area,
		@Parameter(description = "Only candidates with this decision: left to the optimiser, forced in or forced out.") @Nullable CandidateDecision decision,
		@Parameter(description = "Only candidates from this source: GAP (generated from the gap table), REQUEST (from an accepted request) or MANUAL (typed).") @Nullable CandidateOrigin origin,
		@Parameter(description = "Page number, from 0.", schema = @Schema(minimum = "0", defaultValue = "0")) @Nullable Integer page,
		@Parameter(description = "Items per page, at most " + ApiList.MAX_SIZE + ".",
				schema = @Schema(minimum = "1", maximum = "" + ApiList.MAX_SIZE, defaultValue = "" + ApiList.DEFAULT_SIZE)) @Nullable Integer size,
		@Parameter(description = "Order: field,asc or field,desc. Default: code,asc.",
				schema = @Schema(allowableValues = { "code,asc", "code,desc", "oneOff,asc", "oneOff,desc", "recurrent,asc",
						"recurrent,desc", "area,asc", "area,desc", "start,asc", "start,desc" })) @Nullable String sort) {

	static final List<String> SORTS = List.of("code", "oneOff", "recurrent", "area", "start");

	/** One page of the scenario's candidates, searched and ordered as the scenario page does. */
	<T> PagedModel<T> apply(List<CandidateView> all, java.util.function.Function<CandidateView, T> mapper) {
		ApiList list = ApiList.of(page, size, sort, SORTS);
		List<T> rows = ScenarioController
			.filter(all, q == null ? "" : q, list.field() == null ? "code" : list.field(),
					list.direction())
			.stream()
			.filter(c -> area == null || c.area() == area)
			.filter(c -> decision == null || c.decision() == decision)
			.filter(c -> origin == null || c.origin() == origin)
			.map(mapper)
			.toList();
		return list.page(rows);
	}

}
