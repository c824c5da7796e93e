package org.migracap.assessment.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.migracap.assessment.domain.CycleStatus;
import org.migracap.assessment.domain.CycleSummary;
import org.migracap.reference.CountryView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * Filters, sorting and paging of the list of assessments (page and export share it).
 */
public record CycleQuery(@Nullable String q, @Nullable CycleStatus status, @Nullable String framework,
		@Nullable Integer year, @Nullable String sort, @Nullable String dir, @Nullable Integer page,
		@Nullable Integer size) {

	static final List<String> SORTS = List.of("country", "year", "status", "framework", "completeness");

	public String sortKey() {
		return sort != null && SORTS.contains(sort) ? sort : "year";
	}

	public boolean descending() {
		return dir == null ? sortKey().equals("year") : "desc".equalsIgnoreCase(dir);
	}

	List<CycleSummary> apply(List<CycleSummary> cycles, Map<String, CountryView> countries, Locale locale) {
		String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
		Collator collator = Collator.getInstance(locale);
		collator.setStrength(Collator.PRIMARY);
		Function<CycleSummary, String> name = c -> countries.containsKey(c.iso3())
				? countries.get(c.iso3()).name(locale) : c.iso3();
		Comparator<CycleSummary> byCountry = Comparator.comparing(name, collator);
		Comparator<CycleSummary> order = switch (sortKey()) {
			case "country" -> byCountry.thenComparing(CycleSummary::year);
			case "status" -> Comparator.comparing((CycleSummary c) -> c.status().ordinal()).thenComparing(byCountry);
			case "framework" -> Comparator.comparing(CycleSummary::frameworkCode).thenComparing(byCountry);
			case "completeness" -> Comparator.comparingDouble(CycleSummary::completeness).thenComparing(byCountry);
			default -> Comparator.comparingInt(CycleSummary::year).thenComparing(byCountry.reversed());
		};
		if (descending()) {
			order = order.reversed();
		}
		return cycles.stream()
			.filter(c -> needle.isEmpty() || c.iso3().equalsIgnoreCase(needle)
					|| name.apply(c).toLowerCase(locale).contains(needle))
			.filter(c -> status == null || status == c.status())
			.filter(c -> framework == null || framework.isBlank() || framework.equals(c.frameworkCode()))
			.filter(c -> year == null || year == c.year())
			.sorted(order)
			.toList();
	}

	Page<CycleSummary> page(List<CycleSummary> cycles, Map<String, CountryView> countries, Locale locale) {
		List<CycleSummary> all = apply(cycles, countries, locale);
		int pageSize = size == null || size < 1 ? 25 : Math.min(size, 200);
		PageRequest request = PageRequest.of(page == null || page < 0 ? 0 : page, pageSize);
		int from = (int) Math.min(request.getOffset(), all.size());
		return new PageImpl<>(all.subList(from, Math.min(all.size(), from + pageSize)), request, all.size());
	}

	/** The query string without the page, for links. */
	String parameters(Function<String, String> encode) {
		StringBuilder out = new StringBuilder();
		append(out, "q", q, encode);
		append(out, "status", status == null ? null : status.name(), encode);
		append(out, "framework", framework, encode);
		append(out, "year", year == null ? null : String.valueOf(year), encode);
		append(out, "sort", sort, encode);
		append(out, "dir", dir, encode);
		return out.toString();
	}

	/** The query string sorting by {@code key}, flipping the direction when it already sorts by it. */
	public String sortedBy(String key) {
		String direction = sortKey().equals(key) && !descending() ? "desc" : "asc";
		CycleQuery sorted = new CycleQuery(q, status, framework, year, key, direction, null, size);
		return sorted.parameters(v -> java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
	}

	private static void append(StringBuilder out, String name, @Nullable String value,
			Function<String, String> encode) {
		if (value != null && !value.isBlank()) {
			out.append(out.isEmpty() ? "" : "&").append(name).append('=').append(encode.apply(value));
		}
	}

}
