package org.migracap.workshop.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A contact invited by hand. */
public class ContactForm {

	@NotBlank
	@Size(max = 200)
	private String name = "";

	@NotBlank
	@Email
	@Size(max = 200)
	private String email = "";

	@Size(max = 3)
	private @Nullable String countryCode;

	@Size(max = 200)
	private @Nullable String organisation;

	@Size(max = 5)
	private String language = "en";

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public @Nullable String getCountryCode() {
		return countryCode;
	}

	public void setCountryCode(@Nullable String countryCode) {
		this.countryCode = countryCode;
	}

	public @Nullable String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(@Nullable String organisation) {
		this.organisation = organisation;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

}
