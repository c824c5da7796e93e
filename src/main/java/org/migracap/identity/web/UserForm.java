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
 * The administrator's form for creating and editing a user.
 */
class UserForm {

	@NotBlank
	@Pattern(regexp = "[a-zA-Z0-9._-]{3,80}", message = "{user.error.usernamePattern}")
	private String username = "";

	@NotBlank
	@Email
	@Size(max = 200)
	private String email = "";

	@NotBlank
	@Size(max = 200)
	private String displayName = "";

	@NotEmpty
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Size(max = 3)
	private @Nullable String countryCode;

	@Size(max = 5)
	private String preferredLanguage = "en";

	@Size(max = 200)
	private String password = "";

	private long version;

	static UserForm of(UserService.UserRecord user) {
		UserForm form = new UserForm();
		form.username = user.username();
		form.email = user.email();
		form.displayName = user.displayName();
		form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
		form.countryCode = user.countryCode();
		form.preferredLanguage = user.preferredLanguage();
		form.version = user.version();
		return form;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public @Nullable String getCountryCode() {
		return countryCode;
	}

	public void setCountryCode(@Nullable String countryCode) {
		this.countryCode = countryCode;
	}

	public String getPreferredLanguage() {
		return preferredLanguage;
	}

	public void setPreferredLanguage(String preferredLanguage) {
		this.preferredLanguage = preferredLanguage;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
