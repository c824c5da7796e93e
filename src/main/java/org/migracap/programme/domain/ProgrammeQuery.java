package org.migracap.programme.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.FocusArea;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * Filters, sorting and paging of the programme list (page, export and API share it).
 */
public record ProgrammeQuery(@Nullable String q, @Nullable String country, @Nullable FocusArea area,
		@Nullable Integer status, @Nullable Boolean overdue, @Nullable String sort, @Nullable String dir,
		@Nullable Integer page, @Nullable Integer size) {

	public static final List<String> SORTS = List.of("title", "start", "end", "budget", "status");

	public int pageNumber() {
		return page == null || page < 0 ? 0 : page;
	}

	public int pageSize() {
		return size == null || size < 1 ? 25 : Math.min(size, 200);
	}

	public String sortKey() {
		return sort != null && SORTS.contains(sort) ? sort : "start";
	}

	public boolean descending() {
		return "desc".equalsIgnoreCase(dir);
	}

	List<ProgrammeViews.Row> apply(List<ProgrammeViews.Row> rows) {
		String needle = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
		Comparator<ProgrammeViews.Row> order = switch (sortKey()) {
			case "title" -> Comparator.comparing((ProgrammeViews.Row r) -> r.title().toLowerCase(Locale.ROOT));
			case "end" -> Comparator.comparing(ProgrammeViews.Row::plannedEnd);
			case "budget" -> Comparator.comparing(ProgrammeViews.Row::totalBudget);
			case "status" -> Comparator.comparingInt(ProgrammeViews.Row::status);
			default -> Comparator.comparing(ProgrammeViews.Row::plannedStart);
		};
		order = order.thenComparingLong(ProgrammeViews.Row::id);
		if (descending()) {
			order = order.reversed();
		}
		String code = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
		return rows.stream()
			.filter(r -> needle.isEmpty() || r.title().toLowerCase(Locale.ROOT).contains(needle)
					|| r.code().toLowerCase(Locale.ROOT).contains(needle))
			.filter(r -> code == null || r.countries().contains(code))
			.filter(r -> area == null || r.areas().contains(area))
			.filter(r -> status == null || status == r.status())
			.filter(r -> overdue == null || !overdue || r.overduePeriods() > 0)
			.sorted(order)
			.toList();
	}

	Page<ProgrammeViews.Row> page(List<ProgrammeViews.Row> rows) {
		List<ProgrammeViews.Row> all = apply(rows);
		PageRequest request = PageRequest.of(pageNumber(), pageSize());
		int from = (int) Math.min(request.getOffset(), all.size());
		int to = Math.min(from + request.getPageSize(), all.size());
		return new PageImpl<>(all.subList(from, to), request, all.size());
	}

	public String parameters(Function<String, String> encode) {
		StringBuilder out = new StringBuilder();
		append(out, "q", q, encode);
		append(out, "country", country, encode);
		append(out, "area", area == null ? null : area.name(), encode);
		append(out, "status", status == null ? null : String.valueOf(status), encode);
		append(out, "overdue", overdue == null ? null : String.valueOf(overdue), encode);
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

}
