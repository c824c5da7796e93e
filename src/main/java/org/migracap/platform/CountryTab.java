package org.migracap.platform;

import java.util.Optional;

/**
 * A tab on the country page, contributed by a module as a bean. The country page renders the active tab's fragment;
 * HTMX swaps tabs without reloading, links work without JavaScript.
 */
public interface CountryTab {

	/** Short key used in the URL: {@code /countries/KEN?tab=key}. */
	String key();

	String labelKey();

	int order();

	default boolean visibleTo(Optional<CurrentUser> user, String iso3) {
		return true;
	}

	/**
	 * Builds the tab's content. It must only include what {@code user} may see of the country: public data for
	 * anonymous users and other countries' focal points, confidential data for the country's own focal point and
	 * for IOM staff.
	 */
	ViewFragment render(String iso3, Optional<CurrentUser> user);

}
