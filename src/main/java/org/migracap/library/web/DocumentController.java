package org.migracap.library.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
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
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.migracap.platform.Role;
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

	/** The field of the document form each rule is about; the others are shown above the form. */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("library.error.unknownCountry", "country"),
			Map.entry("library.error.countryFixed", "country"), Map.entry("library.error.titleRequired", "titleOriginal"),
			Map.entry("library.error.noArea", "areas"), Map.entry("library.error.inForceBeforeAdoption", "inForceOn"),
			Map.entry("library.error.supersedes", "supersedesId"),
			Map.entry("library.error.unknownInstrument", "instruments"),
			Map.entry("library.error.unknownObjective", "gcmObjectives"), Map.entry("library.error.language", "language"),
			Map.entry("library.error.sourceUrl", "sourceUrl"), Map.entry("library.upload.", "file"));

	private final DocumentService documents;

	private final ReferenceApi reference;

	private final LibrarySettings settings;

	private final FormErrors formErrors;

	DocumentController(DocumentService documents, ReferenceApi reference, LibrarySettings settings,
			FormErrors formErrors) {
		this.formErrors = formErrors;
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
		Upload upload = hasFile ? new Upload(name(file), file.getBytes()) : null;
		return formErrors.attempt(result, model)
			.fields(FIELDS)
			.call(() -> documents.create(form.toDetails(), upload, user))
			.map(id -> {
				redirect.addFlashAttribute("flashSuccess", "library.created");
				return "redirect:/library/documents/" + id;
			})
			.orElseGet(() -> form(form, null, model));
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
		DocumentView[] shown = { document };
		boolean saved = formErrors.attempt(result, model).fields(FIELDS).onConflict(version -> {
			shown[0] = documents.get(id, Optional.of(user));
			form.setVersion(shown[0].version());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}).run(() -> documents.update(id, form.getVersion(), form.toDetails(), user));
		if (!saved) {
			return form(form, shown[0], model);
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
		Upload upload = new Upload(name(file), file.getBytes());
		FormErrors.flash(redirect, () -> documents.replaceFile(id, version, upload, CurrentUser.required()),
				"library.fileReplaced", FormErrors.CONFLICT_KEY);
		return "redirect:/library/documents/" + id;
	}

	@PostMapping("/library/documents/{id}/delete")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	String delete(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		DocumentView document = editable(id);
		if (!FormErrors.flash(redirect, () -> documents.delete(id, version, CurrentUser.required()),
				"library.deleted", FormErrors.CONFLICT_KEY)) {
			return "redirect:/library/documents/" + id;
		}
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

	static String name(MultipartFile file) {
		String name = file.getOriginalFilename();
		return UploadPolicy.cleanName(name);
	}

}
