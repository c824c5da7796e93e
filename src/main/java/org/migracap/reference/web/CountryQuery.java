package org.migracap.reference.web;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.CountryView;
import org.migracap.reference.IncomeGroup;
import org.migracap.reference.IomStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * Filters, sorting and paging of the country directory (page, export and API share it).
 */
public record CountryQuery(@Nullable String q, @Nullable String region, @Nullable IncomeGroup income, @Nullable IomStatus iom,
		@Nullable String sort, @Nullable String dir, @Nullable Integer page, @Nullable Integer size) {

	static final List<String> SORTS = List.of("name", "iso3", "region", "income", "iom");

	public int pageNumber() {
		return page == null || page < 0 ? 0 : page;
	}

	public int pageSize() {
		return size == null || size < 1 ? 25 : Math.min(size, 250);
	}

	public String sortKey() {
		return sort != null && SORTS.contains(sort) ? sort : "name";
	}

	public boolean descending() {
		return "desc".equalsIgnoreCase(dir);
	}

	List<CountryView> apply(List<CountryView> countries, Locale locale) {
		String needle = q == null ? "" : fold(q.trim());
		Collator collator = Collator.getInstance(locale);
		collator.setStrength(Collator.PRIMARY);
		Comparator<CountryView> byName = Comparator.comparing(c -> c.name(locale), collator);
		Comparator<CountryView> order = switch (sortKey()) {
			case "iso3" -> Comparator.comparing(CountryView::iso3);
			case "region" -> Comparator.comparing((CountryView c) -> Objects.toString(c.region(), "~"))
				.thenComparing(c -> Objects.toString(c.subRegion(), "~"))
				.thenComparing(byName);
			case "income" -> Comparator
				.comparing((CountryView c) -> c.incomeGroup() == null ? 99 : c.incomeGroup().ordinal())
				.thenComparing(byName);
			case "iom" -> Comparator.comparing((CountryView c) -> c.iomStatus().ordinal()).thenComparing(byName);
			default -> byName;
		};
		if (descending()) {
			order = order.reversed();
		}
		return countries.stream()
			.filter(c -> needle.isEmpty() || fold(c.name()).contains(needle) || fold(c.name(locale)).contains(needle)
					|| c.iso3().equalsIgnoreCase(needle) || c.iso2().equalsIgnoreCase(needle))
			.filter(c -> region == null || region.isBlank() || region.equals(c.regionCode())
					|| region.equals(c.subRegionCode()) || region.equals(c.intermediateRegionCode()))
			.filter(c -> income == null || income == c.incomeGroup())
			.filter(c -> iom == null || iom == c.iomStatus())
			.sorted(order)
			.toList();
	}

	Page<CountryView> page(List<CountryView> countries, Locale locale) {
		List<CountryView> all = apply(countries, locale);
		PageRequest request = PageRequest.of(pageNumber(), pageSize());
		int from = (int) Math.min(request.getOffset(), all.size());
		int to = Math.min(from + request.getPageSize(), all.size());
		return new PageImpl<>(all.subList(from, to), request, all.size());
	}

	/** The query string of this query without the page, for links. */
	String parameters(Function<String, String> encode) {
		StringBuilder out = new StringBuilder();
		append(out, "q", q, encode);
		append(out, "region", region, encode);
		append(out, "income", income == null ? null : income.name(), encode);
		append(out, "iom", iom == null ? null : iom.name(), encode);
		append(out, "sort", sort, encode);
		append(out, "dir", dir, encode);
		return out.toString();
	}

	private static void append(StringBuilder out, String name, @Nullable String value,
			Function<String, String> encode) {
		if (value != null && !value.isBlank()) {
			out.append(out.isEmpty() ? "" : "&").append(name).append('=').append(encode.apply(value));
		}
	}

	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

}
