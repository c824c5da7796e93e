package org.migracap.cooperation.web;

import java.io.IOException;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Paging;
import org.migracap.cooperation.domain.AgreementService;
import org.migracap.cooperation.domain.AgreementService.AgreementView;
import org.migracap.cooperation.domain.AgreementStatus;
import org.migracap.cooperation.domain.AgreementType;
import org.migracap.cooperation.domain.PartyKind;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.migracap.platform.Htmx;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.SignInWhenHidden;
import org.migracap.platform.TabularExport;
import org.migracap.platform.files.FileDownloads;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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
 * Agreements and partnerships: a filterable list and each agreement with its parties and documents for everybody
 * (confidential ones only for IOM staff and the parties' focal points); coordinators record and change them.
 */
@Controller
class AgreementController {

	static final List<String> SORTS = List.of("title", "type", "status", "created");

	private static final Map<String, String> FIELDS = Map.of("cooperation.agreement.error.title", "title",
			"cooperation.agreement.error.description", "description", "cooperation.agreement.error.dates", "endsOn");

	private final AgreementService agreements;

	private final ReferenceApi reference;

	private final FormErrors formErrors;

	AgreementController(AgreementService agreements, ReferenceApi reference, FormErrors formErrors) {
		this.agreements = agreements;
		this.reference = reference;
		this.formErrors = formErrors;
	}

	/** The filters of the agreement list. */
	public record Query(@Nullable String q, @Nullable AgreementType type, @Nullable AgreementStatus status,
			@Nullable String country, @Nullable FocusArea area, @Nullable String sort, @Nullable String dir,
			@Nullable Integer page) {

		public String sortKey() {
			return sort != null && SORTS.contains(sort) ? sort : "created";
		}

		public boolean descending() {
			return dir == null ? sortKey().equals("created") : "desc".equalsIgnoreCase(dir);
		}

		public String parameters() {
			StringBuilder out = new StringBuilder();
			append(out, "q", q);
			append(out, "type", type == null ? null : type.name());
			append(out, "status", status == null ? null : status.name());
			append(out, "country", country);
			append(out, "area", area == null ? null : area.name());
			append(out, "sort", sort);
			append(out, "dir", dir);
			return out.toString();
		}

		private static void append(StringBuilder out, String name, @Nullable String value) {
			if (value != null && !value.isBlank()) {
				out.append(out.isEmpty() ? "" : "&").append(name).append('=')
					.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
			}
		}

	}

	List<AgreementView> filtered(Query query, Locale locale) {
		String needle = query.q() == null ? "" : query.q().trim().toLowerCase(Locale.ROOT);
		Collator collator = Collator.getInstance(locale);
		Comparator<AgreementView> order = switch (query.sortKey()) {
			case "title" -> Comparator.comparing(AgreementView::title, collator);
			case "type" -> Comparator.comparing((AgreementView a) -> a.type().ordinal()).thenComparing(AgreementView::title, collator);
			case "status" -> Comparator.comparing((AgreementView a) -> a.status().ordinal()).thenComparing(AgreementView::title, collator);
			default -> Comparator.comparing(AgreementView::createdAt);
		};
		if (query.descending()) {
			order = order.reversed();
		}
		String country = query.country() == null ? "" : query.country().trim().toUpperCase(Locale.ROOT);
		return agreements.list(CurrentUser.current())
			.stream()
			.filter(a -> needle.isEmpty() || a.title().toLowerCase(Locale.ROOT).contains(needle)
					|| a.parties().stream().anyMatch(p -> p.name() != null && p.name().toLowerCase(Locale.ROOT).contains(needle)))
			.filter(a -> query.type() == null || a.type() == query.type())
			.filter(a -> query.status() == null || a.status() == query.status())
			.filter(a -> country.isEmpty() || a.parties().stream().anyMatch(p -> country.equals(p.iso3())))
			.filter(a -> query.area() == null || a.areas().contains(query.area()))
			.sorted(order)
			.toList();
	}

	@GetMapping("/agreements")
	@Access(anonymous = true)
	String list(Query query, Locale locale, Model model, HttpServletRequest request) {
		List<AgreementView> all = filtered(query, locale);
		PageRequest pageRequest = Paging.of(query.page() == null ? 0 : query.page(), 25);
		int from = (int) Math.min(pageRequest.getOffset(), all.size());
		model.addAttribute("page", new PageImpl<>(all.subList(from, Math.min(all.size(), from + 25)), pageRequest, all.size()));
		model.addAttribute("query", query);
		model.addAttribute("base", "/agreements?" + query.parameters());
		model.addAttribute("types", AgreementType.values());
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("areas", FocusArea.values());
		model.addAttribute("countries", reference.countries());
		model.addAttribute("sorts", SORTS);
		return Htmx.view(request, "cooperation/agreements", "results");
	}

	@GetMapping("/agreements/export")
	@Access(anonymous = true)
	ResponseEntity<byte[]> export(Query query, @RequestParam(defaultValue = "csv") String format, Locale locale) {
		List<List<?>> rows = filtered(query, locale).stream()
			.<List<?>>map(a -> List.of(a.id(), a.title(), a.type().name(), a.status().name(),
					a.areas().stream().map(FocusArea::code).sorted().collect(Collectors.joining(" ")),
					String.join(" ", a.states()),
					a.nonStateParties().stream().map(p -> p.name() + " (" + p.kind().name() + ")").collect(Collectors.joining("; ")),
					a.signedOn() == null ? "" : a.signedOn().toString(), a.startsOn() == null ? "" : a.startsOn().toString(),
					a.endsOn() == null ? "" : a.endsOn().toString(), a.inForce(), a.confidential(), a.demo()))
			.toList();
		return TabularExport.download(TabularExport.Format.of(format), "migracap-agreements",
				List.of("id", "title", "type", "status", "areas", "states", "other_parties", "signed_on", "starts_on",
						"ends_on", "in_force", "confidential", "demo"),
				rows);
	}

	@GetMapping("/agreements/{id}")
	@Access(anonymous = true)
	@SignInWhenHidden
	String show(@PathVariable long id, Model model) {
		Optional<CurrentUser> viewer = CurrentUser.current();
		model.addAttribute("agreement", agreements.get(id, viewer));
		model.addAttribute("documents", agreements.documents(id, viewer));
		return "cooperation/agreement";
	}

	@GetMapping("/agreements/{id}/documents/{document}")
	@Access(anonymous = true)
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long document) {
		return FileDownloads.attachment(agreements.file(id, document, CurrentUser.current()));
	}

	@GetMapping("/agreements/new")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String create(Model model) {
		return form(AgreementForm.blank(), null, model);
	}

	@PostMapping("/agreements")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String create(@Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
			@RequestParam(required = false) String moreParties, Model model, RedirectAttributes redirect) {
		if (moreParties != null) {
			form.padParties(form.getParties().size() + 3);
			return form(form, null, model);
		}
		Optional<AgreementView> saved = formErrors.attempt(result, model)
			.fields(FIELDS)
			.call(() -> agreements.create(form.draft(), CurrentUser.required()));
		if (saved.isEmpty()) {
			return form(form, null, model);
		}
		redirect.addFlashAttribute("flashSuccess", "cooperation.agreement.created");
		return "redirect:/agreements/" + saved.get().id();
	}

	@GetMapping("/agreements/{id}/edit")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String edit(@PathVariable long id, Model model) {
		AgreementView agreement = agreements.get(id, CurrentUser.current());
		return form(AgreementForm.of(agreement), agreement, model);
	}

	@PostMapping("/agreements/{id}")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
			@RequestParam(required = false) String moreParties, Model model, RedirectAttributes redirect) {
		AgreementView agreement = agreements.get(id, CurrentUser.current());
		if (moreParties != null) {
			form.padParties(form.getParties().size() + 3);
			return form(form, agreement, model);
		}
		// read in this request, the agreement is the current one that a concurrent edit shows above the form
		FormErrors.Attempt attempt = formErrors.attempt(result, model).fields(FIELDS).onConflict(version -> {
			model.addAttribute("currentAgreement", agreement);
			form.setVersion(version);
		});
		if (!attempt.run(() -> agreements.update(id, form.getVersion(), form.draft(), CurrentUser.required()))) {
			return form(form, agreement, model);
		}
		redirect.addFlashAttribute("flashSuccess", "common.updated");
		return "redirect:/agreements/" + id;
	}

	@PostMapping("/agreements/{id}/delete")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String delete(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		boolean deleted = FormErrors.flash(redirect, () -> agreements.delete(id, version, CurrentUser.required()),
				"cooperation.agreement.deleted", FormErrors.CONFLICT_KEY);
		return deleted ? "redirect:/agreements" : "redirect:/agreements/" + id;
	}

	@PostMapping("/agreements/{id}/documents")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String addDocument(@PathVariable long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String url, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		Runnable add;
		if (file != null && !file.isEmpty()) {
			String name = file.getOriginalFilename() == null ? "document" : file.getOriginalFilename();
			byte[] content = file.getBytes();
			add = () -> agreements.addFile(id, title, name, content, CurrentUser.required());
		}
		else if (!url.isBlank()) {
			add = () -> agreements.addLink(id, title, url, CurrentUser.required());
		}
		else {
			add = () -> {
				throw RuleViolationException.invalid("cooperation.document.error.nothing");
			};
		}
		FormErrors.flash(redirect, add, "cooperation.document.added");
		return "redirect:/agreements/" + id;
	}

	@PostMapping("/agreements/{id}/documents/{document}/delete")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String removeDocument(@PathVariable long id, @PathVariable long document,
			@RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		FormErrors.flash(redirect, () -> agreements.removeDocument(id, document, version, CurrentUser.required()),
				"cooperation.document.removed", FormErrors.CONFLICT_KEY);
		return "redirect:/agreements/" + id;
	}

	private String form(AgreementForm form, @Nullable AgreementView agreement, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("agreement", agreement);
		model.addAttribute("types", AgreementType.values());
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("kinds", PartyKind.values());
		model.addAttribute("areas", FocusArea.values());
		model.addAttribute("countries", reference.countries());
		return "cooperation/agreement-form";
	}

}
