package org.migracap.assessment.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.migracap.assessment.domain.CycleService;
import org.migracap.assessment.domain.CycleView;
import org.migracap.assessment.domain.EvidenceService;
import org.migracap.assessment.domain.ResponseTransfer;
import org.migracap.assessment.domain.ResponseView;
import org.migracap.platform.Access;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.Confidentiality;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.migracap.platform.Htmx;
import org.migracap.platform.ImportFailedException;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.SignInWhenHidden;
import org.migracap.platform.TabularExport;
import org.migracap.platform.files.FileDownloads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One assessment cycle: its page (one area at a time), the answer form that saves each answer as it is given (HTMX,
 * or a plain form post without JavaScript), evidence files, the workflow (submit, return with comments, validate,
 * publish), confidentiality, and the export and import of its answers.
 */
@Controller
class CycleController {

	private static final String EDITORS = "editors";

	private final CycleService cycles;

	private final CyclePages pages;

	private final EvidenceService evidence;

	private final ResponseTransfer transfer;

	CycleController(CycleService cycles, CyclePages pages, EvidenceService evidence, ResponseTransfer transfer) {
		this.cycles = cycles;
		this.pages = pages;
		this.evidence = evidence;
		this.transfer = transfer;
	}

	@GetMapping("/assessments/{cycleId}")
	@Access(anonymous = true)
	@SignInWhenHidden
	String cycle(@PathVariable long cycleId, @RequestParam(required = false) String area, Model model,
			HttpServletRequest request) {
		model.addAttribute("page", pages.page(cycleId, area, CurrentUser.current(), Map.of()));
		return Htmx.view(request, "assessment/cycle", "area");
	}

	@PostMapping("/assessments/{cycleId}/answers/{code}")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	String answer(@PathVariable long cycleId, @PathVariable String code,
			@Validated @ModelAttribute("form") AnswerForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.required();
		AnswerCard card = pages.card(cycleId, code, Optional.of(user));
		AnswerCard result;
		if (binding.hasFieldErrors()) {
			String field = binding.getFieldErrors().get(0).getField();
			result = card.withError(form, field, "assessment.answer.error.tooLong");
		}
		else {
			try {
				ResponseView saved = cycles.answer(cycleId, card.code(), form.toAnswer(), form.expectedVersion(), user);
				result = AnswerCard.of(cycleId, card.area(), card.indicator(), card.scale(), saved, card.editable(),
						card.reviewable()).asSaved();
			}
			catch (NumberFormatException ex) {
				result = card.withError(form, String.valueOf(ex.getMessage()), "assessment.answer.error.number");
			}
			catch (IllegalArgumentException ex) {
				result = card.withError(form, "confidence", "error.badRequest.detail");
			}
			catch (RuleViolationException ex) {
				result = card.withError(form, field(ex.messageKey()), ex.messageKey(), ex.args());
			}
			catch (ConcurrentEditException ex) {
				List<org.migracap.identity.IdentityApi.FieldChange> changes = card.response() == null ? List.of()
						: cycles.changesSince(card.response().id(), ex.yourVersion());
				result = card.withConflict(form, changes);
			}
		}
		boolean failed = result.errorKey() != null;
		if (Htmx.isRequest(request)) {
			if ("assessment.answer.error.conflict".equals(result.errorKey())) {
				response.setStatus(HttpStatus.CONFLICT.value());
				response.setHeader("HX-Retarget", "#answer-" + card.code());
				response.setHeader("HX-Reswap", "outerHTML");
				model.addAttribute("card", result);
				model.addAttribute("page", pages.page(cycleId, card.area().code(), Optional.of(user), Map.of()));
				return "assessment/cycle :: answer";
			}
			if (failed) {
				response.setStatus("assessment.answer.error.conflict".equals(result.errorKey())
						? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
			model.addAttribute("card", result);
			model.addAttribute("page", pages.page(cycleId, card.area().code(), Optional.of(user), Map.of()));
			return "assessment/cycle :: answerResponse";
		}
		if (failed) {
			response.setStatus("assessment.answer.error.conflict".equals(result.errorKey())
					? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", pages.page(cycleId, card.area().code(), Optional.of(user),
					Map.of(card.code(), result)));
			return "assessment/cycle";
		}
		redirect.addFlashAttribute("flashSuccess", "assessment.answer.saved");
		redirect.addFlashAttribute("flashArgs", new Object[] { card.code() });
		return "redirect:/assessments/" + cycleId + "?area=" + card.area().code() + "#answer-" + card.code();
	}

	@PostMapping("/assessments/{cycleId}/reviews/{code}")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String review(@PathVariable long cycleId, @PathVariable String code,
			@RequestParam(defaultValue = "") String reviewerComment, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.required();
		AnswerCard card = pages.card(cycleId, code, Optional.of(user));
		try {
			ResponseView saved = cycles.reviewComment(cycleId, card.code(), reviewerComment, user);
			card = AnswerCard.of(cycleId, card.area(), card.indicator(), card.scale(), saved, card.editable(),
					card.reviewable()).asSaved();
		}
		catch (RuleViolationException ex) {
			card = card.withError(card.form(), "reviewerComment", ex.messageKey(), ex.args());
			response.setStatus(ex.status().value());
		}
		if (Htmx.isRequest(request)) {
			model.addAttribute("card", card);
			model.addAttribute("page", pages.page(cycleId, card.area().code(), Optional.of(user), Map.of()));
			return "assessment/cycle :: answerResponse";
		}
		redirect.addFlashAttribute("flashSuccess", "assessment.review.saved");
		return "redirect:/assessments/" + cycleId + "?area=" + card.area().code() + "#answer-" + card.code();
	}

	@PostMapping("/assessments/{cycleId}/submit")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	String submit(@PathVariable long cycleId, @RequestParam(required = false) @Nullable Long version,
			RedirectAttributes redirect) {
		cycles.requireEditor(cycleId, CurrentUser.required());
		if (version == null) {
			throw new IllegalArgumentException("version");
		}
		return step(cycleId, redirect, "assessment.cycle.submitted",
				() -> cycles.submit(cycleId, version, CurrentUser.required()));
	}

	@PostMapping("/assessments/{cycleId}/return")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String returnWithComments(@PathVariable long cycleId, @RequestParam long version,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		return step(cycleId, redirect, "assessment.cycle.returned",
				() -> cycles.returnWithComments(cycleId, version, comment, Map.of(), CurrentUser.required()));
	}

	@PostMapping("/assessments/{cycleId}/validate")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String validate(@PathVariable long cycleId, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean publish, RedirectAttributes redirect) {
		return step(cycleId, redirect, publish ? "assessment.cycle.published" : "assessment.cycle.validated", () -> {
			CycleView validated = cycles.validate(cycleId, version, CurrentUser.required());
			return publish ? cycles.publish(cycleId, validated.version(), CurrentUser.required()) : validated;
		});
	}

	@PostMapping("/assessments/{cycleId}/publish")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String publish(@PathVariable long cycleId, @RequestParam long version, RedirectAttributes redirect) {
		return step(cycleId, redirect, "assessment.cycle.published",
				() -> cycles.publish(cycleId, version, CurrentUser.required()));
	}

	@PostMapping("/assessments/{cycleId}/confidentiality")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	String confidentiality(@PathVariable long cycleId, @RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable Confidentiality confidentiality, RedirectAttributes redirect) {
		cycles.requireEditor(cycleId, CurrentUser.required());
		if (version == null || confidentiality == null) {
			throw new IllegalArgumentException("version");
		}
		return step(cycleId, redirect, "assessment.cycle.confidentialityChanged",
				() -> cycles.changeConfidentiality(cycleId, version, confidentiality, CurrentUser.required()));
	}

	@PostMapping("/assessments/{cycleId}/due-date")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String dueDate(@PathVariable long cycleId, @RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
			RedirectAttributes redirect) {
		if (version == null) {
			throw new IllegalArgumentException("version");
		}
		return step(cycleId, redirect, "assessment.cycle.dueDate.saved",
				() -> cycles.setDueDate(cycleId, version, dueDate, CurrentUser.required()));
	}

	@GetMapping("/assessments/{cycleId}/export")
	@Access(anonymous = true)
	ResponseEntity<byte[]> export(@PathVariable long cycleId, @RequestParam(defaultValue = "csv") String format,
			Locale locale) {
		CycleView cycle = cycles.get(cycleId, CurrentUser.current());
		return TabularExport.download(TabularExport.Format.of(format),
				"migracap-assessment-" + cycle.iso3() + "-" + cycle.year() + "-" + cycle.id(), ResponseTransfer.COLUMNS,
				transfer.rows(cycleId, CurrentUser.current(), locale));
	}

	@PostMapping("/assessments/{cycleId}/import")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	String importAnswers(@PathVariable long cycleId,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		cycles.requireEditor(cycleId, CurrentUser.required());
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("flashError", "assessment.evidence.error.empty");
			return "redirect:/assessments/" + cycleId;
		}
		try (InputStream in = file.getInputStream()) {
			FormErrors.flashed(redirect, () -> transfer.importFile(cycleId, filename(file), in, CurrentUser.required()),
					"import.success")
				.ifPresent(report -> redirect.addFlashAttribute("flashArgs",
						new Object[] { report.source(), report.written() }));
		}
		catch (ImportFailedException ex) {
			redirect.addFlashAttribute("importReport", ex.report());
		}
		return "redirect:/assessments/" + cycleId;
	}

	@PostMapping("/assessments/{cycleId}/answers/{code}/files")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	String upload(@PathVariable long cycleId, @PathVariable String code,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		CurrentUser user = CurrentUser.required();
		cycles.requireEditor(cycleId, user);
		AnswerCard card = pages.card(cycleId, code, Optional.of(user));
		if (file == null) {
			redirect.addFlashAttribute("flashError", "assessment.evidence.error.empty");
			return "redirect:/assessments/" + cycleId + "?area=" + card.area().code() + "#answer-" + card.code();
		}
		String name = filename(file);
		byte[] content = file.getBytes();
		if (FormErrors.flash(redirect, () -> evidence.attach(cycleId, card.code(), name, content, user),
				"assessment.evidence.attached")) {
			redirect.addFlashAttribute("flashArgs", new Object[] { name, card.code() });
		}
		return "redirect:/assessments/" + cycleId + "?area=" + card.area().code() + "#answer-" + card.code();
	}

	@GetMapping("/assessments/{cycleId}/files/{fileId}")
	@Access(anonymous = true)
	ResponseEntity<byte[]> download(@PathVariable long cycleId, @PathVariable long fileId) {
		return FileDownloads.attachment(evidence.download(cycleId, fileId, CurrentUser.current()));
	}

	@PostMapping("/assessments/{cycleId}/files/{fileId}/delete")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	String deleteFile(@PathVariable long cycleId, @PathVariable long fileId,
			@RequestParam(required = false) @Nullable String area, RedirectAttributes redirect) {
		FormErrors.flash(redirect, () -> evidence.remove(cycleId, fileId, CurrentUser.required()),
				"assessment.evidence.removed");
		return "redirect:/assessments/" + cycleId + (area == null ? "" : "?area=" + area);
	}

	private String step(long cycleId, RedirectAttributes redirect, String successKey,
			java.util.function.Supplier<CycleView> action) {
		FormErrors.flash(redirect, action::get, successKey, "assessment.cycle.error.changedMeanwhile");
		return "redirect:/assessments/" + cycleId;
	}

	static String field(String messageKey) {
		return switch (messageKey) {
			case "assessment.answer.error.level" -> "level";
			case "assessment.answer.error.targetLevel" -> "targetLevel";
			case "assessment.answer.error.targetYear" -> "targetYear";
			case "assessment.answer.error.evidenceTooLong" -> "evidenceText";
			case "assessment.answer.error.commentTooLong" -> "comment";
			case "assessment.answer.error.tooManyLinks", "assessment.answer.error.link" -> "evidenceLinks";
			default -> "";
		};
	}

	static String filename(MultipartFile file) {
		String name = file.getOriginalFilename();
		return name == null || name.isBlank() ? "upload" : name;
	}

}
