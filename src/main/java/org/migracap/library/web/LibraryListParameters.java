package org.migracap.library.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.migracap.library.DocumentKind;
import org.migracap.library.DocumentStatus;
import org.migracap.library.domain.SearchQuery;
import org.migracap.platform.ApiList;
import org.migracap.reference.FocusArea;

/**
 * The query parameters of {@code GET /api/library/documents}, as the server reads them (the same search as the
 * library page) and as the OpenAPI document describes them. Several values of one facet are alternatives; different
 * facets all apply.
 */
public record LibraryListParameters(
		@Parameter(description = "Words (\"phrases\", -exclusion, prefix*), in English, French or Spanish.", example = "labour")
		@Nullable String q,
		@Parameter(description = "Only documents of these countries (ISO 3166-1 alpha-3); repeat for several.",
				array = @ArraySchema(schema = @Schema(type = "string", pattern = "^[A-Za-z]{3}$", example = "KEN")))
		@Nullable List<String> country,
		@Parameter(description = "Only documents of countries in these UN M49 regions; repeat for several.",
				array = @ArraySchema(schema = @Schema(type = "string", example = "002"))) @Nullable List<String> region,
		@Parameter(description = "Only documents about these focus areas; repeat for several.") @Nullable List<FocusArea> area,
		@Parameter(description = "Only documents of these kinds; repeat for several.") @Nullable List<DocumentKind> kind,
		@Parameter(description = "Only documents in these statuses; repeat for several.") @Nullable List<DocumentStatus> status,
		@Parameter(description = "Only documents adopted in these years; repeat for several.",
				array = @ArraySchema(schema = @Schema(type = "integer", example = "2019"))) @Nullable List<Integer> year,
		@Parameter(description = "Page number, from 0.", schema = @Schema(minimum = "0", defaultValue = "0")) @Nullable Integer page,
		@Parameter(description = "Items per page, at most " + ApiList.MAX_SEARCH_SIZE + ".",
				schema = @Schema(minimum = "1", maximum = "" + ApiList.MAX_SEARCH_SIZE, defaultValue = "" + SearchQuery.DEFAULT_SIZE))
		@Nullable Integer size,
		@Parameter(description = "Order: field,asc or field,desc (adopted: date of adoption, undated last). Default: by relevance when q is given, else adopted,desc.",
				schema = @Schema(allowableValues = { "adopted,asc", "adopted,desc", "title,asc", "title,desc" }))
		@Nullable String sort) {

	static final List<String> SORTS = List.of("adopted", "title");

	SearchQuery toQuery() {
		ApiList list = ApiList.of(page, size, sort, SORTS, ApiList.MAX_SEARCH_SIZE);
		String key = list.field() == null ? null : switch (list.field()) {
			case "adopted" -> list.descending() ? "newest" : "oldest";
			default -> list.descending() ? "title-desc" : "title";
		};
		return new SearchQuery(q, names(country), names(region), names(area), names(kind), names(status),
				year == null ? List.of() : year, key, list.page(), size == null ? SearchQuery.DEFAULT_SIZE : list.size());
	}

	private static List<String> names(@Nullable List<?> values) {
		return values == null ? List.of()
				: values.stream().map(v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v)).toList();
	}

}
