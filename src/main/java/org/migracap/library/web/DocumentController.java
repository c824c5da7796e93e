package org.migracap.library.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.migracap.library.DocumentKind;
import org.migracap.library.DocumentStatus;
import org.migracap.library.Visibility;
import org.migracap.library.domain.DocumentService;
import org.migracap.library.domain.DocumentView;
import org.migracap.library.domain.LibrarySettings;
import org.migracap.library.domain.Upload;
import org.migracap.platform.Access;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.SignInWhenHidden;
import org.migracap.platform.files.FileDownloads;
import org.migracap.platform.files.UploadPolicy;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
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
 * A document's page, its form (new, edit, with the file upload), its file and its removal. Focal points manage their
 * own country's documents, coordinators and administrators all.
 */
@Controller
class DocumentController {

	private final DocumentService documents;

	private final ReferenceApi reference;

	private final LibrarySettings settings;

	DocumentController(DocumentService documents, ReferenceApi reference, LibrarySettings settings) {
		this.documents = documents;
		this.reference = reference;
		this.settings = settings;
	}

	@GetMapping("/library/documents/{id}")
	@Access(anonymous = true, ownCountry = true)
	@SignInWhenHidden
	String show(@PathVariable long id, Model model) {
		DocumentView document = documents.get(id, CurrentUser.current());
		model.addAttribute("document", document);
		model.addAttribute("country", reference.getCountry(document.iso3()));
		model.addAttribute("objectives", reference.codeList("gcm"));
		model.addAttribute("instruments", reference.instruments());
		return "library/document";
	}

	@GetMapping("/library/documents/{id}/file")
	@Access(anonymous = true, ownCountry = true)
	ResponseEntity<byte[]> download(@PathVariable long id) {
		return FileDownloads.attachment(documents.file(id, CurrentUser.current()));
	}

	@GetMapping("/library/documents/new")
	@Access({ Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN })
	String newDocument(@RequestParam(required = false) String country, Model model) {
		CurrentUser user = CurrentUser.required();
		DocumentForm form = new DocumentForm();
		String iso3 = country != null && user.canEditCountry(country) ? country
				: user.countryCode() != null ? user.countryCode() : "";
		form.setCountry(iso3);
		return form(form, null, model);
	}

	@PostMapping("/library/documents")
	@Access({ Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN })
	String create(@Valid @ModelAttribute("form") DocumentForm form, BindingResult result,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		CurrentUser user = CurrentUser.required();
		if (!form.getCountry().isEmpty() && !user.canEditCountry(form.getCountry())) {
			result.rejectValue("country", "library.error.notYourCountry");
		}
		boolean hasFile = file != null && !file.isEmpty();
		if (form.getLanguage().isEmpty() && !hasFile) {
			result.rejectValue("language", "library.error.languageOrFile");
		}
		if (result.hasErrors()) {
			return form(form, null, model);
		}
		try {
			Upload upload = hasFile ? new Upload(name(file), file.getBytes()) : null;
			long id = documents.create(form.toDetails(), upload, user);
			redirect.addFlashAttribute("flashSuccess", "library.created");
			return "redirect:/library/documents/" + id;
		}
		catch (RuleViolationException ex) {
			reject(result, model, ex);
			return form(form, null, model);
		}
	}

	@GetMapping("/library/documents/{id}/edit")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	String edit(@PathVariable long id, Model model) {
		DocumentView document = editable(id);
		return form(DocumentForm.of(document), document, model);
	}

	@PostMapping("/library/documents/{id}")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	String update(@PathVariable long id, @Valid @ModelAttribute("form") DocumentForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		DocumentView document = editable(id);
		CurrentUser user = CurrentUser.required();
		if (result.hasErrors()) {
			return form(form, document, model);
		}
		try {
			documents.update(id, form.getVersion(), form.toDetails(), user);
		}
		catch (ConcurrentEditException ex) {
			result.reject("error.concurrentEdit.generic");
			model.addAttribute("changes", documents.changesSince(id, form.getVersion(), user));
			DocumentView current = documents.get(id, Optional.of(user));
			form.setVersion(current.version());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return form(form, current, model);
		}
		catch (RuleViolationException ex) {
			reject(result, model, ex);
			return form(form, document, model);
		}
		redirect.addFlashAttribute("flashSuccess", "common.updated");
		return "redirect:/library/documents/" + id;
	}

	@PostMapping("/library/documents/{id}/file")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	String replaceFile(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		editable(id);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("flashError", "library.upload.empty");
			return "redirect:/library/documents/" + id;
		}
		try {
			documents.replaceFile(id, version, new Upload(name(file), file.getBytes()), CurrentUser.required());
			redirect.addFlashAttribute("flashSuccess", "library.fileReplaced");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashArgs", ex.args());
		}
		catch (ConcurrentEditException ex) {
			redirect.addFlashAttribute("flashError", "error.concurrentEdit.generic");
		}
		return "redirect:/library/documents/" + id;
	}

	@PostMapping("/library/documents/{id}/delete")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	String delete(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		DocumentView document = editable(id);
		try {
			documents.delete(id, version, CurrentUser.required());
		}
		catch (ConcurrentEditException ex) {
			redirect.addFlashAttribute("flashError", "error.concurrentEdit.generic");
			return "redirect:/library/documents/" + id;
		}
		redirect.addFlashAttribute("flashSuccess", "library.deleted");
		return "redirect:/library?country=" + document.iso3();
	}

	private DocumentView editable(long id) {
		CurrentUser user = CurrentUser.required();
		DocumentView document = documents.get(id, Optional.of(user));
		user.requireCountry(document.iso3());
		return document;
	}

	private String form(DocumentForm form, @Nullable DocumentView document, Model model) {
		CurrentUser user = CurrentUser.required();
		List<CountryView> countries = user.isStaff() ? reference.countries()
				: reference.countries().stream().filter(c -> user.canEditCountry(c.iso3())).toList();
		model.addAttribute("form", form);
		model.addAttribute("document", document);
		model.addAttribute("countries", countries);
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("statuses", DocumentStatus.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("areas", FocusArea.values());
		model.addAttribute("objectives", reference.codeList("gcm"));
		model.addAttribute("instruments", reference.instruments());
		model.addAttribute("maxMb", settings.maxFileSize().toMegabytes());
		model.addAttribute("languages", List.of("en", "fr", "es", "pt", "ar", "ru", "zh"));
		model.addAttribute("earlier", form.getCountry().isEmpty() || !user.canEditCountry(form.getCountry())
				? List.of() : documents.candidatesToSupersede(form.getCountry(),
						document == null ? null : document.id(), user));
		return "library/form";
	}

	private static void reject(BindingResult result, Model model, RuleViolationException ex) {
		String field = switch (ex.messageKey()) {
			case "library.error.unknownCountry", "library.error.countryFixed" -> "country";
			case "library.error.titleRequired" -> "titleOriginal";
			case "library.error.noArea" -> "areas";
			case "library.error.inForceBeforeAdoption" -> "inForceOn";
			case "library.error.supersedesUnknown", "library.error.supersedesCountry",
					"library.error.supersedesCycle" -> "supersedesId";
			case "library.error.unknownInstrument" -> "instruments";
			case "library.error.unknownObjective" -> "gcmObjectives";
			case "library.error.language" -> "language";
			case "library.error.sourceUrl" -> "sourceUrl";
			default -> null;
		};
		if (ex.messageKey().startsWith("library.upload.")) {
			model.addAttribute("fileError", ex.messageKey());
			model.addAttribute("fileErrorArgs", ex.args());
		}
		else if (field == null) {
			result.reject(ex.messageKey(), ex.args(), ex.messageKey());
		}
		else {
			result.rejectValue(field, ex.messageKey(), ex.args(), ex.messageKey());
		}
	}

	static String name(MultipartFile file) {
		String name = file.getOriginalFilename();
		return UploadPolicy.cleanName(name);
	}

}
