package org.migracap.identity.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.domain.UserService;
import org.migracap.platform.Access;
import org.migracap.platform.FormErrors;
import org.migracap.platform.Paging;
import org.migracap.platform.Role;
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

	/** The field each of the account rules is about; the others are shown above the form. */
	static final Map<String, String> FIELDS = Map.of("user.error.usernameTaken", "username",
			"user.error.emailTaken", "email", "user.error.emailInvalid", "email", "user.error.countryRequired",
			"countryCode", "user.error.unknownCountry", "countryCode", "user.error.password", "password",
			"user.error.noRole", "roles", "user.error.ownAdminRole", "roles");

	private final UserService users;

	private final ReferenceApi reference;

	private final FormErrors formErrors;

	AdminUserController(UserService users, ReferenceApi reference, FormErrors formErrors) {
		this.users = users;
		this.reference = reference;
		this.formErrors = formErrors;
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
		model.addAttribute("form", UserForm.empty());
		return form(true, model);
	}

	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute("form") @Nullable UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form == null) {
			return form(true, model);
		}
		if (form.password().length() < UserService.MIN_PASSWORD) {
			result.rejectValue("password", "user.error.passwordShort", new Object[] { UserService.MIN_PASSWORD }, "");
		}
		return formErrors.attempt(result, model)
			.fields(FIELDS)
			.call(() -> users.create(new UserService.NewUser(form.username(), form.email(), form.displayName(),
					form.roles(), form.countryCode(), form.preferredLanguage(), form.password())))
			.map(user -> {
				redirect.addFlashAttribute("flashSuccess", "user.created");
				redirect.addFlashAttribute("flashArgs", new Object[] { user.username() });
				return "redirect:/admin/users/" + user.id();
			})
			.orElseGet(() -> form(true, model));
	}

	@GetMapping("/admin/users/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("user", users.get(id));
		model.addAttribute("form", UserForm.of(users.get(id)));
		return form(false, model);
	}

	@PostMapping("/admin/users/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") @Nullable UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("user", users.get(id));
		if (form == null) {
			return form(false, model);
		}
		boolean saved = formErrors.attempt(result, model)
			.checking("email", "displayName", "roles")
			.fields(FIELDS)
			.onConflict(version -> FormErrors.rebind(model, result, form.withVersion(version)))
			.run(() -> users.update(id, new UserService.UserChanges(form.version(), form.email(), form.displayName(),
					form.roles(), form.countryCode(), form.preferredLanguage())));
		if (!saved) {
			return form(false, model);
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

	/** The form page; the model holds the form (a new one, or the one sent with its errors). */
	private String form(boolean creating, Model model) {
		model.addAttribute("creating", creating);
		model.addAttribute("roles", Role.values());
		model.addAttribute("countries", reference.countries());
		model.addAttribute("languages", List.of("en", "fr", "es"));
		return "identity/user-form";
	}

	private static String enc(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
