package org.migracap.assessment.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.migracap.assessment.domain.CycleKind;
import org.migracap.assessment.domain.CycleService;
import org.migracap.assessment.domain.CycleStatus;
import org.migracap.assessment.domain.CycleSummary;
import org.migracap.assessment.domain.CycleView;
import org.migracap.assessment.domain.FrameworkService;
import org.migracap.assessment.domain.FrameworkStatus;
import org.migracap.assessment.domain.FrameworkView;
import org.migracap.platform.Access;
import org.migracap.platform.Confidentiality;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.migracap.platform.Htmx;
import org.migracap.platform.Role;
import org.migracap.platform.TabularExport;
import org.migracap.reference.CountryView;
import org.migracap.reference.ReferenceApi;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of assessments the viewer may see (filter, sort, page, export) and the form that starts one.
 */
@Controller
class AssessmentListController {

	private static final Map<String, String> CYCLE_FIELDS = Map.of("assessment.cycle.error.year", "year",
			"assessment.cycle.error.period", "periodEnd", "assessment.cycle.error.dueDatePast", "dueDate",
			"assessment.cycle.error.kindForStaff", "kind", "assessment.cycle.error.noFramework", "frameworkCode");

	private final CycleService cycles;

	private final FrameworkService frameworks;

	private final ReferenceApi reference;

	private final MessageSource messages;

	private final FormErrors formErrors;

	AssessmentListController(CycleService cycles, FrameworkService frameworks, ReferenceApi reference,
			MessageSource messages, FormErrors formErrors) {
		this.cycles = cycles;
		this.frameworks = frameworks;
		this.reference = reference;
		this.messages = messages;
		this.formErrors = formErrors;
	}

	@GetMapping("/assessments")
	@Access(anonymous = true)
	String list(CycleQuery query, Locale locale, Model model, HttpServletRequest request) {
		model.addAttribute("query", query);
		model.addAttribute("page", query.page(cycles.all(CurrentUser.current()), countries(), locale));
		model.addAttribute("countries", countries());
		model.addAttribute("base", "/assessments?" + query.parameters(AssessmentListController::encode));
		model.addAttribute("exportBase", "/assessments/export?" + query.parameters(AssessmentListController::encode)
				+ (query.parameters(AssessmentListController::encode).isEmpty() ? "" : "&"));
		model.addAttribute("statuses", CycleStatus.values());
		model.addAttribute("frameworks", frameworkCodes());
		model.addAttribute("mayStart", CurrentUser.current()
			.map(u -> u.isStaff() || (u.has(Role.FOCAL_POINT) && u.countryCode() != null))
			.orElse(false));
		return Htmx.view(request, "assessment/list", "results");
	}

	@GetMapping("/assessments/export")
	@Access(anonymous = true)
	ResponseEntity<byte[]> export(CycleQuery query, @RequestParam(defaultValue = "csv") String format,
			Locale locale) {
		Map<String, CountryView> countries = countries();
		List<List<?>> rows = query.apply(cycles.all(CurrentUser.current()), countries, locale)
			.stream()
			.<List<?>>map(c -> List.of(c.id(), c.iso3(), countries.containsKey(c.iso3())
					? countries.get(c.iso3()).name(locale) : c.iso3(), c.frameworkCode(), c.frameworkVersion(),
					text(c.kind().messageKey(), locale), c.year(), text(c.status().messageKey(), locale),
					text(c.confidentiality().messageKey(), locale), c.answered(), c.indicators(),
					c.demo() ? text("common.demo", locale) : ""))
			.toList();
		return TabularExport.download(TabularExport.Format.of(format), "migracap-assessments",
				List.of("id", "iso3", "country", "framework", "framework_version", "kind", "year", "status",
						"confidentiality", "answered", "indicators", "demo"),
				rows);
	}

	@GetMapping("/assessments/new")
	@Access({ Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN })
	String start(Model model) {
		NewCycleForm form = new NewCycleForm();
		CurrentUser user = CurrentUser.required();
		if (!user.isStaff() && user.countryCode() != null) {
			form.setIso3(user.countryCode());
		}
		return form(form, model);
	}

	@PostMapping("/assessments")
	@Access({ Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN })
	String create(@Valid @ModelAttribute("form") NewCycleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.required();
		if (!user.isStaff() && user.countryCode() != null) {
			form.setIso3(user.countryCode());
		}
		if (!result.hasFieldErrors("iso3") && !reference.isCountry(form.getIso3())) {
			result.rejectValue("iso3", "import.unknownCountry", new Object[] { form.getIso3() }, "");
		}
		Optional<CycleView> cycle = formErrors.attempt(result, model)
			.fields(CYCLE_FIELDS)
			.call(() -> cycles.create(form.getIso3(),
					new CycleService.NewCycle(form.getFrameworkCode(), form.getKind(), form.getYear(),
							form.getPeriodStart(), form.getPeriodEnd(), form.getConfidentiality(), form.getDueDate()),
					user));
		if (cycle.isEmpty()) {
			return form(form, model);
		}
		redirect.addFlashAttribute("flashSuccess", "assessment.cycle.created");
		return "redirect:/assessments/" + cycle.get().id();
	}

	private String form(NewCycleForm form, Model model) {
		CurrentUser user = CurrentUser.required();
		model.addAttribute("form", form);
		model.addAttribute("countries", user.isStaff() ? reference.countries()
				: reference.countries().stream().filter(c -> c.iso3().equals(user.countryCode())).toList());
		model.addAttribute("kinds", user.isStaff() ? List.of(CycleKind.values()) : List.of(CycleKind.SELF));
		model.addAttribute("confidentialities", Confidentiality.values());
		model.addAttribute("frameworks", frameworks.all()
			.stream()
			.filter(f -> f.status() == FrameworkStatus.PUBLISHED && !f.code().equals(FrameworkService.SDG))
			.map(FrameworkView::code)
			.distinct()
			.toList());
		return "assessment/new";
	}

	private List<String> frameworkCodes() {
		return frameworks.all().stream().map(FrameworkView::code).distinct().toList();
	}

	private Map<String, CountryView> countries() {
		return reference.countries().stream().collect(Collectors.toMap(CountryView::iso3, Function.identity()));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}



}
