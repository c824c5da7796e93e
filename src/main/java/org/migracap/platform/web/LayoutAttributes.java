package org.migracap.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.CycleStep;
import org.migracap.platform.DemoSettings;
import org.migracap.platform.NavItem;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout of every page needs: the navigation along the cycle for the current user, the user, the language
 * links and the demo flag.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAttributes {

	private final List<NavItem> items;

	private final DemoSettings demo;

	LayoutAttributes(List<NavItem> items, DemoSettings demo) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
		this.demo = demo;
	}

	public record NavGroup(CycleStep step, List<NavItem> items) {
	}

	@ModelAttribute("currentUser")
	@Nullable CurrentUser currentUser() {
		return CurrentUser.current().orElse(null);
	}

	@ModelAttribute("layoutNavigation")
	List<NavGroup> navigation() {
		Optional<CurrentUser> user = CurrentUser.current();
		Map<CycleStep, List<NavItem>> groups = new EnumMap<>(CycleStep.class);
		for (NavItem item : items) {
			if (item.visibleTo(user)) {
				groups.computeIfAbsent(item.step(), step -> new ArrayList<>()).add(item);
			}
		}
		return groups.entrySet().stream().map(e -> new NavGroup(e.getKey(), e.getValue())).toList();
	}

	@ModelAttribute("layoutLanguages")
	Map<String, String> languages(HttpServletRequest request) {
		Map<String, String> links = new LinkedHashMap<>();
		for (var locale : WebConfiguration.SUPPORTED) {
			links.put(locale.getLanguage(), UriComponentsBuilder.fromPath(request.getRequestURI())
				.query(request.getQueryString())
				.replaceQueryParam("lang", locale.getLanguage())
				.replaceQueryParam("continue")
				.build()
				.toUriString());
		}
		return links;
	}

	@ModelAttribute("layoutLang")
	String lang() {
		return LocaleContextHolder.getLocale().getLanguage();
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return demo.enabled();
	}

	@ModelAttribute("requestPath")
	String requestPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

}
