package org.migracap.assessment.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.migracap.assessment.domain.CycleStatus;
import org.migracap.assessment.domain.CycleSummary;
import org.migracap.platform.ApiList;
import org.migracap.platform.Confidentiality;
import org.springframework.data.web.PagedModel;

/**
 * The query parameters of {@code GET /api/assessments}, as the server reads them and as the OpenAPI document
 * describes them. Only cycles the caller may see are listed.
 */
public record CycleListParameters(
		@Parameter(description = "Only cycles of this country (ISO 3166-1 alpha-3).", example = "KEN",
				schema = @Schema(pattern = "^[A-Za-z]{3}$")) @Nullable String country,
		@Parameter(description = "Only cycles in this workflow status.") @Nullable CycleStatus status,
		@Parameter(description = "Only cycles of this framework (its code).", example = "SDG_10_7_2") @Nullable String framework,
		@Parameter(description = "Only cycles kept at this confidentiality.") @Nullable Confidentiality confidentiality,
		@Parameter(description = "Only cycles of this reference year.", example = "2022",
				schema = @Schema(minimum = "2000", maximum = "2100")) @Nullable Integer year,
		@Parameter(description = "Page number, from 0.", schema = @Schema(minimum = "0", defaultValue = "0")) @Nullable Integer page,
		@Parameter(description = "Items per page, at most " + ApiList.MAX_SIZE + ".",
				schema = @Schema(minimum = "1", maximum = "" + ApiList.MAX_SIZE, defaultValue = "" + ApiList.DEFAULT_SIZE)) @Nullable Integer size,
		@Parameter(description = "Order: field,asc or field,desc. Default: year,desc (newest first, then country).",
				schema = @Schema(allowableValues = { "year,asc", "year,desc", "country,asc", "country,desc",
						"status,asc", "status,desc" })) @Nullable String sort) {

	static final List<String> SORTS = List.of("year", "country", "status");

	PagedModel<CycleSummary> page(List<CycleSummary> visible) {
		ApiList list = ApiList.of(page, size, sort, SORTS);
		String field = list.field() == null ? "year" : list.field();
		boolean descending = list.field() == null || list.descending();
		Comparator<CycleSummary> order = switch (field) {
			case "country" -> Comparator.comparing(CycleSummary::iso3).thenComparingInt(CycleSummary::year);
			case "status" -> Comparator.comparing((CycleSummary c) -> c.status().ordinal()).thenComparing(CycleSummary::iso3);
			default -> Comparator.comparingInt(CycleSummary::year).thenComparing(CycleSummary::iso3);
		};
		order = order.thenComparingLong(CycleSummary::id);
		if (descending) {
			order = order.reversed();
		}
		String code = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
		return list.page(visible.stream()
			.filter(c -> code == null || c.iso3().equals(code))
			.filter(c -> status == null || c.status() == status)
			.filter(c -> framework == null || framework.isBlank() || c.frameworkCode().equalsIgnoreCase(framework.trim()))
			.filter(c -> confidentiality == null || c.confidentiality() == confidentiality)
			.filter(c -> year == null || c.year() == year)
			.sorted(order)
			.toList());
	}

	@Nullable String countryCode() {
		return country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
	}

}
