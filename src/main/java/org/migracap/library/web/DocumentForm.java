package org.migracap.library.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.migracap.library.DocumentKind;
import org.migracap.library.DocumentStatus;
import org.migracap.library.Visibility;
import org.migracap.library.domain.DocumentDetails;
import org.migracap.library.domain.DocumentView;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The document form: metadata a focal point or coordinator states. The language may stay empty when a file is
 * uploaded: it is then taken from the file.
 */
public class DocumentForm {

	@NotBlank
	@Size(min = 3, max = 3)
	private String country = "";

	@NotNull
	private DocumentKind kind = DocumentKind.LAW;

	@NotBlank
	@Size(max = 500)
	private String titleOriginal = "";

	@Size(max = 500)
	private @Nullable String titleEnglish;

	@Pattern(regexp = "|[a-z]{2}")
	private String language = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate adoptedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate inForceOn;

	@NotNull
	private DocumentStatus status = DocumentStatus.IN_FORCE;

	private @Nullable Long supersedesId;

	@NotEmpty
	private Set<org.migracap.reference.FocusArea> areas = EnumSet.noneOf(org.migracap.reference.FocusArea.class);

	private Set<Integer> gcmObjectives = new LinkedHashSet<>();

	@Size(max = 10)
	private Set<@Size(max = 36) String> instruments = new LinkedHashSet<>();

	@Size(max = 4000)
	private @Nullable String summary;

	@Size(max = 1000)
	@Pattern(regexp = "|(?i)https?://\\S+")
	private @Nullable String sourceUrl;

	@NotNull
	private Visibility visibility = Visibility.PUBLIC;

	private long version;

	public static DocumentForm of(DocumentView view) {
		DocumentForm form = new DocumentForm();
		form.country = view.iso3();
		form.kind = view.kind();
		form.titleOriginal = view.titleOriginal();
		form.titleEnglish = view.titleEnglish();
		form.language = view.language();
		form.adoptedOn = view.adoptedOn();
		form.inForceOn = view.inForceOn();
		form.status = view.status();
		form.supersedesId = view.supersedes() == null ? null : view.supersedes().id();
		form.areas = view.areas().isEmpty() ? EnumSet.noneOf(org.migracap.reference.FocusArea.class)
				: EnumSet.copyOf(view.areas());
		form.gcmObjectives = new LinkedHashSet<>(view.gcmObjectives());
		form.instruments = new LinkedHashSet<>(view.instruments());
		form.summary = view.summary();
		form.sourceUrl = view.sourceUrl();
		form.visibility = view.visibility();
		form.version = view.version();
		return form;
	}

	public DocumentDetails toDetails() {
		return new DocumentDetails(country, kind, titleOriginal, titleEnglish, language, adoptedOn, inForceOn, status,
				supersedesId, areas, gcmObjectives, instruments, summary, sourceUrl, visibility);
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country == null ? "" : country.trim().toUpperCase(java.util.Locale.ROOT);
	}

	public DocumentKind getKind() {
		return kind;
	}

	public void setKind(DocumentKind kind) {
		this.kind = kind;
	}

	public String getTitleOriginal() {
		return titleOriginal;
	}

	public void setTitleOriginal(String titleOriginal) {
		this.titleOriginal = titleOriginal == null ? "" : titleOriginal;
	}

	public @Nullable String getTitleEnglish() {
		return titleEnglish;
	}

	public void setTitleEnglish(@Nullable String titleEnglish) {
		this.titleEnglish = titleEnglish;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language == null ? "" : language.trim().toLowerCase(java.util.Locale.ROOT);
	}

	public @Nullable LocalDate getAdoptedOn() {
		return adoptedOn;
	}

	public void setAdoptedOn(@Nullable LocalDate adoptedOn) {
		this.adoptedOn = adoptedOn;
	}

	public @Nullable LocalDate getInForceOn() {
		return inForceOn;
	}

	public void setInForceOn(@Nullable LocalDate inForceOn) {
		this.inForceOn = inForceOn;
	}

	public DocumentStatus getStatus() {
		return status;
	}

	public void setStatus(DocumentStatus status) {
		this.status = status;
	}

	public @Nullable Long getSupersedesId() {
		return supersedesId;
	}

	public void setSupersedesId(@Nullable Long supersedesId) {
		this.supersedesId = supersedesId;
	}

	public Set<org.migracap.reference.FocusArea> getAreas() {
		return areas;
	}

	public void setAreas(Set<org.migracap.reference.FocusArea> areas) {
		this.areas = areas == null ? EnumSet.noneOf(org.migracap.reference.FocusArea.class) : areas;
	}

	public Set<Integer> getGcmObjectives() {
		return gcmObjectives;
	}

	public void setGcmObjectives(Set<Integer> gcmObjectives) {
		this.gcmObjectives = gcmObjectives == null ? new LinkedHashSet<>() : gcmObjectives;
	}

	public Set<String> getInstruments() {
		return instruments;
	}

	public void setInstruments(Set<String> instruments) {
		this.instruments = instruments == null ? new LinkedHashSet<>() : instruments;
	}

	public @Nullable String getSummary() {
		return summary;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	public @Nullable String getSourceUrl() {
		return sourceUrl;
	}

	public void setSourceUrl(@Nullable String sourceUrl) {
		this.sourceUrl = sourceUrl;
	}

	public Visibility getVisibility() {
		return visibility;
	}

	public void setVisibility(Visibility visibility) {
		this.visibility = visibility;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/**
	 * Always null: the uploaded file is a request part of its own ({@code file}), never bound to the form. The
	 * property exists so that a refused file's message stands next to the file input, as the other fields' do.
	 */
	public @Nullable Object getFile() {
		return null;
	}

}
