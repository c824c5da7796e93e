package org.migracap.identity.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.domain.UserService;
import org.migracap.platform.Role;

/**
 * The administrator's form for creating and editing a user; the edit page sends no user name or password, the form
 * for a new user has version 0 (also when none is sent).
 */
record UserForm(@NotBlank @Pattern(regexp = "[a-zA-Z0-9._-]{3,80}", message = "{user.error.usernamePattern}")
		String username, @NotBlank @Email @Size(max = 200) String email, @NotBlank @Size(max = 200) String displayName,
		@NotEmpty Set<Role> roles, @Size(max = 3) @Nullable String countryCode,
		@Size(max = 5) String preferredLanguage, @Size(max = 200) String password, Long version) {

	UserForm {
		username = username == null ? "" : username;
		email = email == null ? "" : email;
		displayName = displayName == null ? "" : displayName;
		roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		countryCode = countryCode == null || countryCode.isBlank() ? null : countryCode;
		preferredLanguage = preferredLanguage == null || preferredLanguage.isBlank() ? "en" : preferredLanguage;
		password = password == null ? "" : password;
		version = version == null ? 0L : version;
	}

	static UserForm empty() {
		return new UserForm("", "", "", Set.of(), null, "en", "", 0L);
	}

	static UserForm of(UserService.UserRecord user) {
		return new UserForm(user.username(), user.email(), user.displayName(), user.roles(), user.countryCode(),
				user.preferredLanguage(), "", user.version());
	}

	UserForm withVersion(long current) {
		return new UserForm(username, email, displayName, roles, countryCode, preferredLanguage, "", current);
	}

}
