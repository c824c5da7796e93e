package org.migracap.profile.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.PdfRenderer;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A country's capacity profile as a page and as a PDF a ministry can circulate. Both show only what the viewer may
 * see; the PDF is marked with the confidentiality of the assessment it reports.
 */
@Controller
@Access(anonymous = true)
class ProfileController {

	private final ProfileBuilder profiles;

	private final PdfRenderer pdf;

	ProfileController(ProfileBuilder profiles, PdfRenderer pdf) {
		this.profiles = profiles;
		this.pdf = pdf;
	}

	@GetMapping("/profiles/{iso3}")
	String profile(@PathVariable String iso3, Locale locale, Model model) {
		model.addAttribute("data", profiles.build(iso3, CurrentUser.current(), locale));
		return "profile/profile";
	}

	@GetMapping("/profiles/{iso3}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String iso3, Locale locale) {
		ProfilePage data = profiles.build(iso3, CurrentUser.current(), locale);
		byte[] document = pdf.render("profile/profile-pdf", Map.of("data", data, "generated", LocalDate.now()), locale);
		return PdfRenderer.download(document, "migracap-capacity-profile-" + data.country().iso3() + ".pdf");
	}

}
