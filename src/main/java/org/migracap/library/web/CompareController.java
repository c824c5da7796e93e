package org.migracap.library.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.migracap.library.domain.Comparisons;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Side-by-side comparison of countries in one area, and the peer approaches page for a country's gap.
 */
@Controller
@Access(anonymous = true)
class CompareController {

	private final Comparisons comparisons;

	private final ReferenceApi reference;

	CompareController(Comparisons comparisons, ReferenceApi reference) {
		this.comparisons = comparisons;
		this.reference = reference;
	}

	@GetMapping("/library/compare")
	String compare(@RequestParam(required = false) @Nullable String area,
			@RequestParam(name = "country", required = false) @Nullable List<String> countries, Model model) {
		Optional<CurrentUser> viewer = CurrentUser.current();
		FocusArea selected = area != null && FocusArea.isCode(area) ? FocusArea.of(area) : FocusArea.I;
		List<String> chosen = new ArrayList<>();
		if (countries != null) {
			countries.stream().filter(c -> c != null && !c.isBlank()).forEach(chosen::add);
		}
		if (chosen.isEmpty()) {
			viewer.map(CurrentUser::countryCode).ifPresent(chosen::add);
		}
		model.addAttribute("area", selected);
		model.addAttribute("areas", FocusArea.values());
		model.addAttribute("countries", reference.countries());
		model.addAttribute("chosen", chosen);
		model.addAttribute("slots", Comparisons.MAX_COUNTRIES);
		model.addAttribute("comparison", chosen.isEmpty() ? null : comparisons.compare(selected, chosen, viewer));
		return "library/compare";
	}

	@GetMapping("/library/peers")
	String peers(@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String area, Model model) {
		Optional<CurrentUser> viewer = CurrentUser.current();
		FocusArea selected = area != null && FocusArea.isCode(area) ? FocusArea.of(area) : FocusArea.I;
		String iso3 = country != null && reference.isCountry(country.toUpperCase(java.util.Locale.ROOT))
				? country.toUpperCase(java.util.Locale.ROOT) : viewer.map(CurrentUser::countryCode).orElse(null);
		model.addAttribute("area", selected);
		model.addAttribute("areas", FocusArea.values());
		model.addAttribute("countries", reference.countries());
		model.addAttribute("country", iso3);
		model.addAttribute("goodScore", Comparisons.GOOD_SCORE);
		model.addAttribute("peers", iso3 == null ? null : comparisons.peers(iso3, selected, viewer));
		return "library/peers";
	}

}
