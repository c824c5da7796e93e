package org.migracap.assessment.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.migracap.assessment.domain.FrameworkDocument;
import org.migracap.assessment.domain.FrameworkService;
import org.migracap.assessment.domain.FrameworkStatus;
import org.migracap.assessment.domain.FrameworkView;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.migracap.platform.ImportFailedException;
import org.migracap.platform.ImportReport;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.Role;
import org.migracap.platform.Text;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Assessment frameworks: every published version is public (the methodology is open); administrators also see
 * drafts, import and export files, edit drafts indicator by indicator, publish, derive a new version, retire.
 */
@Controller
class FrameworkController {

	private final FrameworkService frameworks;

	private final FormErrors formErrors;

	FrameworkController(FrameworkService frameworks, FormErrors formErrors) {
		this.frameworks = frameworks;
		this.formErrors = formErrors;
	}

	@GetMapping("/frameworks")
	@Access(anonymous = true)
	String list(Model model) {
		boolean admin = admin();
		model.addAttribute("frameworks",
				frameworks.all().stream().filter(f -> admin || f.status() != FrameworkStatus.DRAFT).toList());
		model.addAttribute("admin", admin);
		return "assessment/frameworks";
	}

	@GetMapping("/frameworks/{frameworkId}")
	@Access(anonymous = true)
	String framework(@PathVariable long frameworkId, @RequestParam(required = false) String area, Model model) {
		FrameworkView framework = visible(frameworkId);
		model.addAttribute("framework", framework);
		model.addAttribute("admin", admin());
		model.addAttribute("area", framework.areas()
			.stream()
			.filter(a -> a.code().equalsIgnoreCase(area == null ? "" : area))
			.findFirst()
			.orElse(framework.areas().get(0)));
		return "assessment/framework";
	}

	@GetMapping("/frameworks/{frameworkId}/export")
	@Access(anonymous = true)
	ResponseEntity<byte[]> export(@PathVariable long frameworkId) {
		FrameworkView framework = visible(frameworkId);
		String filename = framework.code().toLowerCase(java.util.Locale.ROOT) + "-v" + framework.frameworkVersion()
				+ ".json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(frameworks.write(framework.document()));
	}

	@PostMapping("/admin/frameworks/import")
	@Access(Role.ADMIN)
	String importFramework(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		try (InputStream in = file.getInputStream()) {
			FrameworkView imported = frameworks.importFile(CycleController.filename(file), in,
					CurrentUser.required().username());
			redirect.addFlashAttribute("flashSuccess", "assessment.framework.imported");
			redirect.addFlashAttribute("flashArgs", new Object[] { imported.code(), imported.frameworkVersion() });
			return "redirect:/frameworks/" + imported.id();
		}
		catch (ImportFailedException ex) {
			redirect.addFlashAttribute("importReport", ex.report());
			return "redirect:/frameworks";
		}
	}

	@PostMapping("/admin/frameworks/{frameworkId}/publish")
	@Access(Role.ADMIN)
	String publish(@PathVariable long frameworkId, @RequestParam long version, RedirectAttributes redirect) {
		return act(frameworkId, redirect, "assessment.framework.publishedDone",
				() -> frameworks.publish(frameworkId, version, CurrentUser.required().username()));
	}

	@PostMapping("/admin/frameworks/{frameworkId}/new-version")
	@Access(Role.ADMIN)
	String newVersion(@PathVariable long frameworkId, RedirectAttributes redirect) {
		Optional<FrameworkView> draft = FormErrors.flashed(redirect,
				() -> frameworks.newVersion(frameworkId, CurrentUser.required().username()),
				"assessment.framework.draftCreated");
		if (draft.isEmpty()) {
			return "redirect:/frameworks/" + frameworkId;
		}
		redirect.addFlashAttribute("flashArgs", new Object[] { draft.get().code(), draft.get().frameworkVersion() });
		return "redirect:/frameworks/" + draft.get().id();
	}

	@PostMapping("/admin/frameworks/{frameworkId}/retire")
	@Access(Role.ADMIN)
	String retire(@PathVariable long frameworkId, @RequestParam long version, RedirectAttributes redirect) {
		return act(frameworkId, redirect, "assessment.framework.retiredDone",
				() -> frameworks.retire(frameworkId, version));
	}

	@PostMapping("/admin/frameworks/{frameworkId}/delete")
	@Access(Role.ADMIN)
	String delete(@PathVariable long frameworkId, @RequestParam long version, RedirectAttributes redirect) {
		boolean deleted = FormErrors.flash(redirect, () -> frameworks.deleteDraft(frameworkId, version),
				"assessment.framework.deleted", FormErrors.CONFLICT_KEY);
		return deleted ? "redirect:/frameworks" : "redirect:/frameworks/" + frameworkId;
	}

	@PostMapping("/admin/frameworks/{frameworkId}/details")
	@Access(Role.ADMIN)
	String describe(@PathVariable long frameworkId, @RequestParam long version, @ModelAttribute("title") IndicatorForm.TextForm title,
			@RequestParam(defaultValue = "") String descriptionEn, @RequestParam(defaultValue = "") String descriptionFr,
			@RequestParam(defaultValue = "") String descriptionEs, RedirectAttributes redirect) {
		Text description = descriptionEn.isBlank() ? null : new Text(descriptionEn, descriptionFr, descriptionEs);
		return act(frameworkId, redirect, "common.updated", () -> {
			Text titleText = title.toText();
			return frameworks.describeDraft(frameworkId, version, titleText == null ? new Text("", null, null) : titleText,
					description);
		});
	}

	@GetMapping("/admin/frameworks/{frameworkId}/indicators/{code}")
	@Access(Role.ADMIN)
	String editIndicator(@PathVariable long frameworkId, @PathVariable String code, Model model) {
		FrameworkView framework = frameworks.get(frameworkId);
		FrameworkDocument.Indicator indicator = framework.indicator(code)
			.orElseThrow(() -> NotFoundException.of("indicator", code));
		return indicatorForm(framework, indicator.code(),
				IndicatorForm.of(indicator, framework.scale().levels(), framework.version()), model);
	}

	@PostMapping("/admin/frameworks/{frameworkId}/indicators/{code}")
	@Access(Role.ADMIN)
	String saveIndicator(@PathVariable long frameworkId, @PathVariable String code,
			@ModelAttribute("form") IndicatorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FrameworkView framework = frameworks.get(frameworkId);
		String indicatorCode = framework.indicator(code).orElseThrow(() -> NotFoundException.of("indicator", code))
			.code();
		try {
			if (formErrors.attempt(result, model)
				.onConflict(form::setVersion)
				.run(() -> frameworks.updateIndicator(frameworkId, form.getVersion(), form.toIndicator(indicatorCode)))) {
				redirect.addFlashAttribute("flashSuccess", "common.updated");
				return "redirect:/frameworks/" + frameworkId + "?area=" + framework.areaOf(indicatorCode).code()
						+ "#indicator-" + indicatorCode;
			}
		}
		catch (NumberFormatException ex) {
			model.addAttribute("numberError", ex.getMessage());
		}
		catch (ImportFailedException ex) {
			model.addAttribute("problems", ex.report().problems());
		}
		return indicatorForm(framework, indicatorCode, form, model);
	}

	private String indicatorForm(FrameworkView framework, String code, IndicatorForm form, Model model) {
		model.addAttribute("framework", framework);
		model.addAttribute("code", code);
		model.addAttribute("form", form);
		model.addAttribute("dimensions", IndicatorForm.dimensions());
		return "assessment/indicator-form";
	}

	private String act(long frameworkId, RedirectAttributes redirect, String successKey,
			java.util.function.Supplier<FrameworkView> action) {
		try {
			FormErrors.flash(redirect, action::get, successKey, FormErrors.CONFLICT_KEY);
		}
		catch (ImportFailedException ex) {
			redirect.addFlashAttribute("importReport", ex.report());
		}
		return "redirect:/frameworks/" + frameworkId;
	}

	private FrameworkView visible(long frameworkId) {
		FrameworkView framework = frameworks.get(frameworkId);
		if (framework.draft() && !admin()) {
			throw NotFoundException.of("framework", frameworkId);
		}
		return framework;
	}

	private static boolean admin() {
		return CurrentUser.current().map(u -> u.has(Role.ADMIN)).orElse(false);
	}



}
