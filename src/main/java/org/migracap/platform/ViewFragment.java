package org.migracap.platform;

import java.util.Map;

/**
 * A named Thymeleaf fragment with its data, rendered inside a page that another module owns (a country tab, a home
 * panel). The fragment is declared as {@code th:fragment="name(data)"} in {@code template}.
 */
public record ViewFragment(String template, String name, Map<String, Object> data) {

	public static ViewFragment of(String template, String name, Map<String, Object> data) {
		return new ViewFragment(template, name, data);
	}

}
