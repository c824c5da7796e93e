package org.migracap.reference.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Access;
import org.migracap.platform.FormErrors;
import org.migracap.platform.ImportFailedException;
import org.migracap.platform.ImportReport;
import org.migracap.platform.Role;
import org.migracap.reference.CountryView;
import org.migracap.reference.InstrumentView;
import org.migracap.reference.IomStatus;
import org.migracap.reference.RatificationStatus;
import org.migracap.reference.RatificationView;
import org.migracap.reference.ReferenceApi;
import org.migracap.reference.domain.MembershipService;
import org.migracap.reference.domain.MembershipService.MembershipRecord;
import org.migracap.reference.domain.RatificationService;
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
 * Administration of the reference data that no shipped file provides: IOM membership and the ratifications of
 * instruments other than the Migrant Workers Convention.
 */
@Controller
@Access(Role.ADMIN)
class ReferenceAdminController {

	private final ReferenceApi reference;

	private final MembershipService memberships;

	private final RatificationService ratifications;

	private final FormErrors formErrors;

	ReferenceAdminController(ReferenceApi reference, MembershipService memberships,
			RatificationService ratifications, FormErrors formErrors) {
		this.reference = reference;
		this.memberships = memberships;
		this.ratifications = ratifications;
		this.formErrors = formErrors;
	}

	@GetMapping("/admin/reference/membership")
	String memberships(CountryQuery query, Locale locale, Model model) {
		model.addAttribute("query", query);
		model.addAttribute("page", query.page(reference.countries(), locale));
		model.addAttribute("base", "/admin/reference/membership?" + query.parameters(CountryController::encode));
		model.addAttribute("iomStatuses", IomStatus.values());
		return "reference/admin-membership";
	}

	/** The IOM status of a country as an administrator records it; {@code version} is the one the form was filled from. */
	record MembershipForm(@NotNull IomStatus status, @Min(1951) @Max(2100) @Nullable Integer since,
			@Size(max = 500) @Nullable String note, Long version) {

		MembershipForm {
			version = version == null ? 0L : version;
		}

		MembershipForm withVersion(long current) {
			return new MembershipForm(status, since, note, current);
		}

	}

	@GetMapping("/admin/reference/membership/{iso3}")
	String editMembership(@PathVariable String iso3, Model model) {
		MembershipRecord record = memberships.get(iso3);
		model.addAttribute("form", new MembershipForm(record.status(), record.since(), record.note(), record.version()));
		return membershipForm(iso3, model);
	}

	/** The form page; the model holds the form (a new one, or the one sent with its errors). */
	private String membershipForm(String iso3, Model model) {
		model.addAttribute("country", reference.getCountry(iso3));
		model.addAttribute("iomStatuses", IomStatus.values());
		return "reference/admin-membership-edit";
	}

	@PostMapping("/admin/reference/membership/{iso3}")
	String saveMembership(@PathVariable String iso3, @Valid @ModelAttribute("form") MembershipForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		boolean saved = formErrors.attempt(result, model).onConflict(version -> {
			MembershipRecord current = memberships.get(iso3);
			model.addAttribute("current", current);
			FormErrors.rebind(model, result, form.withVersion(current.version()));
		}).run(() -> memberships.record(iso3, form.status(), form.since(), form.note(), form.version()));
		if (!saved) {
			return membershipForm(iso3, model);
		}
		redirect.addFlashAttribute("flashSuccess", "common.updated");
		return "redirect:/admin/reference/membership?q=" + CountryController.encode(iso3);
	}

	@PostMapping("/admin/reference/membership/import")
	String importMemberships(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		try (InputStream in = file.getInputStream()) {
			ImportReport report = memberships.importCsv(ReferenceApiController.filename(file), in);
			redirect.addFlashAttribute("flashSuccess", "import.success");
			redirect.addFlashAttribute("flashArgs", new Object[] { report.source(), report.written() });
			return "redirect:/admin/reference/membership";
		}
		catch (ImportFailedException ex) {
			redirect.addFlashAttribute("importReport", ex.report());
			return "redirect:/admin/reference/membership";
		}
	}

	@GetMapping("/admin/reference/ratifications")
	String ratifications(@RequestParam(required = false) String instrument, @RequestParam(required = false) String q,
			Locale locale, Model model) {
		List<InstrumentView> instruments = reference.instruments();
		InstrumentView selected = instruments.stream()
			.filter(i -> i.code().equalsIgnoreCase(instrument == null ? "" : instrument))
			.findFirst()
			.orElse(instruments.get(0));
		Map<String, RatificationView> byCountry = ratifications.ofInstrument(selected.code())
			.stream()
			.collect(Collectors.toMap(RatificationView::iso3, Function.identity()));
		List<CountryView> countries = new CountryQuery(q, null, null, null, null, null, 0, 300)
			.apply(reference.countries(), locale);
		model.addAttribute("instruments", instruments);
		model.addAttribute("instrument", selected);
		model.addAttribute("countries", countries);
		model.addAttribute("statusByCountry", byCountry);
		model.addAttribute("q", q);
		model.addAttribute("partyCount",
				byCountry.values().stream().filter(r -> r.status() == RatificationStatus.PARTY).count());
		return "reference/admin-ratifications";
	}

	/** Where a country stands with an instrument, as an administrator records it. */
	record RatificationForm(@NotNull RatificationStatus status, @Min(1900) @Max(2100) @Nullable Integer year,
			@Size(max = 500) @Nullable String note, Long version) {

		RatificationForm {
			version = version == null ? 0L : version;
		}

		RatificationForm withVersion(long current) {
			return new RatificationForm(status, year, note, current);
		}

	}

	@GetMapping("/admin/reference/ratifications/{instrument}/{iso3}")
	String editRatification(@PathVariable String instrument, @PathVariable String iso3, Model model) {
		RatificationService.RatificationRecord record = ratifications.get(instrument, iso3);
		model.addAttribute("form", new RatificationForm(record.view().status(), record.view().year(),
				record.view().note(), record.version()));
		return ratificationForm(instrument, iso3, model);
	}

	/** The form page; the model holds the form (a new one, or the one sent with its errors). */
	private String ratificationForm(String instrument, String iso3, Model model) {
		model.addAttribute("instrument", ratifications.instrument(instrument));
		model.addAttribute("country", reference.getCountry(iso3));
		model.addAttribute("statuses", RatificationStatus.values());
		return "reference/admin-ratification-edit";
	}

	@PostMapping("/admin/reference/ratifications/{instrument}/{iso3}")
	String saveRatification(@PathVariable String instrument, @PathVariable String iso3,
			@Valid @ModelAttribute("form") RatificationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		boolean saved = formErrors.attempt(result, model).onConflict(version -> {
			RatificationService.RatificationRecord current = ratifications.get(instrument, iso3);
			model.addAttribute("current", current.view());
			FormErrors.rebind(model, result, form.withVersion(current.version()));
		}).run(() -> ratifications.record(instrument, iso3, form.status(), form.year(), form.note(), form.version()));
		if (!saved) {
			return ratificationForm(instrument, iso3, model);
		}
		redirect.addFlashAttribute("flashSuccess", "common.updated");
		return "redirect:/admin/reference/ratifications?instrument=" + CountryController.encode(instrument);
	}

	@PostMapping("/admin/reference/ratifications/import")
	String importRatifications(@RequestParam("file") MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		try (InputStream in = file.getInputStream()) {
			ImportReport report = ratifications.importCsv(ReferenceApiController.filename(file), in);
			redirect.addFlashAttribute("flashSuccess", "import.success");
			redirect.addFlashAttribute("flashArgs", new Object[] { report.source(), report.written() });
		}
		catch (ImportFailedException ex) {
			redirect.addFlashAttribute("importReport", ex.report());
		}
		return "redirect:/admin/reference/ratifications";
	}

}
