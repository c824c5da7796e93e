package org.migracap.workshop.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.PdfRenderer;
import org.migracap.workshop.domain.PackService;
import org.migracap.workshop.domain.RegistrationService;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The background pack, as a page and as a PDF, composed for the signed-in reader (who sees only the data they may
 * see).
 */
@Controller
@Access
class PackController {

	static final java.time.format.DateTimeFormatter GENERATED = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(java.time.ZoneOffset.UTC);

	private final PackService packs;

	private final RegistrationService registrations;

	private final PdfRenderer pdf;

	PackController(PackService packs, RegistrationService registrations, PdfRenderer pdf) {
		this.packs = packs;
		this.registrations = registrations;
		this.pdf = pdf;
	}

	@GetMapping("/workshops/{workshopId}/pack")
	String page(@PathVariable long workshopId, Locale locale, Model model) {
		PackService.BackgroundPack pack = packs.pack(workshopId, CurrentUser.current(), locale);
		model.addAttribute("w", pack.workshop());
		model.addAttribute("tab", "pack");
		model.addAttribute("pack", pack);
		return "workshop/pack";
	}

	@GetMapping("/workshops/{workshopId}/pack.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long workshopId, @RequestParam(name = "language", required = false) String lang,
			Locale locale) {
		CurrentUser user = CurrentUser.required();
		Locale language = lang != null && List.of("en", "fr", "es").contains(lang) ? Locale.of(lang)
				: registrations.mine(workshopId, user, locale).map(r -> Locale.of(r.language())).orElse(locale);
		Map<String, Object> variables = new HashMap<>();
		PackService.BackgroundPack pack = packs.pack(workshopId, Optional.of(user), language);
		variables.put("pack", pack);
		variables.put("reader", user.displayName());
		variables.put("generated", GENERATED.format(pack.generatedAt()));
		return PdfRenderer.download(pdf.render("workshop/pack-pdf", variables, language),
				"workshop-" + workshopId + "-background-pack-" + language.getLanguage() + ".pdf");
	}

}
