package org.migracap.cooperation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.migracap.cooperation.ObjectiveView;
import org.migracap.cooperation.domain.CommonGroundService;
import org.migracap.cooperation.domain.ObjectiveCatalogue;
import org.migracap.cooperation.domain.StanceService;
import org.migracap.cooperation.domain.StanceService.StanceView;
import org.migracap.mobility.MobilityApi;
import org.migracap.platform.Access;
import org.migracap.platform.Confidentiality;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.migracap.platform.Role;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A State's goals: its stance and priority on each objective of the catalogue. Everybody sees the stances the State
 * shares with them; only the State's own focal points state them. The page also shows where the State's main
 * corridor partners agree with it.
 */
@Controller
class StanceController {

	private final StanceService stances;

	private final ObjectiveCatalogue objectives;

	private final CommonGroundService commonGround;

	private final MobilityApi mobility;

	private final ReferenceApi reference;

	private final FormErrors formErrors;

	StanceController(StanceService stances, ObjectiveCatalogue objectives, CommonGroundService commonGround,
			MobilityApi mobility, ReferenceApi reference, FormErrors formErrors) {
		this.stances = stances;
		this.objectives = objectives;
		this.commonGround = commonGround;
		this.mobility = mobility;
		this.reference = reference;
		this.formErrors = formErrors;
	}

	/** Where a partner along the country's corridors stands with it. */
	public record Partner(String iso3, int shared, int contested, int open) {
	}

	@GetMapping("/cooperation/stances/{iso3}")
	@Access(anonymous = true)
	String show(@PathVariable String iso3, Model model) {
		CountryView country = reference.getCountry(iso3);
		Optional<CurrentUser> viewer = CurrentUser.current();
		Map<String, StanceView> visible = stances.stancesOf(country.iso3(), viewer);
		List<Partner> partners = new ArrayList<>();
		if (!visible.isEmpty()) {
			List<String> candidates = new ArrayList<>(mobility.mainCorridorPartners(country.iso3(), 5));
			mobility.routesThrough(country.iso3())
				.forEach(r -> r.countries().stream().filter(c -> !candidates.contains(c)).forEach(candidates::add));
			candidates.remove(country.iso3());
			for (String partner : candidates) {
				CommonGroundService.Report report = commonGround.report(List.of(country.iso3(), partner), viewer);
				if (report.findings().stream().anyMatch(f -> f.undeclared() < 2)
						&& !stances.stancesOf(partner, viewer).isEmpty()) {
					partners.add(new Partner(partner, report.shared().size(), report.contested().size(),
							report.open().size()));
				}
			}
		}
		model.addAttribute("country", country);
		model.addAttribute("objectives", objectives.all());
		model.addAttribute("areas", FocusArea.values());
		model.addAttribute("stances", visible);
		model.addAttribute("hidden", stances.hiddenCount(List.of(country.iso3()), viewer));
		model.addAttribute("partners", partners);
		model.addAttribute("canEdit", viewer.map(u -> u.has(Role.FOCAL_POINT) && u.isFocalPointOf(country.iso3())).orElse(false));
		return "cooperation/stances";
	}

	public static class StanceRow {

		@NotNull
		private String objective = "";

		@Min(-2)
		@Max(2)
		private @Nullable Integer stance;

		@Min(1)
		@Max(3)
		private int priority = 2;

		@NotNull
		private Confidentiality visibility = Confidentiality.MEMBERS;

		@Size(max = 1000)
		private @Nullable String note;

		private long version = -1;

		public String getObjective() {
			return objective;
		}

		public void setObjective(String objective) {
			this.objective = objective;
		}

		public @Nullable Integer getStance() {
			return stance;
		}

		public void setStance(@Nullable Integer stance) {
			this.stance = stance;
		}

		public int getPriority() {
			return priority;
		}

		public void setPriority(int priority) {
			this.priority = priority;
		}

		public Confidentiality getVisibility() {
			return visibility;
		}

		public void setVisibility(Confidentiality visibility) {
			this.visibility = visibility;
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

	public static class StanceForm {

		@Valid
		private List<StanceRow> rows = new ArrayList<>();

		public List<StanceRow> getRows() {
			return rows;
		}

		public void setRows(List<StanceRow> rows) {
			this.rows = rows;
		}

	}

	@GetMapping("/cooperation/stances/{iso3}/edit")
	@Access(value = Role.FOCAL_POINT, country = "iso3")
	String edit(@PathVariable String iso3, Model model) {
		CountryView country = reference.getCountry(iso3);
		Map<String, StanceView> own = stances.stancesOf(country.iso3(), CurrentUser.current());
		StanceForm form = new StanceForm();
		for (ObjectiveView objective : objectives.all()) {
			StanceRow row = new StanceRow();
			row.setObjective(objective.code());
			StanceView s = own.get(objective.code());
			if (s != null) {
				row.setStance(s.stance());
				row.setPriority(s.priority());
				row.setVisibility(s.visibility());
				row.setNote(s.note());
				row.setVersion(s.version());
			}
			form.getRows().add(row);
		}
		return form(country, form, model);
	}

	@PostMapping("/cooperation/stances/{iso3}")
	@Access(value = Role.FOCAL_POINT, country = "iso3")
	String save(@PathVariable String iso3, @Valid @ModelAttribute("form") StanceForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		CountryView country = reference.getCountry(iso3);
		form.getRows().removeIf(row -> objectives.get(row.getObjective()).isEmpty());
		Optional<Integer> changed = formErrors.attempt(result, model)
			.conflictKey("cooperation.stances.concurrent", ex -> new Object[] { String.valueOf(ex.id()) })
			.onConflict(version -> {
				Map<String, StanceView> current = stances.stancesOf(country.iso3(), CurrentUser.current());
				model.addAttribute("currentStances", current);
				for (StanceRow row : form.getRows()) {
					StanceView now = current.get(row.getObjective());
					row.setVersion(now == null ? -1 : now.version());
				}
			})
			.call(() -> stances.save(country.iso3(), form.getRows()
				.stream()
				.map(r -> new StanceService.StanceEntry(r.getObjective(), r.getStance(), r.getPriority(),
						r.getVisibility(), r.getNote(), r.getVersion()))
				.toList(), CurrentUser.required()));
		if (changed.isEmpty()) {
			return form(country, form, model);
		}
		redirect.addFlashAttribute("flashSuccess", "cooperation.stances.saved");
		redirect.addFlashAttribute("flashArgs", new Object[] { changed.get() });
		return "redirect:/cooperation/stances/" + country.iso3();
	}

	private String form(CountryView country, StanceForm form, Model model) {
		model.addAttribute("country", country);
		model.addAttribute("form", form);
		model.addAttribute("objectives", objectives.all());
		model.addAttribute("objectivesByCode", objectives.all()
			.stream()
			.collect(java.util.stream.Collectors.toMap(ObjectiveView::code, o -> o)));
		model.addAttribute("visibilities", Confidentiality.values());
		return "cooperation/stance-form";
	}

}
