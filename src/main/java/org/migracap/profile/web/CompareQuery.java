package org.migracap.profile.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;
import org.migracap.reference.IncomeGroup;
import org.migracap.reference.IomStatus;

/**
 * The filters and sort order of the comparison (heatmap), shared by the page and its export: region (UN M49 code of
 * a region, sub-region or intermediate region), income group, IOM status, or a chosen list of countries.
 */
public record CompareQuery(@Nullable String region, @Nullable IncomeGroup income, @Nullable IomStatus iom,
		@Nullable String countries, @Nullable String sort, @Nullable String dir) {

	public String sortKey() {
		if (sort == null) {
			return "name";
		}
		return sort.equals("mean") || sort.equals("name") || FocusArea.isCode(sort) ? sort : "name";
	}

	public boolean descending() {
		return dir == null ? !sortKey().equals("name") : "desc".equalsIgnoreCase(dir);
	}

	/** The chosen countries as ISO alpha-3 codes, empty when no list is chosen. */
	public Set<String> chosen() {
		if (countries == null || countries.isBlank()) {
			return Set.of();
		}
		Set<String> codes = new LinkedHashSet<>();
		Arrays.stream(countries.split("[\\s,;]+"))
			.filter(code -> !code.isBlank())
			.forEach(code -> codes.add(code.strip().toUpperCase(Locale.ROOT)));
		return codes;
	}

	boolean matches(CountryView country) {
		Set<String> chosen = chosen();
		return (chosen.isEmpty() || chosen.contains(country.iso3()))
				&& (region == null || region.isBlank() || region.equals(country.regionCode())
						|| region.equals(country.subRegionCode()) || region.equals(country.intermediateRegionCode()))
				&& (income == null || income == country.incomeGroup()) && (iom == null || iom == country.iomStatus());
	}

	/** The query string, without the sort when {@code withSort} is false. */
	String parameters(Function<String, String> encode, boolean withSort) {
		StringBuilder out = new StringBuilder();
		append(out, "region", region, encode);
		append(out, "income", income == null ? null : income.name(), encode);
		append(out, "iom", iom == null ? null : iom.name(), encode);
		append(out, "countries", countries, encode);
		if (withSort) {
			append(out, "sort", sort, encode);
			append(out, "dir", dir, encode);
		}
		return out.toString();
	}

	/** The query string sorting by {@code key}, flipping the direction when it already sorts by it. */
	public String sortedBy(String key) {
		String direction;
		if (sortKey().equals(key)) {
			direction = descending() ? "asc" : "desc";
		}
		else {
			direction = key.equals("name") ? "asc" : "desc";
		}
		CompareQuery sorted = new CompareQuery(region, income, iom, countries, key, direction);
		return sorted.parameters(v -> java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8), true);
	}

	public @Nullable String ariaSort(String key) {
		return sortKey().equals(key) ? (descending() ? "descending" : "ascending") : null;
	}

	private static void append(StringBuilder out, String name, @Nullable String value,
			Function<String, String> encode) {
		if (value != null && !value.isBlank()) {
			out.append(out.isEmpty() ? "" : "&").append(name).append('=').append(encode.apply(value));
		}
	}

}
