package org.migracap.request.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.FocusArea;
import org.migracap.request.HelpKind;
import org.migracap.request.Urgency;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * Filters, sorting and paging of request lists and the triage queue (pages, export and API share it).
 * {@code age} is a bucket of days waiting in the current status: {@code week} (under 7), {@code month} (7 to 30),
 * {@code quarter} (31 to 90), {@code older} (over 90).
 */
public record RequestQuery(@Nullable String q, @Nullable RequestStatus status, @Nullable String country,
		@Nullable FocusArea area, @Nullable HelpKind kind, @Nullable Urgency urgency, @Nullable String age,
		@Nullable String sort, @Nullable String dir, @Nullable Integer page, @Nullable Integer size) {

	public static final List<String> SORTS = List.of("waiting", "submitted", "urgency", "country", "title", "status");

	public static final List<String> AGES = List.of("week", "month", "quarter", "older");

	public static RequestQuery empty() {
		return new RequestQuery(null, null, null, null, null, null, null, null, null, null, null);
	}

	public RequestQuery withStatus(@Nullable RequestStatus newStatus) {
		return new RequestQuery(q, newStatus, country, area, kind, urgency, age, sort, dir, page, size);
	}

	public int pageNumber() {
		return page == null || page < 0 ? 0 : page;
	}

	public int pageSize() {
		return size == null || size < 1 ? 25 : Math.min(size, 200);
	}

	public String sortKey() {
		return sort != null && SORTS.contains(sort) ? sort : "waiting";
	}

	/** Oldest first for waiting time, most urgent first for urgency, unless reversed. */
	public boolean descending() {
		return "desc".equalsIgnoreCase(dir);
	}

	List<RequestRow> apply(List<RequestRow> rows) {
		String needle = q == null ? "" : fold(q.trim());
		Comparator<RequestRow> order = switch (sortKey()) {
			case "submitted" -> Comparator.comparing(RequestRow::submittedAt);
			case "urgency" -> Comparator.comparing((RequestRow r) -> -r.urgency().ordinal())
				.thenComparing(Comparator.comparingLong(RequestRow::waitingDays).reversed());
			case "country" -> Comparator.comparing((RequestRow r) -> r.countries().get(0))
				.thenComparing(RequestRow::submittedAt);
			case "title" -> Comparator.comparing((RequestRow r) -> fold(r.title()));
			case "status" -> Comparator.comparing((RequestRow r) -> r.status().ordinal())
				.thenComparing(RequestRow::statusChangedAt);
			default -> Comparator.comparing(RequestRow::statusChangedAt);
		};
		order = order.thenComparingLong(RequestRow::id);
		if (descending()) {
			order = order.reversed();
		}
		String countryCode = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
		return rows.stream()
			.filter(r -> needle.isEmpty() || fold(r.title()).contains(needle) || fold(r.description()).contains(needle)
					|| String.valueOf(r.id()).equals(needle))
			.filter(r -> status == null || status == r.status())
			.filter(r -> countryCode == null || r.countries().contains(countryCode))
			.filter(r -> area == null || r.areas().contains(area))
			.filter(r -> kind == null || kind == r.kind())
			.filter(r -> urgency == null || urgency == r.urgency())
			.filter(r -> age == null || age.isBlank() || bucket(r.waitingDays()).equals(age))
			.sorted(order)
			.toList();
	}

	Page<RequestRow> page(List<RequestRow> rows) {
		List<RequestRow> all = apply(rows);
		PageRequest request = PageRequest.of(pageNumber(), pageSize());
		int from = (int) Math.min(request.getOffset(), all.size());
		int to = Math.min(from + request.getPageSize(), all.size());
		return new PageImpl<>(all.subList(from, to), request, all.size());
	}

	public static String bucket(long days) {
		if (days < 7) {
			return "week";
		}
		if (days <= 30) {
			return "month";
		}
		if (days <= 90) {
			return "quarter";
		}
		return "older";
	}

	/** The query string of this query without the page, for links. */
	public String parameters(Function<String, String> encode) {
		StringBuilder out = new StringBuilder();
		append(out, "q", q, encode);
		append(out, "status", status == null ? null : status.name(), encode);
		append(out, "country", country, encode);
		append(out, "area", area == null ? null : area.name(), encode);
		append(out, "kind", kind == null ? null : kind.name(), encode);
		append(out, "urgency", urgency == null ? null : urgency.name(), encode);
		append(out, "age", age, encode);
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
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
	}

}
