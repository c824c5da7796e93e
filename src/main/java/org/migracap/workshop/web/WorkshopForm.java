package org.migracap.workshop.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.FocusArea;
import org.migracap.workshop.domain.WorkshopFormat;
import org.migracap.workshop.domain.WorkshopService;
import org.springframework.format.annotation.DateTimeFormat;

/** The facilitator's form for a workshop. */
public class WorkshopForm {

	@Valid
	private TextsForm title = new TextsForm();

	@Valid
	private TextsForm description = new TextsForm();

	private Set<FocusArea> themes = EnumSet.noneOf(FocusArea.class);

	@NotEmpty
	@Size(max = 6)
	private List<@Size(max = 2) String> languages = new ArrayList<>(List.of("en"));

	@NotNull
	private WorkshopFormat format = WorkshopFormat.IN_PERSON;

	@Size(max = 300)
	private @Nullable String venue;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate startDate;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate endDate;

	@Min(1)
	@Max(100000)
	private @Nullable Integer capacity;

	private List<Long> facilitatorIds = new ArrayList<>();

	private long version;

	static WorkshopForm of(WorkshopService.WorkshopView w) {
		WorkshopForm form = new WorkshopForm();
		form.title = TextsForm.of(w.titleTexts());
		form.description = TextsForm.of(w.descriptionTexts());
		form.themes = w.themes().isEmpty() ? EnumSet.noneOf(FocusArea.class) : EnumSet.copyOf(w.themes());
		form.languages = new ArrayList<>(w.languages());
		form.format = w.format();
		form.venue = w.venue();
		form.startDate = w.startDate();
		form.endDate = w.endDate();
		form.capacity = w.capacity();
		form.facilitatorIds = new ArrayList<>(w.facilitatorIds());
		form.version = w.version();
		return form;
	}

	WorkshopService.WorkshopCommand toCommand() {
		List<String> ordered = new ArrayList<>();
		for (String language : List.of("en", "fr", "es")) {
			if (languages.contains(language)) {
				ordered.add(language);
			}
		}
		for (String language : languages) {
			if (!ordered.contains(language)) {
				ordered.add(language);
			}
		}
		return new WorkshopService.WorkshopCommand(title.toTexts(), description.toTexts(), themes, ordered, format,
				venue, java.util.Objects.requireNonNull(startDate), java.util.Objects.requireNonNull(endDate), capacity,
				facilitatorIds);
	}

	public TextsForm getTitle() {
		return title;
	}

	public void setTitle(TextsForm title) {
		this.title = title;
	}

	public TextsForm getDescription() {
		return description;
	}

	public void setDescription(TextsForm description) {
		this.description = description;
	}

	public Set<FocusArea> getThemes() {
		return themes;
	}

	public void setThemes(Set<FocusArea> themes) {
		this.themes = themes;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

	public WorkshopFormat getFormat() {
		return format;
	}

	public void setFormat(WorkshopFormat format) {
		this.format = format;
	}

	public @Nullable String getVenue() {
		return venue;
	}

	public void setVenue(@Nullable String venue) {
		this.venue = venue;
	}

	public @Nullable LocalDate getStartDate() {
		return startDate;
	}

	public void setStartDate(@Nullable LocalDate startDate) {
		this.startDate = startDate;
	}

	public @Nullable LocalDate getEndDate() {
		return endDate;
	}

	public void setEndDate(@Nullable LocalDate endDate) {
		this.endDate = endDate;
	}

	public @Nullable Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(@Nullable Integer capacity) {
		this.capacity = capacity;
	}

	public List<Long> getFacilitatorIds() {
		return facilitatorIds;
	}

	public void setFacilitatorIds(List<Long> facilitatorIds) {
		this.facilitatorIds = facilitatorIds;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
