package org.migracap.platform;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;

/**
 * Paging and sorting of every list under {@code /api} (docs/api.md, "Lists"): {@code page} 0-based, {@code size} from
 * 1 to a documented maximum, {@code sort=field,asc|desc} with the fields the operation lists. A value outside these is
 * refused with a 400 problem detail naming the parameter, never silently replaced. Every list answers the same
 * envelope, {@link PagedModel}: {@code content} and {@code page} ({@code size}, {@code number}, {@code totalElements},
 * {@code totalPages}).
 * @param field the sort field, {@code null} when the caller gave none (the operation's default order)
 */
public record ApiList(int page, int size, @Nullable String field, boolean descending) {

	/** The default page size of lists. */
	public static final int DEFAULT_SIZE = 25;

	/** The largest page size of lists (the library's search allows {@value #MAX_SEARCH_SIZE}). */
	public static final int MAX_SIZE = 200;

	/** The largest page size of the library's full-text search (highlighting costs per hit). */
	public static final int MAX_SEARCH_SIZE = 100;

	/**
	 * Reads the paging and sorting parameters of a list.
	 * @param fields the sort fields the operation allows
	 * @throws RuleViolationException 400 for a negative page, a size out of range or an unknown sort field/direction
	 */
	public static ApiList of(@Nullable Integer page, @Nullable Integer size, @Nullable String sort, List<String> fields,
			int maxSize) {
		if (page != null && page < 0) {
			throw RuleViolationException.badRequest("error.list.page", page);
		}
		if (size != null && (size < 1 || size > maxSize)) {
			throw RuleViolationException.badRequest("error.list.size", size, maxSize);
		}
		String field = null;
		boolean descending = false;
		if (sort != null && !sort.isBlank()) {
			String[] parts = sort.split(",", -1);
			field = parts[0].trim();
			if (!fields.contains(field) || parts.length > 2) {
				throw RuleViolationException.badRequest("error.list.sort", sort, String.join(", ", fields));
			}
			if (parts.length == 2) {
				String direction = parts[1].trim().toLowerCase(Locale.ROOT);
				if (!direction.equals("asc") && !direction.equals("desc")) {
					throw RuleViolationException.badRequest("error.list.sort", sort, String.join(", ", fields));
				}
				descending = direction.equals("desc");
			}
		}
		// a page far beyond any list is the last page the database is asked for (past the end: empty), so that its
		// offset never overflows
		return new ApiList(page == null ? 0 : Paging.page(page), size == null ? DEFAULT_SIZE : size, field,
				descending);
	}

	/** {@link #of(Integer, Integer, String, List, int)} with the usual maximum, {@value #MAX_SIZE}. */
	public static ApiList of(@Nullable Integer page, @Nullable Integer size, @Nullable String sort, List<String> fields) {
		return of(page, size, sort, fields, MAX_SIZE);
	}

	/** {@code "desc"} or {@code "asc"}, for the queries the pages share. */
	public String direction() {
		return descending ? "desc" : "asc";
	}

	/** One page of a list already filtered and sorted. */
	public <T> PagedModel<T> page(List<T> all) {
		PageRequest request = PageRequest.of(page, size);
		int from = (int) Math.min(request.getOffset(), all.size());
		int to = Math.min(from + size, all.size());
		return new PagedModel<>(new PageImpl<>(all.subList(from, to), request, all.size()));
	}

}
