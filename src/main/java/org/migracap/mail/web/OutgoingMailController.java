package org.migracap.mail.web;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.migracap.mail.domain.MailWorker;
import org.migracap.mail.domain.Outbox;
import org.migracap.platform.Access;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.Role;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of outgoing mail: every message with its status, attempts and the server's last answer,
 * its text, and a resend button.
 */
@Controller
@Access(Role.ADMIN)
class OutgoingMailController {

	private static final int PAGE_SIZE = 50;

	private final Outbox outbox;

	private final MailWorker worker;

	OutgoingMailController(Outbox outbox, MailWorker worker) {
		this.outbox = outbox;
		this.worker = worker;
	}

	@GetMapping("/admin/mail")
	String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String recipient,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Outbox.@Nullable Status filter = Arrays.stream(Outbox.Status.values())
			.filter(s -> s.name().equals(status))
			.findFirst()
			.orElse(null);
		String who = recipient.trim();
		int number = org.migracap.platform.Paging.page(page);
		var counts = outbox.counts();
		long total = filter == null ? counts.values().stream().mapToLong(Integer::longValue).sum() : counts.get(filter);
		if (!who.isEmpty()) {
			total = outbox.latest(filter, who, 0, 10_000).size();
		}
		model.addAttribute("page", new PageImpl<>(outbox.latest(filter, who, number * PAGE_SIZE, PAGE_SIZE),
				PageRequest.of(number, PAGE_SIZE), total));
		model.addAttribute("counts", counts);
		model.addAttribute("statuses", Outbox.Status.values());
		model.addAttribute("status", filter == null ? "" : filter.name());
		model.addAttribute("recipient", who);
		model.addAttribute("configured", worker.configured());
		model.addAttribute("base", "/admin/mail?status=" + enc(filter == null ? "" : filter.name()) + "&recipient="
				+ enc(who));
		return "mail/outbox";
	}

	@GetMapping("/admin/mail/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("message", outbox.find(id).orElseThrow(() -> NotFoundException.of("mail", id)));
		model.addAttribute("attachments", outbox.attachments(id));
		model.addAttribute("configured", worker.configured());
		return "mail/message";
	}

	@PostMapping("/admin/mail/{id}/resend")
	String resend(@PathVariable long id, RedirectAttributes redirect) {
		outbox.find(id).orElseThrow(() -> NotFoundException.of("mail", id));
		if (outbox.resend(id)) {
			redirect.addFlashAttribute("flashSuccess", "mail.resent");
		}
		else {
			redirect.addFlashAttribute("flashError", "mail.resendRefused");
		}
		return "redirect:/admin/mail/" + id;
	}

	private static String enc(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
