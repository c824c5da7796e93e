package org.migracap.workshop.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.migracap.mobility.CountryRole;
import org.migracap.workshop.domain.Attendance;
import org.migracap.workshop.domain.RegistrationService;

/** The registration form: standard fields and the answers to the workshop's own questions (by question id). */
public class RegistrationForm {

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

	@Size(max = 200)
	private @Nullable String positionTitle;

	@NotBlank
	@Size(max = 5)
	private String language = "en";

	@NotNull
	private Attendance attendance = Attendance.IN_PERSON;

	private @Nullable CountryRole perspective;

	@Size(max = 5)
	private @Nullable String interpretationInto;

	@Size(max = 1000)
	private @Nullable String accessibilityNeeds;

	private Map<Long, String> answers = new HashMap<>();

	static RegistrationForm of(RegistrationService.RegistrationCommand command) {
		RegistrationForm form = new RegistrationForm();
		form.name = command.name();
		form.email = command.email();
		form.countryCode = command.countryCode();
		form.organisation = command.organisation();
		form.positionTitle = command.positionTitle();
		form.language = command.language();
		form.attendance = command.attendance();
		form.perspective = command.perspective();
		form.interpretationInto = command.interpretationInto();
		form.accessibilityNeeds = command.accessibilityNeeds();
		form.answers = new HashMap<>(command.answers());
		return form;
	}

	RegistrationService.RegistrationCommand toCommand() {
		return new RegistrationService.RegistrationCommand(name, email, countryCode, organisation, positionTitle,
				language, attendance, perspective, interpretationInto, accessibilityNeeds, answers);
	}

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

	public @Nullable String getPositionTitle() {
		return positionTitle;
	}

	public void setPositionTitle(@Nullable String positionTitle) {
		this.positionTitle = positionTitle;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public Attendance getAttendance() {
		return attendance;
	}

	public void setAttendance(Attendance attendance) {
		this.attendance = attendance;
	}

	public @Nullable CountryRole getPerspective() {
		return perspective;
	}

	public void setPerspective(@Nullable CountryRole perspective) {
		this.perspective = perspective;
	}

	public @Nullable String getInterpretationInto() {
		return interpretationInto;
	}

	public void setInterpretationInto(@Nullable String interpretationInto) {
		this.interpretationInto = interpretationInto;
	}

	public @Nullable String getAccessibilityNeeds() {
		return accessibilityNeeds;
	}

	public void setAccessibilityNeeds(@Nullable String accessibilityNeeds) {
		this.accessibilityNeeds = accessibilityNeeds;
	}

	public Map<Long, String> getAnswers() {
		return answers;
	}

	public void setAnswers(Map<Long, String> answers) {
		this.answers = answers;
	}

}
