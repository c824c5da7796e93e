package org.migracap.planning.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.migracap.planning.domain.ScenarioService;
import org.migracap.planning.domain.ScenarioStatus;
import org.migracap.platform.ApiList;
import org.springframework.data.web.PagedModel;

/**
 * The query parameters of {@code GET /api/planning/scenarios}, as the server reads them and as the OpenAPI document
 * describes them. The planning page lists every scenario, newest first; the API adds a search by name, a status
 * filter and orders.
 */
public record ScenarioListParameters(
		@Parameter(description = "Words in the scenario's name.", example = "2027") @Nullable String q,
		@Parameter(description = "Only scenarios in this status: DRAFT (being prepared), SOLVED (solved at least once), ADOPTED (plan adopted, frozen).") @Nullable ScenarioStatus status,
		@Parameter(description = "Page number, from 0.", schema = @Schema(minimum = "0", defaultValue = "0")) @Nullable Integer page,
		@Parameter(description = "Items per page, at most " + ApiList.MAX_SIZE + ".",
				schema = @Schema(minimum = "1", maximum = "" + ApiList.MAX_SIZE, defaultValue = "" + ApiList.DEFAULT_SIZE)) @Nullable Integer size,
		@Parameter(description = "Order: field,asc or field,desc. Default: created,desc (newest first, as the planning page).",
				schema = @Schema(allowableValues = { "created,asc", "created,desc", "name,asc", "name,desc" })) @Nullable String sort) {

	static final List<String> SORTS = List.of("created", "name");

	<T> PagedModel<T> apply(List<ScenarioService.ScenarioView> all,
			java.util.function.Function<ScenarioService.ScenarioView, T> mapper) {
		ApiList list = ApiList.of(page, size, sort, SORTS);
		Comparator<ScenarioService.ScenarioView> order = "name".equals(list.field())
				? Comparator.comparing((ScenarioService.ScenarioView s) -> s.name().toLowerCase(Locale.ROOT))
					.thenComparing(ScenarioService.ScenarioView::id)
				: Comparator.comparing(ScenarioService.ScenarioView::id);
		boolean descending = list.field() == null || list.descending();
		String needle = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
		return list.page(all.stream()
			.filter(s -> needle.isEmpty() || s.name().toLowerCase(Locale.ROOT).contains(needle))
			.filter(s -> status == null || s.status() == status)
			.sorted(descending ? order.reversed() : order)
			.map(mapper)
			.toList());
	}

}
