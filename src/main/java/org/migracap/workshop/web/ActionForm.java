package org.migracap.workshop.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.FocusArea;
import org.migracap.workshop.domain.ConclusionService;
import org.springframework.format.annotation.DateTimeFormat;

/** An action point as the facilitator records it. */
public class ActionForm {

	@NotBlank
	@Size(max = 300)
	private String title = "";

	@Size(max = 2000)
	private @Nullable String description;

	@NotBlank
	@Size(max = 200)
	private String owner = "";

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate dueDate;

	@Size(max = 3)
	private @Nullable String countryCode;

	private @Nullable FocusArea area;

	ConclusionService.ActionCommand toCommand() {
		return new ConclusionService.ActionCommand(title, description, owner, java.util.Objects.requireNonNull(dueDate),
				countryCode, area);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public String getOwner() {
		return owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public @Nullable LocalDate getDueDate() {
		return dueDate;
	}

	public void setDueDate(@Nullable LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public @Nullable String getCountryCode() {
		return countryCode;
	}

	public void setCountryCode(@Nullable String countryCode) {
		this.countryCode = countryCode;
	}

	public @Nullable FocusArea getArea() {
		return area;
	}

	public void setArea(@Nullable FocusArea area) {
		this.area = area;
	}

}
