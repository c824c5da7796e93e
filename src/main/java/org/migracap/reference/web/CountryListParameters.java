package org.migracap.reference.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.ApiList;
import org.migracap.reference.IncomeGroup;
import org.migracap.reference.IomStatus;

/**
 * The query parameters of {@code GET /api/countries}, as the server reads them (the same filters as the country
 * directory) and as the OpenAPI document describes them.
 */
public record CountryListParameters(
		@Parameter(description = "Words of the country's name (English or the caller's language), or its ISO alpha-2 or alpha-3 code.",
				example = "guinea") @Nullable String q,
		@Parameter(description = "UN M49 code of a region, sub-region or intermediate region.", example = "002")
		@Nullable String region,
		@Parameter(description = "Only countries in this World Bank income group.") @Nullable IncomeGroup income,
		@Parameter(description = "Only countries with this IOM status as recorded by administrators.") @Nullable IomStatus iom,
		@Parameter(description = "Page number, from 0.", schema = @Schema(minimum = "0", defaultValue = "0")) @Nullable Integer page,
		@Parameter(description = "Items per page, at most " + ApiList.MAX_SIZE + ".",
				schema = @Schema(minimum = "1", maximum = "" + ApiList.MAX_SIZE, defaultValue = "" + ApiList.DEFAULT_SIZE)) @Nullable Integer size,
		@Parameter(description = "Order: field,asc or field,desc. Default: name,asc (in the caller's language).",
				schema = @Schema(allowableValues = { "name,asc", "name,desc", "iso3,asc", "iso3,desc", "region,asc",
						"region,desc", "income,asc", "income,desc", "iom,asc", "iom,desc" })) @Nullable String sort) {

	CountryQuery toQuery() {
		ApiList list = ApiList.of(page, size, sort, CountryQuery.SORTS);
		return new CountryQuery(q, region, income, iom, list.field(), list.direction(), list.page(), list.size());
	}

}
