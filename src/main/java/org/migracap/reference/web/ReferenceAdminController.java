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
import org.migracap.platform.ConcurrentEditException;
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

	ReferenceAdminController(ReferenceApi reference, MembershipService memberships,
			RatificationService ratifications) {
		this.reference = reference;
		this.memberships = memberships;
		this.ratifications = ratifications;
	}

	@GetMapping("/admin/reference/membership")
	String memberships(CountryQuery query, Locale locale, Model model) {
		model.addAttribute("query", query);
		model.addAttribute("page", query.page(reference.countries(), locale));
		model.addAttribute("base", "/admin/reference/membership?" + query.parameters(CountryController::encode));
		model.addAttribute("iomStatuses", IomStatus.values());
		return "reference/admin-membership";
	}

	static class MembershipForm {

		@NotNull
		private IomStatus status = IomStatus.UNKNOWN;

		@Min(1951)
		@Max(2100)
		private @Nullable Integer since;

		@Size(max = 500)
		private @Nullable String note;

		private long version;

		public IomStatus getStatus() {
			return status;
		}

		public void setStatus(IomStatus status) {
			this.status = status;
		}

		public @Nullable Integer getSince() {
			return since;
		}

		public void setSince(@Nullable Integer since) {
			this.since = since;
		}

		public @Nullable String getNote() {
			return note;
		}

		public void setNote(@Nullable String note) {
			this.note = note;
		}

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

	@GetMapping("/admin/reference/membership/{iso3}")
	String editMembership(@PathVariable String iso3, Model model) {
		MembershipRecord record = memberships.get(iso3);
		MembershipForm form = new MembershipForm();
		form.setStatus(record.status());
		form.setSince(record.since());
		form.setNote(record.note());
		form.setVersion(record.version());
		return membershipForm(iso3, form, model);
	}

	private String membershipForm(String iso3, MembershipForm form, Model model) {
		model.addAttribute("country", reference.getCountry(iso3));
		model.addAttribute("form", form);
		model.addAttribute("iomStatuses", IomStatus.values());
		return "reference/admin-membership-edit";
	}

	@PostMapping("/admin/reference/membership/{iso3}")
	String saveMembership(@PathVariable String iso3, @Valid @ModelAttribute("form") MembershipForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return membershipForm(iso3, form, model);
		}
		try {
			memberships.record(iso3, form.getStatus(), form.getSince(), form.getNote(), form.getVersion());
		}
		catch (ConcurrentEditException ex) {
			result.reject("error.concurrentEdit.generic");
			MembershipRecord current = memberships.get(iso3);
			model.addAttribute("current", current);
			form.setVersion(current.version());
			return membershipForm(iso3, form, model);
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

	static class RatificationForm {

		@NotNull
		private RatificationStatus status = RatificationStatus.NONE;

		@Min(1900)
		@Max(2100)
		private @Nullable Integer year;

		@Size(max = 500)
		private @Nullable String note;

		private long version;

		public RatificationStatus getStatus() {
			return status;
		}

		public void setStatus(RatificationStatus status) {
			this.status = status;
		}

		public @Nullable Integer getYear() {
			return year;
		}

		public void setYear(@Nullable Integer year) {
			this.year = year;
		}

		public @Nullable String getNote() {
			return note;
		}

		public void setNote(@Nullable String note) {
			this.note = note;
		}

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

	@GetMapping("/admin/reference/ratifications/{instrument}/{iso3}")
	String editRatification(@PathVariable String instrument, @PathVariable String iso3, Model model) {
		RatificationService.RatificationRecord record = ratifications.get(instrument, iso3);
		RatificationForm form = new RatificationForm();
		form.setStatus(record.view().status());
		form.setYear(record.view().year());
		form.setNote(record.view().note());
		form.setVersion(record.version());
		return ratificationForm(instrument, iso3, form, model);
	}

	private String ratificationForm(String instrument, String iso3, RatificationForm form, Model model) {
		model.addAttribute("instrument", ratifications.instrument(instrument));
		model.addAttribute("country", reference.getCountry(iso3));
		model.addAttribute("form", form);
		model.addAttribute("statuses", RatificationStatus.values());
		return "reference/admin-ratification-edit";
	}

	@PostMapping("/admin/reference/ratifications/{instrument}/{iso3}")
	String saveRatification(@PathVariable String instrument, @PathVariable String iso3,
			@Valid @ModelAttribute("form") RatificationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return ratificationForm(instrument, iso3, form, model);
		}
		try {
			ratifications.record(instrument, iso3, form.getStatus(), form.getYear(), form.getNote(), form.getVersion());
		}
		catch (ConcurrentEditException ex) {
			result.reject("error.concurrentEdit.generic");
			RatificationService.RatificationRecord current = ratifications.get(instrument, iso3);
			model.addAttribute("current", current.view());
			form.setVersion(current.version());
			return ratificationForm(instrument, iso3, form, model);
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
