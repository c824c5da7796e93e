package org.migracap.identity.web;

import java.util.List;

import jakarta.validation.Valid;

import org.migracap.platform.Paging;
import org.migracap.identity.domain.UserService;
import org.migracap.platform.Access;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.ReferenceApi;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of users: list and search, create, edit roles and country binding, disable, reset password.
 */
@Controller
@Access(Role.ADMIN)
class AdminUserController {

	private final UserService users;

	private final ReferenceApi reference;

	AdminUserController(UserService users, ReferenceApi reference) {
		this.users = users;
		this.reference = reference;
	}

	@GetMapping("/admin/users")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String country,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", users.search(q, country, Paging.of(page, 25, Sort.by("username"))));
		model.addAttribute("q", q);
		model.addAttribute("country", country);
		model.addAttribute("base", "/admin/users?q=" + enc(q) + "&country=" + enc(country));
		return "identity/users";
	}

	@GetMapping("/admin/users/new")
	String newUser(Model model) {
		return form(new UserForm(), true, model);
	}

	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getPassword().length() < UserService.MIN_PASSWORD) {
			result.rejectValue("password", "user.error.passwordShort", new Object[] { UserService.MIN_PASSWORD }, "");
		}
		if (result.hasErrors()) {
			return form(form, true, model);
		}
		try {
			UserService.UserRecord user = users.create(new UserService.NewUser(form.getUsername(), form.getEmail(),
					form.getDisplayName(), form.getRoles(), form.getCountryCode(), form.getPreferredLanguage(),
					form.getPassword()));
			redirect.addFlashAttribute("flashSuccess", "user.created");
			redirect.addFlashAttribute("flashArgs", new Object[] { user.username() });
			return "redirect:/admin/users/" + user.id();
		}
		catch (RuleViolationException ex) {
			reject(result, ex);
			return form(form, true, model);
		}
	}

	@GetMapping("/admin/users/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("user", users.get(id));
		return form(UserForm.of(users.get(id)), false, model);
	}

	@PostMapping("/admin/users/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("user", users.get(id));
		if (result.hasFieldErrors("email") || result.hasFieldErrors("displayName") || result.hasFieldErrors("roles")) {
			return form(form, false, model);
		}
		try {
			users.update(id, new UserService.UserChanges(form.getVersion(), form.getEmail(), form.getDisplayName(),
					form.getRoles(), form.getCountryCode(), form.getPreferredLanguage()));
		}
		catch (ConcurrentEditException ex) {
			result.reject("error.concurrentEdit.generic");
			model.addAttribute("changes", users.changesSince(id, form.getVersion()));
			form.setVersion(users.get(id).version());
			return form(form, false, model);
		}
		catch (RuleViolationException ex) {
			reject(result, ex);
			return form(form, false, model);
		}
		redirect.addFlashAttribute("flashSuccess", "common.updated");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		users.setEnabled(id, enabled);
		redirect.addFlashAttribute("flashSuccess", enabled ? "user.enabledDone" : "user.disabledDone");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
		String password = users.resetPassword(id);
		redirect.addFlashAttribute("temporaryPassword", password);
		return "redirect:/admin/users/" + id;
	}

	private String form(UserForm form, boolean creating, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("creating", creating);
		model.addAttribute("roles", Role.values());
		model.addAttribute("countries", reference.countries());
		model.addAttribute("languages", List.of("en", "fr", "es"));
		return "identity/user-form";
	}

	private static void reject(BindingResult result, RuleViolationException ex) {
		String field = switch (ex.messageKey()) {
			case "user.error.usernameTaken" -> "username";
			case "user.error.countryRequired", "user.error.unknownCountry" -> "countryCode";
			case "user.error.passwordShort", "user.error.passwordUsername" -> "password";
			case "user.error.noRole", "user.error.ownAdminRole" -> "roles";
			default -> null;
		};
		if (field == null) {
			result.reject(ex.messageKey(), ex.args(), ex.messageKey());
		}
		else {
			result.rejectValue(field, ex.messageKey(), ex.args(), ex.messageKey());
		}
	}

	private static String enc(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
