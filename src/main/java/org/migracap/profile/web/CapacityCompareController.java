package org.migracap.profile.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Htmx;
import org.migracap.platform.TabularExport;
import org.migracap.reference.FocusArea;
import org.migracap.reference.IncomeGroup;
import org.migracap.reference.IomStatus;
import org.migracap.reference.ReferenceApi;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The comparison of countries by area (a heatmap that is also a table), filtered by region, income group, IOM status
 * or a chosen list, sortable by any column and exportable. Only the scores the viewer may see are shown.
 */
@Controller
@Access(anonymous = true)
class CapacityCompareController {

	private final CapacityData data;

	private final ReferenceApi reference;

	private final MessageSource messages;

	CapacityCompareController(CapacityData data, ReferenceApi reference, MessageSource messages) {
		this.data = data;
		this.reference = reference;
		this.messages = messages;
	}

	@GetMapping("/compare")
	String compare(CompareQuery query, Locale locale, Model model, HttpServletRequest request) {
		CapacityData.Heatmap heatmap = data.heatmap(CurrentUser.current(), query, locale, request.getContextPath());
		String parameters = query.parameters(CapacityCompareController::encode, true);
		model.addAttribute("query", query);
		model.addAttribute("rows", heatmap.rows());
		model.addAttribute("rowsHtml", heatmap.rowsHtml());
		model.addAttribute("areas", FocusArea.values());
		model.addAttribute("regions", reference.regions());
		model.addAttribute("subRegions", reference.subRegions());
		model.addAttribute("incomeGroups", IncomeGroup.values());
		model.addAttribute("iomStatuses", IomStatus.values());
		model.addAttribute("exportBase", "/compare/export?" + parameters + (parameters.isEmpty() ? "" : "&"));
		return Htmx.view(request, "profile/compare", "results");
	}

	@GetMapping("/compare/export")
	ResponseEntity<byte[]> export(CompareQuery query, @RequestParam(defaultValue = "csv") String format,
			Locale locale) {
		List<String> header = new ArrayList<>(List.of("iso3", "country", "year", "confidentiality"));
		for (FocusArea area : FocusArea.values()) {
			header.add("area_" + area.code());
		}
		header.add("mean");
		List<List<?>> rows = new ArrayList<>();
		for (CapacityRow row : CapacityData.filterAndSort(data.rows(CurrentUser.current()), query, locale)) {
			List<Object> cells = new ArrayList<>(List.of(row.country().iso3(), row.country().name(locale), row.year(),
					messages.getMessage(row.confidentiality().messageKey(), null, locale)));
			for (FocusArea area : FocusArea.values()) {
				Double value = row.value(area);
				cells.add(value == null ? "" : ProfileBuilder.round(value));
			}
			cells.add(ProfileBuilder.round(row.mean()));
			rows.add(cells);
		}
		return TabularExport.download(TabularExport.Format.of(format), "migracap-capacity-comparison", header, rows);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
