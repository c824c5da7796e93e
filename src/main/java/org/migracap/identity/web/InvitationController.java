package org.migracap.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.domain.UserService;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.migracap.platform.Role;
import org.migracap.reference.ReferenceApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Inviting a person by e-mail: an administrator or a coordinator chooses the role (and a focal point's country); the
 * person sets a password from the link in the invitation.
 */
@Controller
@Access({ Role.ADMIN, Role.COORDINATOR })
class InvitationController {

	private final UserService users;

	/** The field each rule of an invitation is about; the others are shown above the form. */
	private static final Map<String, String> FIELDS = Map.of("user.error.usernameTaken", "username",
			"user.error.emailTaken", "email", "user.error.emailInvalid", "email", "user.error.countryRequired",
			"countryCode", "user.error.unknownCountry", "countryCode", "user.error.inviteAdmin", "role",
			"user.error.noRole", "role");

	private final ReferenceApi reference;

	private final FormErrors formErrors;

	InvitationController(UserService users, ReferenceApi reference, FormErrors formErrors) {
		this.users = users;
		this.reference = reference;
		this.formErrors = formErrors;
	}

	/** Who is invited, with which one role, and for a focal point which country. */
	public record InvitationForm(
			@NotBlank @Pattern(regexp = "[a-zA-Z0-9._-]{3,80}", message = "{user.error.usernamePattern}")
			String username, @NotBlank @Email @Size(max = 200) String email,
			@NotBlank @Size(max = 200) String displayName, @NotNull @Nullable Role role,
			@Size(max = 3) @Nullable String countryCode, @Size(max = 5) String preferredLanguage) {

		public InvitationForm {
			username = username == null ? "" : username;
			email = email == null ? "" : email;
			displayName = displayName == null ? "" : displayName;
			countryCode = countryCode == null || countryCode.isBlank() ? null : countryCode;
			preferredLanguage = preferredLanguage == null || preferredLanguage.isBlank() ? "en" : preferredLanguage;
		}

	}

	@GetMapping("/users/invite")
	String form(Model model) {
		model.addAttribute("form", new InvitationForm("", "", "", null, null, "en"));
		return page(model);
	}

	@PostMapping("/users/invite")
	String invite(@Valid @ModelAttribute("form") @Nullable InvitationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form == null || form.role() == null) {
			return page(model);
		}
		Role role = form.role();
		return formErrors.attempt(result, model)
			.fields(FIELDS)
			.call(() -> users.invite(new UserService.Invitation(form.username(), form.email(), form.displayName(),
					role, form.countryCode(), form.preferredLanguage())))
			.map(user -> {
				redirect.addFlashAttribute("flashSuccess", "invite.sent");
				redirect.addFlashAttribute("flashArgs", new Object[] { user.email() });
				return "redirect:/users/invite";
			})
			.orElseGet(() -> page(model));
	}

	/** The form page; the model holds the form (a new one, or the one sent with its errors). */
	private String page(Model model) {
		boolean admin = CurrentUser.required().has(Role.ADMIN);
		model.addAttribute("roles", Arrays.stream(Role.values()).filter(r -> admin || r != Role.ADMIN).toList());
		model.addAttribute("countries", reference.countries());
		model.addAttribute("languages", List.of("en", "fr", "es"));
		return "identity/invite";
	}

}
