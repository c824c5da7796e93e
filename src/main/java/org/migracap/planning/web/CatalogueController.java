package org.migracap.planning.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.migracap.planning.domain.CatalogueEntry;
import org.migracap.planning.domain.CatalogueService;
import org.migracap.platform.Access;
import org.migracap.platform.FormErrors;
import org.migracap.platform.Role;
import org.migracap.platform.TabularExport;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The intervention catalogue: typical actions per dimension and level step with indicative costs, listed, exported
 * and edited by coordinators.
 */
@Controller
@Access({ Role.COORDINATOR, Role.ADMIN })
class CatalogueController {

	private static final Map<String, String> FIELDS = Map.of("planning.error.levelStep", "toLevel",
			"planning.error.costRange", "oneOffMax", "planning.error.areas", "areas", "planning.error.codeTaken",
			"code");

	private final CatalogueService catalogue;

	private final FormErrors formErrors;

	CatalogueController(CatalogueService catalogue, FormErrors formErrors) {
		this.catalogue = catalogue;
		this.formErrors = formErrors;
	}

	@GetMapping("/planning/catalogue")
	String list(@RequestParam(defaultValue = "0") int dimension, Model model) {
		model.addAttribute("actions", catalogue.all().stream().filter(a -> dimension == 0 || a.dimension() == dimension).toList());
		model.addAttribute("dimension", dimension);
		return "planning/catalogue";
	}

	@GetMapping("/planning/catalogue/export")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format) {
		List<List<?>> rows = catalogue.all()
			.stream()
			.<List<?>>map(a -> List.of(a.code(), a.kind(), a.dimension(), a.areas(), a.fromLevel(), a.toLevel(),
					a.nameEn(), a.nameFr(), a.nameEs(), a.oneOffMin(), a.oneOffMax(), a.recurrentMin(),
					a.recurrentMax(), a.durationYears(), a.uplift(), a.joint(), a.source()))
			.toList();
		return TabularExport.download(TabularExport.Format.of(format), "migracap-intervention-catalogue",
				List.of("code", "kind", "dimension", "areas", "from_level", "to_level", "name_en", "name_fr", "name_es",
						"one_off_min", "one_off_max", "recurrent_min", "recurrent_max", "duration_years", "uplift",
						"joint", "source"),
				rows);
	}

	@GetMapping("/planning/catalogue/new")
	String newAction(Model model) {
		return form(new CatalogueForm(), null, model);
	}

	@PostMapping("/planning/catalogue")
	String create(@Valid @ModelAttribute("form") CatalogueForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!formErrors.attempt(result, model).fields(FIELDS).run(() -> catalogue.create(form.toEntry(0)))) {
			return form(form, null, model);
		}
		redirect.addFlashAttribute("flashSuccess", "planning.catalogue.created");
		return "redirect:/planning/catalogue";
	}

	@GetMapping("/planning/catalogue/{actionId}")
	String edit(@PathVariable long actionId, Model model) {
		CatalogueEntry entry = catalogue.get(actionId);
		return form(CatalogueForm.of(entry), entry, model);
	}

	@PostMapping("/planning/catalogue/{actionId}")
	String update(@PathVariable long actionId, @Valid @ModelAttribute("form") CatalogueForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		CatalogueEntry entry = catalogue.get(actionId);
		if (!formErrors.attempt(result, model)
			.fields(FIELDS)
			.onConflict(form::setVersion)
			.run(() -> catalogue.update(actionId, form.getVersion(), form.toEntry(actionId)))) {
			return form(form, entry, model);
		}
		redirect.addFlashAttribute("flashSuccess", "common.updated");
		return "redirect:/planning/catalogue";
	}

	private String form(CatalogueForm form, @Nullable CatalogueEntry entry, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("entry", entry);
		return "planning/catalogue-form";
	}

}
