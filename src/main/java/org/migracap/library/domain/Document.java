package org.migracap.library.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;
import org.migracap.library.DocumentKind;
import org.migracap.library.DocumentStatus;
import org.migracap.library.DocumentSummary;
import org.migracap.library.Visibility;
import org.migracap.platform.files.FileFacts;
import org.migracap.reference.FocusArea;

/**
 * A policy or legal document of one country: its metadata, the text extracted from its file and facts about that
 * file. Indexed for full-text search: the text goes to the field of its language ({@code body_en}, {@code body_fr},
 * {@code body_es}, else {@code body_std}) so that each language gets its own stemming, and the {@code audience} field
 * carries who may see it, so that every search filters on it inside Lucene.
 */
@Entity
@Audited
@Indexed(index = Document.INDEX)
@Table(schema = "library", name = "document")
class Document {

	/**
	 * The index name carries the version of this mapping: change it whenever a field changes, and the application
	 * starts on an empty index, which it rebuilds from the database.
	 */
	static final String INDEX = "library-document-2";

	/** Languages with their own analyzer; any other language is indexed with the standard analyzer. */
	static final List<String> ANALYZED_LANGUAGES = List.of("en", "fr", "es");

	static final String PUBLIC_AUDIENCE = "public";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@DocumentId
	private @Nullable Long id;

	@Version
	private long version;

	@Column(name = "country_iso3", nullable = false, length = 3)
	@KeywordField(name = "country", aggregable = Aggregable.YES, projectable = Projectable.YES)
	private String country;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private DocumentKind kind;

	@Column(name = "title_original", nullable = false, length = 500)
	@KeywordField(name = "title_original", projectable = Projectable.YES, searchable = Searchable.NO)
	private String titleOriginal;

	@Column(name = "title_english", length = 500)
	@KeywordField(name = "title_english", projectable = Projectable.YES, searchable = Searchable.NO)
	@FullTextField(name = "title_en", analyzer = LibraryAnalysisConfigurer.ENGLISH)
	private @Nullable String titleEnglish;

	@Column(nullable = false, length = 5)
	@KeywordField(projectable = Projectable.YES)
	private String language;

	@Column(name = "adopted_on")
	@GenericField(name = "adopted", sortable = Sortable.YES, projectable = Projectable.YES)
	private @Nullable LocalDate adoptedOn;

	@Column(name = "in_force_on")
	private @Nullable LocalDate inForceOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private DocumentStatus status;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "supersedes_id")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	private @Nullable Document supersedes;

	@Column(nullable = false, length = 40)
	@KeywordField(name = "areas_text", projectable = Projectable.YES, searchable = Searchable.NO)
	private String areas = "";

	@Column(name = "gcm_objectives", nullable = false, length = 100)
	private String gcmObjectives = "";

	@Column(nullable = false, length = 400)
	private String instruments = "";

	@Column(length = 4000)
	@KeywordField(name = "summary_stored", projectable = Projectable.YES, searchable = Searchable.NO)
	private @Nullable String summary;

	@Column(name = "source_url", length = 1000)
	private @Nullable String sourceUrl;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	@KeywordField(projectable = Projectable.YES)
	private Visibility visibility;

	@Column(nullable = false)
	@GenericField(projectable = Projectable.YES)
	private boolean demo;

	/** The file's facts (null while the document has none); its bytes are in {@link DocumentFiles}. */
	@Embedded
	@AttributeOverride(name = "fileName", column = @Column(name = "file_name", length = 255))
	@AttributeOverride(name = "contentType", column = @Column(name = "media_type", length = 100))
	@AttributeOverride(name = "size", column = @Column(name = "file_size"))
	@AttributeOverride(name = "sha256", column = @Column(name = "file_sha256", length = 64))
	private @Nullable FileFacts file;

	@Column(name = "text_truncated", nullable = false)
	private boolean textTruncated;

	@NotAudited
	@Column(name = "content", length = 1_000_000)
	private @Nullable String text;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	protected Document() {
	}

	Document(String country, boolean demo) {
		this.country = country;
		this.demo = demo;
	}

	void describe(DocumentDetails details) {
		this.kind = details.kind();
		this.titleOriginal = details.titleOriginal().strip();
		this.titleEnglish = blankToNull(details.titleEnglish());
		this.language = details.language();
		this.adoptedOn = details.adoptedOn();
		this.inForceOn = details.inForceOn();
		this.status = details.status();
		this.areas = details.areas().stream().map(FocusArea::name).sorted().collect(Collectors.joining(" "));
		this.gcmObjectives = details.gcmObjectives()
			.stream()
			.sorted()
			.map(String::valueOf)
			.collect(Collectors.joining(" "));
		this.instruments = details.instruments().stream().sorted().collect(Collectors.joining(" "));
		this.summary = blankToNull(details.summary());
		this.sourceUrl = blankToNull(details.sourceUrl());
		this.visibility = details.visibility();
		this.updatedAt = Instant.now();
	}

	void supersede(@Nullable Document previous) {
		this.supersedes = previous;
	}

	void attach(FileFacts file, ExtractedText extracted) {
		this.file = file;
		this.text = extracted.text();
		this.textTruncated = extracted.truncated();
		this.updatedAt = Instant.now();
	}

	// Derived index fields.

	@KeywordField(name = "area", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "areas")))
	Set<String> getAreaCodes() {
		return split(areas);
	}

	/** The year of adoption as a keyword: facets count keywords by ordinal, much faster than numbers. */
	@KeywordField(name = "year", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "adoptedOn")))
	@Nullable String getYear() {
		return adoptedOn == null ? null : String.valueOf(adoptedOn.getYear());
	}

	/** {@code public}, or {@code country:KEN} for a document only Kenya and IOM may see. */
	@KeywordField(name = "audience")
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "visibility")),
			@ObjectPath(@PropertyValue(propertyName = "country")) })
	String getAudience() {
		return audienceOf(visibility, country);
	}

	static String audienceOf(Visibility visibility, String iso3) {
		return visibility == Visibility.PUBLIC ? PUBLIC_AUDIENCE : "country:" + iso3;
	}

	@KeywordField(name = "title_sort", sortable = Sortable.YES, normalizer = LibraryAnalysisConfigurer.SORT)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "titleOriginal")),
			@ObjectPath(@PropertyValue(propertyName = "titleEnglish")) })
	String getSortTitle() {
		String title = titleEnglish == null ? titleOriginal : titleEnglish;
		return title.length() > 200 ? title.substring(0, 200) : title;
	}

	@FullTextField(name = "title_suggest", analyzer = LibraryAnalysisConfigurer.AUTOCOMPLETE,
			searchAnalyzer = LibraryAnalysisConfigurer.STANDARD)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "titleOriginal")),
			@ObjectPath(@PropertyValue(propertyName = "titleEnglish")) })
	List<String> getSuggestTitles() {
		List<String> titles = new ArrayList<>();
		titles.add(titleOriginal);
		if (titleEnglish != null) {
			titles.add(titleEnglish);
		}
		return titles;
	}

	/** Titles and summary without stemming, so that a word in any language matches as written. */
	@FullTextField(name = "all_std", analyzer = LibraryAnalysisConfigurer.STANDARD)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "titleOriginal")),
			@ObjectPath(@PropertyValue(propertyName = "titleEnglish")),
			@ObjectPath(@PropertyValue(propertyName = "summary")) })
	String getHeadline() {
		return titleOriginal + "\n" + (titleEnglish == null ? "" : titleEnglish) + "\n"
				+ (summary == null ? "" : summary);
	}

	@FullTextField(name = "body_en", analyzer = LibraryAnalysisConfigurer.ENGLISH,
			highlightable = Highlightable.UNIFIED, termVector = TermVector.WITH_POSITIONS_OFFSETS)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "text")),
			@ObjectPath(@PropertyValue(propertyName = "language")),
			@ObjectPath(@PropertyValue(propertyName = "titleOriginal")),
			@ObjectPath(@PropertyValue(propertyName = "summary")) })
	@Nullable String getBodyEn() {
		return bodyIn("en");
	}

	@FullTextField(name = "body_fr", analyzer = LibraryAnalysisConfigurer.FRENCH,
			highlightable = Highlightable.UNIFIED, termVector = TermVector.WITH_POSITIONS_OFFSETS)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "text")),
			@ObjectPath(@PropertyValue(propertyName = "language")),
			@ObjectPath(@PropertyValue(propertyName = "titleOriginal")),
			@ObjectPath(@PropertyValue(propertyName = "summary")) })
	@Nullable String getBodyFr() {
		return bodyIn("fr");
	}

	@FullTextField(name = "body_es", analyzer = LibraryAnalysisConfigurer.SPANISH,
			highlightable = Highlightable.UNIFIED, termVector = TermVector.WITH_POSITIONS_OFFSETS)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "text")),
			@ObjectPath(@PropertyValue(propertyName = "language")),
			@ObjectPath(@PropertyValue(propertyName = "titleOriginal")),
			@ObjectPath(@PropertyValue(propertyName = "summary")) })
	@Nullable String getBodyEs() {
		return bodyIn("es");
	}

	@FullTextField(name = "body_std", analyzer = LibraryAnalysisConfigurer.STANDARD,
			highlightable = Highlightable.UNIFIED, termVector = TermVector.WITH_POSITIONS_OFFSETS)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "text")),
			@ObjectPath(@PropertyValue(propertyName = "language")),
			@ObjectPath(@PropertyValue(propertyName = "titleOriginal")),
			@ObjectPath(@PropertyValue(propertyName = "summary")) })
	@Nullable String getBodyStd() {
		return ANALYZED_LANGUAGES.contains(language) ? null : body();
	}

	private @Nullable String bodyIn(String lang) {
		return lang.equals(language) ? body() : null;
	}

	private String body() {
		StringBuilder body = new StringBuilder(titleOriginal);
		if (summary != null) {
			body.append("\n\n").append(summary);
		}
		if (text != null) {
			body.append("\n\n").append(text);
		}
		return body.toString();
	}

	// Accessors.

	long id() {
		return id == null ? 0 : id;
	}

	long version() {
		return version;
	}

	String country() {
		return country;
	}

	DocumentKind kind() {
		return kind;
	}

	String titleOriginal() {
		return titleOriginal;
	}

	@Nullable String titleEnglish() {
		return titleEnglish;
	}

	String language() {
		return language;
	}

	@Nullable LocalDate adoptedOn() {
		return adoptedOn;
	}

	@Nullable LocalDate inForceOn() {
		return inForceOn;
	}

	DocumentStatus status() {
		return status;
	}

	void markStatus(DocumentStatus status) {
		this.status = status;
		this.updatedAt = Instant.now();
	}

	@Nullable Document supersedes() {
		return supersedes;
	}

	Set<FocusArea> areaSet() {
		Set<FocusArea> set = EnumSet.noneOf(FocusArea.class);
		split(areas).forEach(code -> set.add(FocusArea.of(code)));
		return set;
	}

	Set<Integer> gcmSet() {
		return split(gcmObjectives).stream().map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
	}

	Set<String> instrumentSet() {
		return split(instruments);
	}

	@Nullable String summary() {
		return summary;
	}

	@Nullable String sourceUrl() {
		return sourceUrl;
	}

	Visibility visibility() {
		return visibility;
	}

	boolean demo() {
		return demo;
	}

	@Nullable FileFacts file() {
		return file;
	}

	boolean textTruncated() {
		return textTruncated;
	}

	@Nullable String text() {
		return text;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	DocumentSummary toSummary() {
		return new DocumentSummary(id(), country, kind, titleOriginal, titleEnglish, language, adoptedOn, inForceOn,
				status, areaSet(), visibility, demo);
	}

	static Set<String> split(@Nullable String codes) {
		if (codes == null || codes.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(codes.trim().split("\\s+")).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
