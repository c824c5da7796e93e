package org.migracap.planning.web;

import java.util.Map;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.migracap.planning.domain.CandidateDecision;
import org.migracap.planning.domain.CandidateService;
import org.migracap.planning.domain.CandidateView;
import org.migracap.planning.domain.ScenarioService;
import org.migracap.platform.Access;
import org.migracap.platform.FormErrors;
import org.migracap.platform.Role;
import org.migracap.reference.FocusArea;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One candidate of a scenario: add, edit (costs, start year, uplift, dependencies, exclusion group, countries served,
 * forced in or out), delete.
 */
@Controller
@Access({ Role.COORDINATOR, Role.ADMIN })
class CandidateController {

	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("planning.error.candidateCode", "code"),
			Map.entry("planning.error.candidateCodeTaken", "code"), Map.entry("planning.error.title", "title"),
			Map.entry("planning.error.candidateCountries", "countries"),
			Map.entry("planning.error.unknownCountry", "countries"),
			Map.entry("planning.error.indicator", "indicatorCode"), Map.entry("planning.error.cost", "oneOffCost"),
			Map.entry("planning.error.candidateStart", "startYear"),
			Map.entry("planning.error.duration", "durationYears"), Map.entry("planning.error.uplift", "uplift"),
			Map.entry("planning.error.dependsOn", "dependsOn"), Map.entry("planning.error.group", "exclusionGroup"));

	private final CandidateService candidates;

	private final ScenarioService scenarios;

	private final FormErrors formErrors;

	CandidateController(CandidateService candidates, ScenarioService scenarios, FormErrors formErrors) {
		this.candidates = candidates;
		this.scenarios = scenarios;
		this.formErrors = formErrors;
	}

	@GetMapping("/planning/scenarios/{id}/candidates/new")
	String newCandidate(@PathVariable long id, Model model) {
		CandidateForm form = new CandidateForm();
		form.setStartYear(scenarios.get(id).settings().startYear());
		return form(id, form, null, model);
	}

	@PostMapping("/planning/scenarios/{id}/candidates")
	String create(@PathVariable long id, @Valid @ModelAttribute("form") CandidateForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!formErrors.attempt(result, model).fields(FIELDS).run(() -> candidates.create(id, form.toData()))) {
			return form(id, form, null, model);
		}
		redirect.addFlashAttribute("flashSuccess", "planning.candidate.created");
		return "redirect:/planning/scenarios/" + id;
	}

	@GetMapping("/planning/scenarios/{id}/candidates/{candidateId}")
	String edit(@PathVariable long id, @PathVariable long candidateId, Model model) {
		CandidateView candidate = candidates.get(id, candidateId);
		return form(id, CandidateForm.of(candidate), candidate, model);
	}

	@PostMapping("/planning/scenarios/{id}/candidates/{candidateId}")
	String update(@PathVariable long id, @PathVariable long candidateId,
			@Valid @ModelAttribute("form") CandidateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CandidateView candidate = candidates.get(id, candidateId);
		if (!formErrors.attempt(result, model)
			.fields(FIELDS)
			.onConflict(form::setVersion)
			.run(() -> candidates.update(id, candidateId, form.getVersion(), form.toData()))) {
			return form(id, form, candidate, model);
		}
		redirect.addFlashAttribute("flashSuccess", "common.updated");
		return "redirect:/planning/scenarios/" + id;
	}

	@PostMapping("/planning/scenarios/{id}/candidates/{candidateId}/delete")
	String delete(@PathVariable long id, @PathVariable long candidateId, RedirectAttributes redirect) {
		candidates.delete(id, candidateId);
		redirect.addFlashAttribute("flashSuccess", "planning.candidate.deleted");
		return "redirect:/planning/scenarios/" + id;
	}

	private String form(long scenarioId, CandidateForm form, @Nullable CandidateView candidate, Model model) {
		model.addAttribute("scenario", scenarios.get(scenarioId));
		model.addAttribute("form", form);
		model.addAttribute("candidate", candidate);
		model.addAttribute("areas", FocusArea.values());
		model.addAttribute("decisions", CandidateDecision.values());
		return "planning/candidate-form";
	}

}
