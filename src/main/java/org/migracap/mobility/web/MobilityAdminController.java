package org.migracap.mobility.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.migracap.mobility.domain.AliasAction;
import org.migracap.mobility.domain.AliasService;
import org.migracap.mobility.domain.AliasService.AliasRecord;
import org.migracap.mobility.domain.BilateralImport;
import org.migracap.mobility.domain.ExclusionReason;
import org.migracap.mobility.domain.RoleRelevanceService;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.migracap.platform.ImportFailedException;
import org.migracap.platform.Role;
import org.migracap.platform.TabularExport;
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
 * What IOM staff maintain in the mobility module: imports of newer migration data, the country alias table and the
 * role-relevance matrix of the chain analysis.
 */
@Controller
@Access({ Role.COORDINATOR, Role.ADMIN })
class MobilityAdminController {

	private static final Map<String, String> ALIAS_FIELDS = Map.of("mobility.alias.error.blank", "alias",
			"mobility.alias.error.isIso", "alias", "mobility.alias.error.duplicate", "alias",
			"mobility.alias.error.country", "iso3", "mobility.alias.error.reason", "reason");

	private final BilateralImport imports;

	private final AliasService aliases;

	private final RoleRelevanceService relevance;

	private final ReferenceApi reference;

	private final FormErrors formErrors;

	MobilityAdminController(BilateralImport imports, AliasService aliases, RoleRelevanceService relevance,
			ReferenceApi reference, FormErrors formErrors) {
		this.imports = imports;
		this.aliases = aliases;
		this.relevance = relevance;
		this.reference = reference;
		this.formErrors = formErrors;
	}

	@PostMapping("/admin/mobility/data/import")
	String importData(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		try (InputStream in = file.getInputStream()) {
			BilateralImport.Outcome outcome = imports.importFile(filename(file), in, CurrentUser.required());
			redirect.addFlashAttribute("importOutcome", outcome);
			String source = outcome.changes().isEmpty() ? null : outcome.changes().get(0).source();
			return "redirect:/corridors/sources" + (source == null ? "" : "?source=" + CorridorController.encode(source));
		}
		catch (ImportFailedException ex) {
			redirect.addFlashAttribute("importReport", ex.report());
			return "redirect:/corridors/sources";
		}
	}

	@PostMapping("/admin/mobility/data/delete")
	String deleteSource(@RequestParam(defaultValue = "") String source, RedirectAttributes redirect) {
		if (FormErrors.flash(redirect, () -> imports.deleteSource(source), "mobility.sources.deleted")) {
			redirect.addFlashAttribute("flashArgs", new Object[] { source });
		}
		return "redirect:/corridors/sources";
	}

	static String filename(MultipartFile file) {
		String name = file.getOriginalFilename();
		return name == null || name.isBlank() ? "upload.csv" : name.replaceAll("[\\\\/]", "_");
	}

	// Role relevance matrix

	public static class RelevanceRow {

		@NotNull
		private FocusArea area = FocusArea.A;

		@NotNull
		@DecimalMin("0")
		@DecimalMax("1")
		private Double origin = 1.0;

		@NotNull
		@DecimalMin("0")
		@DecimalMax("1")
		private Double transit = 1.0;

		@NotNull
		@DecimalMin("0")
		@DecimalMax("1")
		private Double destination = 1.0;

		private long version;

		public FocusArea getArea() {
			return area;
		}

		public void setArea(FocusArea area) {
			this.area = area;
		}

		public Double getOrigin() {
			return origin;
		}

		public void setOrigin(Double origin) {
			this.origin = origin;
		}

		public Double getTransit() {
			return transit;
		}

		public void setTransit(Double transit) {
			this.transit = transit;
		}

		public Double getDestination() {
			return destination;
		}

		public void setDestination(Double destination) {
			this.destination = destination;
		}

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

	public static class RelevanceForm {

		@Valid
		private List<RelevanceRow> rows = new ArrayList<>();

		public List<RelevanceRow> getRows() {
			return rows;
		}

		public void setRows(List<RelevanceRow> rows) {
			this.rows = rows;
		}

	}

	@GetMapping("/admin/mobility/relevance")
	String relevance(Model model) {
		RelevanceForm form = new RelevanceForm();
		for (RoleRelevanceService.Row row : relevance.rows()) {
			RelevanceRow r = new RelevanceRow();
			r.setArea(row.area());
			r.setOrigin(row.origin());
			r.setTransit(row.transit());
			r.setDestination(row.destination());
			r.setVersion(row.version());
			form.getRows().add(r);
		}
		return relevanceForm(form, model);
	}

	private String relevanceForm(RelevanceForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("current", relevance.rows());
		return "mobility/relevance";
	}

	@PostMapping("/admin/mobility/relevance")
	String saveRelevance(@Valid @ModelAttribute("form") RelevanceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getRows().isEmpty()) {
			result.reject("mobility.relevance.error.empty");
		}
		if (!formErrors.attempt(result, model)
			.conflictKey("mobility.relevance.error.concurrent", ex -> new Object[] { ex.id() })
			.onConflict(version -> model.addAttribute("conflict", true))
			.run(() -> relevance.updateAll(form.getRows()
				.stream()
				.map(r -> new RoleRelevanceService.Change(r.getArea(), r.getVersion(), r.getOrigin(), r.getTransit(),
						r.getDestination()))
				.toList()))) {
			return relevanceForm(form, model);
		}
		redirect.addFlashAttribute("flashSuccess", "common.updated");
		return "redirect:/admin/mobility/relevance";
	}

	@PostMapping("/admin/mobility/relevance/reset")
	String resetRelevance(RedirectAttributes redirect) {
		relevance.resetToDefaults();
		redirect.addFlashAttribute("flashSuccess", "mobility.relevance.resetDone");
		return "redirect:/admin/mobility/relevance";
	}

	// Country aliases

	/** An alias of a country name in a data file and what to do with it; {@code version} is the one edited. */
	public record AliasForm(@NotNull @Size(min = 1, max = 200) String alias, @NotNull AliasAction action,
			@Size(max = 3) @Nullable String iso3, @Nullable ExclusionReason reason, @Size(max = 500) @Nullable String note,
			Long version) {

		public AliasForm {
			alias = alias == null ? "" : alias;
			action = action == null ? AliasAction.MAP : action;
			iso3 = iso3 == null || iso3.isBlank() ? null : iso3;
			version = version == null ? 0L : version;
		}

		static AliasForm of(AliasRecord alias) {
			return new AliasForm(alias.alias(), alias.action(), alias.iso3(), alias.reason(), alias.note(),
					alias.version());
		}

		AliasForm withVersion(long current) {
			return new AliasForm(alias, action, iso3, reason, note, current);
		}

		AliasService.AliasChange change() {
			return new AliasService.AliasChange(alias, action, iso3, reason, note);
		}

	}

	@GetMapping("/admin/mobility/aliases")
	String aliases(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		List<AliasRecord> all = aliases.list(q);
		PageRequest request = PageRequest.of(Math.max(page, 0), 50);
		int from = (int) Math.min(request.getOffset(), all.size());
		model.addAttribute("page", new PageImpl<>(all.subList(from, Math.min(all.size(), from + 50)), request, all.size()));
		model.addAttribute("q", q);
		model.addAttribute("base", "/admin/mobility/aliases?q=" + CorridorController.encode(q));
		return "mobility/aliases";
	}

	@GetMapping("/admin/mobility/aliases/export")
	ResponseEntity<byte[]> exportAliases(@RequestParam(defaultValue = "csv") String format) {
		return TabularExport.download(TabularExport.Format.of(format), "migracap-country-aliases",
				List.of("alias", "action", "iso3", "reason", "note", "origin"),
				aliases.list(null)
					.stream()
					.<List<?>>map(a -> List.of(a.alias(), a.action().name(), a.iso3() == null ? "" : a.iso3(),
							a.reason() == null ? "" : a.reason().name(), a.note() == null ? "" : a.note(), a.origin()))
					.toList());
	}

	@GetMapping("/admin/mobility/aliases/new")
	String newAlias(@RequestParam(required = false) String alias, Model model) {
		model.addAttribute("form", new AliasForm(alias, AliasAction.MAP, null, null, null, 0L));
		return aliasForm(null, model);
	}

	@PostMapping("/admin/mobility/aliases")
	String createAlias(@Valid @ModelAttribute("form") @Nullable AliasForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<AliasRecord> saved = formErrors.attempt(result, model)
			.fields(ALIAS_FIELDS)
			.call(() -> aliases.create(form.change()));
		if (saved.isEmpty()) {
			return aliasForm(null, model);
		}
		redirect.addFlashAttribute("flashSuccess", "mobility.aliases.saved");
		redirect.addFlashAttribute("flashArgs", new Object[] { saved.get().alias() });
		return "redirect:/admin/mobility/aliases?q=" + CorridorController.encode(saved.get().alias());
	}

	@GetMapping("/admin/mobility/aliases/{id}")
	String editAlias(@PathVariable long id, Model model) {
		AliasRecord alias = aliases.get(id);
		model.addAttribute("form", AliasForm.of(alias));
		return aliasForm(alias, model);
	}

	@PostMapping("/admin/mobility/aliases/{id}")
	String updateAlias(@PathVariable long id, @Valid @ModelAttribute("form") @Nullable AliasForm form,
			BindingResult result,
			Model model, RedirectAttributes redirect) {
		AliasRecord existing = aliases.get(id);
		// read in this request, the alias is the current one that a concurrent edit shows above the form
		FormErrors.Attempt attempt = formErrors.attempt(result, model).fields(ALIAS_FIELDS).onConflict(version -> {
			model.addAttribute("currentAlias", existing);
			FormErrors.rebind(model, result, form.withVersion(version));
		});
		if (!attempt.run(() -> aliases.update(id, form.version(), form.change()))) {
			return aliasForm(existing, model);
		}
		redirect.addFlashAttribute("flashSuccess", "common.updated");
		return "redirect:/admin/mobility/aliases?q=" + CorridorController.encode(form.alias());
	}

	@PostMapping("/admin/mobility/aliases/{id}/delete")
	String deleteAlias(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			RedirectAttributes redirect) {
		FormErrors.flash(redirect, () -> aliases.delete(id, version), "mobility.aliases.deleted",
				FormErrors.CONFLICT_KEY);
		return "redirect:/admin/mobility/aliases";
	}

	/** The form page; the model holds the form (a new one, or the one sent with its errors). */
	private String aliasForm(@Nullable AliasRecord alias, Model model) {
		model.addAttribute("alias", alias);
		model.addAttribute("countries", reference.countries());
		model.addAttribute("actions", AliasAction.values());
		model.addAttribute("reasons", List.of(ExclusionReason.AGGREGATE, ExclusionReason.NOT_ISO, ExclusionReason.OTHER));
		return "mobility/alias-form";
	}

}
