package org.migracap.reference.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.migracap.platform.Access;
import org.migracap.platform.CountryTab;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Htmx;
import org.migracap.platform.TabularExport;
import org.migracap.reference.CountryView;
import org.migracap.reference.IncomeGroup;
import org.migracap.reference.IomStatus;
import org.migracap.reference.ReferenceApi;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The country directory (search as you type, filters, sorting, paging, export) and the country page, whose tabs
 * other modules contribute.
 */
@Controller
@Access(anonymous = true)
class CountryController {

	private final ReferenceApi reference;

	private final List<CountryTab> tabs;

	private final MessageSource messages;

	CountryController(ReferenceApi reference, List<CountryTab> tabs, MessageSource messages) {
		this.reference = reference;
		this.tabs = tabs.stream().sorted(Comparator.comparingInt(CountryTab::order)).toList();
		this.messages = messages;
	}

	@GetMapping("/countries")
	String directory(CountryQuery query, Locale locale, Model model, HttpServletRequest request) {
		model.addAttribute("query", query);
		model.addAttribute("page", query.page(reference.countries(), locale));
		model.addAttribute("base", "/countries?" + query.parameters(CountryController::encode));
		model.addAttribute("regions", reference.regions());
		model.addAttribute("subRegions", reference.subRegions());
		model.addAttribute("incomeGroups", IncomeGroup.values());
		model.addAttribute("iomStatuses", IomStatus.values());
		return Htmx.view(request, "reference/countries", "results");
	}

	@GetMapping("/countries/export")
	ResponseEntity<byte[]> export(CountryQuery query, @RequestParam(defaultValue = "csv") String format,
			Locale locale) {
		List<List<?>> rows = query.apply(reference.countries(), locale)
			.stream()
			.<List<?>>map(c -> List.of(c.iso3(), c.iso2(), c.numeric(), c.name(locale), nz(c.region()),
					nz(c.subRegion()), nz(c.intermediateRegion()),
					c.incomeGroup() == null ? "" : text(c.incomeGroup().messageKey(), locale),
					text(c.iomStatus().messageKey(), locale), c.iomSince() == null ? "" : c.iomSince()))
			.toList();
		List<String> header = List.of("iso3", "iso2", "numeric", "name", "region", "sub_region",
				"intermediate_region", "income_group", "iom_status", "iom_since");
		return TabularExport.download(TabularExport.Format.of(format), "migracap-countries", header, rows);
	}

	@GetMapping("/countries/{iso3}")
	String country(@PathVariable String iso3, @RequestParam(required = false) String tab, Model model,
			HttpServletRequest request) {
		CountryView country = reference.getCountry(iso3);
		Optional<CurrentUser> user = CurrentUser.current();
		List<CountryTab> visible = tabs.stream().filter(t -> t.visibleTo(user, country.iso3())).toList();
		CountryTab active = visible.stream()
			.filter(t -> t.key().equals(tab))
			.findFirst()
			.orElse(visible.isEmpty() ? null : visible.get(0));
		model.addAttribute("country", country);
		model.addAttribute("tabs", visible);
		model.addAttribute("activeTab", active);
		model.addAttribute("tabContent", active == null ? null : active.render(country.iso3(), user));
		return Htmx.isRequest(request) && tab != null ? "reference/country :: tabPanel" : "reference/country";
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
