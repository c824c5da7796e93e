package org.migracap.request.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.FocusArea;
import org.migracap.request.HelpKind;
import org.migracap.request.Urgency;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The form a focal point fills to ask for help: its country (and partners for a joint request), areas, kind of help,
 * urgency, timing, description and files.
 */
public class RequestForm {

	@Size(max = 3)
	private @Nullable String country;

	@Size(max = 50)
	private List<@Size(max = 3) String> partners = new ArrayList<>();

	@NotEmpty(message = "{request.error.areas}")
	private Set<FocusArea> areas = EnumSet.noneOf(FocusArea.class);

	@NotNull
	private @Nullable HelpKind kind;

	@NotNull
	private Urgency urgency = Urgency.MEDIUM;

	@NotBlank
	@Size(max = 200)
	private String title = "";

	@NotBlank
	@Size(min = 20, max = 8000)
	private String description = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate desiredStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate desiredEnd;

	private List<MultipartFile> files = new ArrayList<>();

	public @Nullable String getCountry() {
		return country;
	}

	public void setCountry(@Nullable String country) {
		this.country = country;
	}

	public List<String> getPartners() {
		return partners;
	}

	public void setPartners(List<String> partners) {
		this.partners = partners;
	}

	public Set<FocusArea> getAreas() {
		return areas;
	}

	public void setAreas(Set<FocusArea> areas) {
		this.areas = areas;
	}

	public @Nullable HelpKind getKind() {
		return kind;
	}

	public void setKind(@Nullable HelpKind kind) {
		this.kind = kind;
	}

	public Urgency getUrgency() {
		return urgency;
	}

	public void setUrgency(Urgency urgency) {
		this.urgency = urgency;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public @Nullable LocalDate getDesiredStart() {
		return desiredStart;
	}

	public void setDesiredStart(@Nullable LocalDate desiredStart) {
		this.desiredStart = desiredStart;
	}

	public @Nullable LocalDate getDesiredEnd() {
		return desiredEnd;
	}

	public void setDesiredEnd(@Nullable LocalDate desiredEnd) {
		this.desiredEnd = desiredEnd;
	}

	public List<MultipartFile> getFiles() {
		return files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files;
	}

}
