package org.migracap.programme.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.TabularExport;
import org.migracap.programme.domain.RecurrentFinancing;
import org.migracap.programme.domain.RecurrentService;
import org.migracap.reference.ReferenceApi;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recurrent financing: the overview of countries that programmes leave recurrent costs to (IOM staff), and one
 * country's outlook year by year against the capacity it declares, which its focal point or a coordinator records.
 */
@Controller
class RecurrentController {

	private final RecurrentService recurrent;

	private final ReferenceApi reference;

	private final org.springframework.context.MessageSource messages;

	private final FormErrors formErrors;

	private final JsonMapper json = JsonMapper.builder().build();

	RecurrentController(RecurrentService recurrent, ReferenceApi reference,
			org.springframework.context.MessageSource messages, FormErrors formErrors) {
		this.recurrent = recurrent;
		this.reference = reference;
		this.messages = messages;
		this.formErrors = formErrors;
	}

	@GetMapping("/recurrent")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String overview(Model model) {
		model.addAttribute("risks", recurrent.overview(CurrentUser.required()));
		model.addAttribute("firstYear", recurrent.firstYear());
		model.addAttribute("lastYear", recurrent.lastYear());
		return "programme/recurrent";
	}

	@GetMapping("/recurrent/{iso3}")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, country = "iso3")
	String country(@PathVariable String iso3, Model model) {
		CurrentUser user = CurrentUser.required();
		RecurrentFinancing.Outlook outlook = recurrent.outlook(iso3, user);
		model.addAttribute("outlook", outlook);
		model.addAttribute("country", reference.getCountry(outlook.iso3()));
		Map<Integer, RecurrentService.CapacityView> declared = new LinkedHashMap<>();
		recurrent.capacities(iso3, user).forEach(c -> declared.put(c.year(), c));
		model.addAttribute("declared", declared);
		model.addAttribute("chart", chart(outlook, messages.getMessage("programme.recurrent.capacity", null,
				org.springframework.context.i18n.LocaleContextHolder.getLocale())));
		return "programme/recurrent-country";
	}

	@GetMapping("/recurrent/{iso3}/export")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, country = "iso3")
	ResponseEntity<byte[]> export(@PathVariable String iso3, @RequestParam(defaultValue = "xlsx") String format) {
		RecurrentFinancing.Outlook outlook = recurrent.outlook(iso3, CurrentUser.required());
		List<List<?>> rows = new ArrayList<>();
		for (RecurrentFinancing.Year year : outlook.years()) {
			for (RecurrentFinancing.Contribution c : year.contributions()) {
				rows.add(List.of(year.year(), c.programmeId(), c.title(), c.amount(),
						year.capacity() == null ? "" : year.capacity(), year.burden()));
			}
		}
		return TabularExport.download(TabularExport.Format.of(format), "migracap-recurrent-" + outlook.iso3(),
				List.of("year", "programme_id", "programme", "recurrent_cost", "declared_capacity", "year_total"), rows);
	}

	@PostMapping("/recurrent/{iso3}/capacity")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, country = "iso3")
	String record(@PathVariable String iso3, @RequestParam(defaultValue = "0") int year,
			@RequestParam(required = false) @Nullable String amount, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "-1") long version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		CurrentUser user = CurrentUser.required();
		boolean recorded = formErrors.onPage(model, response, () -> {
			BigDecimal value;
			try {
				value = new BigDecimal(amount == null ? "" : amount.trim().replace(",", ""));
			}
			catch (NumberFormatException ex) {
				throw RuleViolationException.invalid("programme.error.number", amount == null ? "" : amount);
			}
			recurrent.recordCapacity(iso3, year, value, note, version, user);
		});
		if (!recorded) {
			return country(iso3, model);
		}
		redirect.addFlashAttribute("flashSuccess", "common.updated");
		return "redirect:/recurrent/" + iso3.toUpperCase(java.util.Locale.ROOT);
	}

	private String chart(RecurrentFinancing.Outlook outlook, String capacityLabel) {
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("tooltip", Map.of("trigger", "axis"));
		options.put("legend", Map.of("top", 0));
		options.put("grid", Map.of("left", 70, "right", 20, "top", 40, "bottom", 30));
		options.put("xAxis", Map.of("type", "category", "data",
				outlook.years().stream().map(y -> String.valueOf(y.year())).toList()));
		options.put("yAxis", Map.of("type", "value"));
		List<Object> series = new ArrayList<>();
		Map<Long, String> titles = new LinkedHashMap<>();
		outlook.years().forEach(y -> y.contributions().forEach(c -> titles.put(c.programmeId(), c.title())));
		for (Map.Entry<Long, String> programme : titles.entrySet()) {
			series.add(Map.of("name", programme.getValue(), "type", "bar", "stack", "cost", "data",
					outlook.years().stream().map(y -> y.contributions().stream()
						.filter(c -> c.programmeId() == programme.getKey())
						.map(RecurrentFinancing.Contribution::amount)
						.findFirst()
						.orElse(BigDecimal.ZERO)).toList()));
		}
		List<Object> capacity = new ArrayList<>();
		outlook.years().forEach(y -> capacity.add(y.capacity()));
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("name", capacityLabel);
		line.put("type", "line");
		line.put("step", "middle");
		line.put("data", capacity);
		series.add(line);
		options.put("series", series);
		return json.writeValueAsString(options);
	}

}
