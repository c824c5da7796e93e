package org.migracap.programme.web;

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
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The coordinator's form for a programme's core: title, description, goal, countries, areas, dates and status.
 */
public class ProgrammeForm {

	@NotBlank
	@Size(max = 200)
	private String title = "";

	@NotBlank
	@Size(max = 8000)
	private String description = "";

	@Size(max = 2000)
	private @Nullable String goal;

	@NotEmpty(message = "{programme.error.countriesAreas}")
	@Size(max = 100)
	private List<@Size(max = 3) String> countries = new ArrayList<>();

	@NotEmpty(message = "{programme.error.countriesAreas}")
	private Set<FocusArea> areas = EnumSet.noneOf(FocusArea.class);

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate plannedStart;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate plannedEnd;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate actualStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate actualEnd;

	private int status = 1;

	private @Nullable Long requestId;

	private long version;

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

	public @Nullable String getGoal() {
		return goal;
	}

	public void setGoal(@Nullable String goal) {
		this.goal = goal;
	}

	public List<String> getCountries() {
		return countries;
	}

	public void setCountries(List<String> countries) {
		this.countries = countries;
	}

	public Set<FocusArea> getAreas() {
		return areas;
	}

	public void setAreas(Set<FocusArea> areas) {
		this.areas = areas;
	}

	public @Nullable LocalDate getPlannedStart() {
		return plannedStart;
	}

	public void setPlannedStart(@Nullable LocalDate plannedStart) {
		this.plannedStart = plannedStart;
	}

	public @Nullable LocalDate getPlannedEnd() {
		return plannedEnd;
	}

	public void setPlannedEnd(@Nullable LocalDate plannedEnd) {
		this.plannedEnd = plannedEnd;
	}

	public @Nullable LocalDate getActualStart() {
		return actualStart;
	}

	public void setActualStart(@Nullable LocalDate actualStart) {
		this.actualStart = actualStart;
	}

	public @Nullable LocalDate getActualEnd() {
		return actualEnd;
	}

	public void setActualEnd(@Nullable LocalDate actualEnd) {
		this.actualEnd = actualEnd;
	}

	public int getStatus() {
		return status;
	}

	public void setStatus(int status) {
		this.status = status;
	}

	public @Nullable Long getRequestId() {
		return requestId;
	}

	public void setRequestId(@Nullable Long requestId) {
		this.requestId = requestId;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
