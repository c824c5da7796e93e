package org.migracap.cooperation;

import java.util.Locale;
import java.util.Map;

import org.migracap.reference.FocusArea;

/**
 * An objective of the shared-goals catalogue, with its title and description in English, French and Spanish.
 */
public record ObjectiveView(String code, FocusArea area, int sortOrder, Map<String, String> titles,
		Map<String, String> descriptions) {

	public ObjectiveView {
		titles = Map.copyOf(titles);
		descriptions = Map.copyOf(descriptions);
	}

	public String title(Locale locale) {
		return titles.getOrDefault(locale.getLanguage(), titles.get("en"));
	}

	public String description(Locale locale) {
		return descriptions.getOrDefault(locale.getLanguage(), descriptions.get("en"));
	}

}
