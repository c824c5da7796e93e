package org.migracap.identity.web;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Paging;
import org.migracap.identity.domain.AuditTrail;
import org.migracap.platform.Access;
import org.migracap.platform.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for administrators: who changed what and when, with values before and after.
 */
@Controller
@Access(Role.ADMIN)
class AuditController {

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String user, @RequestParam(required = false) String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditTrail.Filter filter = new AuditTrail.Filter(user, type,
				from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
				to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
		model.addAttribute("page", audit.revisions(filter, Paging.of(page, 50)));
		model.addAttribute("types", audit.recordTypes());
		model.addAttribute("user", user);
		model.addAttribute("type", type);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("base", "/admin/audit?user=" + enc(user) + "&type=" + enc(type) + "&from="
				+ (from == null ? "" : from) + "&to=" + (to == null ? "" : to));
		return "identity/audit";
	}

	@GetMapping("/admin/audit/{revision}")
	String detail(@PathVariable long revision, Model model) {
		model.addAttribute("detail", audit.revision(revision));
		return "identity/audit-detail";
	}

	private static String enc(@Nullable String value) {
		return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
