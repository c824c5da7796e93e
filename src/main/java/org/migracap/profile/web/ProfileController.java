package org.migracap.profile.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;


import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.PdfRenderer;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * A country's capacity profile as a page and as a PDF a ministry can circulate. Both show only what the viewer may
 * see; the PDF is marked with the confidentiality of the assessment it reports.
 */
@Controller
@Access(anonymous = true)
class ProfileController {

	private final ProfileBuilder profiles;

	private final PdfRenderer pdf;

	private final ITemplateEngine templates;

	ProfileController(ProfileBuilder profiles, PdfRenderer pdf, ITemplateEngine templates) {
		this.profiles = profiles;
		this.pdf = pdf;
		this.templates = templates;
	}

	/**
	 * The profile page. Its body (the {@code capacity} fragment, the same as on the country page's tab) is rendered
	 * once and kept until the data changes: it was most of the page's processor time (docs/benchmarks.md).
	 */
	@GetMapping("/profiles/{iso3}")
	String profile(@PathVariable String iso3, Locale locale, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<CurrentUser> viewer = CurrentUser.current();
		ProfileBuilder.Rendered page = profiles.rendered(iso3, viewer, locale, profile -> {
			WebContext context = new WebContext(
					JakartaServletWebApplication.buildApplication(request.getServletContext())
						.buildExchange(request, response),
					locale, Map.of("data", Map.of("profile", profile, "tab", false)));
			return templates.process("profile/profile", Set.of("capacity"), context);
		});
		model.addAttribute("data", page.profile());
		model.addAttribute("capacityHtml", page.html());
		return "profile/profile";
	}

	@GetMapping("/profiles/{iso3}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String iso3, Locale locale) {
		ProfilePage data = profiles.build(iso3, CurrentUser.current(), locale);
		byte[] document = pdf.render("profile/profile-pdf", Map.of("data", data, "generated", LocalDate.now()), locale);
		return PdfRenderer.download(document, "migracap-capacity-profile-" + data.country().iso3() + ".pdf");
	}

}
