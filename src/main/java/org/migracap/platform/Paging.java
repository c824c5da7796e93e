package org.migracap.platform;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Page requests from the page number a caller asks for. A page number is not stored, so it is not refused: a page
 * below zero is the first, and one beyond {@link #MAX_PAGE} is that page (past the end of any list this application
 * has, hence empty), so that the row offset always fits the database's and Hibernate's {@code int}.
 */
public final class Paging {

	/** The highest page number asked of the database; with {@link #MAX_SIZE} rows a page the offset fits an int. */
	public static final int MAX_PAGE = 1_000_000;

	/** The most rows a page holds, whatever is asked. */
	public static final int MAX_SIZE = 1_000;

	private Paging() {
	}

	/** The page number to use: between 0 and {@link #MAX_PAGE}. */
	public static int page(long asked) {
		return (int) Math.min(Math.max(asked, 0), MAX_PAGE);
	}

	public static PageRequest of(long page, int size) {
		return PageRequest.of(page(page), Math.min(Math.max(size, 1), MAX_SIZE));
	}

	public static PageRequest of(long page, int size, Sort sort) {
		return PageRequest.of(page(page), Math.min(Math.max(size, 1), MAX_SIZE), sort);
	}

}
