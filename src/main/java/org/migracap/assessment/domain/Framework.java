package org.migracap.assessment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.Text;

/**
 * A version of an assessment framework: areas, indicators and their level rubrics. Only a draft can change; a
 * published framework is immutable, and changing it means a new version.
 */
@Entity
@Audited
@Table(schema = "assessment", name = "framework")
class Framework {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(nullable = false, length = 40)
	private String code;

	@Column(name = "framework_version", nullable = false)
	private int frameworkVersion;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private FrameworkStatus status = FrameworkStatus.DRAFT;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private RatingScale scale;

	@Column(nullable = false)
	private boolean core;

	@Embedded
	@EmbeddedColumnNaming("title_%s")
	private @Nullable Text title;

	@Embedded
	@EmbeddedColumnNaming("description_%s")
	private @Nullable Text description;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "created_by", nullable = false, length = 80)
	private String createdBy;

	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	@Column(name = "published_by", length = 80)
	private @Nullable String publishedBy;

	@OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<FrameworkArea> areas = new ArrayList<>();

	protected Framework() {
	}

	Framework(FrameworkDocument document, int frameworkVersion, String createdBy) {
		this.code = document.code();
		this.frameworkVersion = frameworkVersion;
		this.scale = document.scale();
		this.core = document.core();
		this.createdBy = createdBy;
		replaceContent(document);
	}

	/** Replaces everything but the code and version with the content of the document (drafts only). */
	void replaceContent(FrameworkDocument document) {
		requireDraft();
		this.scale = document.scale();
		this.core = document.core();
		this.title = document.title();
		this.description = document.description();
		areas.clear();
		int position = 0;
		for (FrameworkDocument.Area area : document.areas()) {
			areas.add(new FrameworkArea(this, area, position++));
		}
	}

	/** Removes every area (drafts only), so that new areas with the same codes can follow after a flush. */
	void clearAreas() {
		requireDraft();
		areas.clear();
	}

	/** Changes the title and description of a draft. */
	void describe(Text title, @Nullable Text description) {
		requireDraft();
		this.title = title;
		this.description = description;
	}

	/** Replaces one indicator of a draft in place (its code stays). */
	void replaceIndicator(FrameworkDocument.Indicator indicator) {
		requireDraft();
		for (FrameworkArea area : areas) {
			if (area.replaceIndicator(indicator)) {
				return;
			}
		}
		throw org.migracap.platform.NotFoundException.of("indicator", indicator.code());
	}

	FrameworkDocument toDocument() {
		return new FrameworkDocument(code, frameworkVersion, scale, core, Text.orEmpty(title),
				FrameworkRules.withEnglish(description),
				areas.stream().map(FrameworkArea::toDocument).toList());
	}

	void publish(String actor) {
		requireDraft();
		status = FrameworkStatus.PUBLISHED;
		publishedAt = Instant.now();
		publishedBy = actor;
	}

	void retire() {
		if (status != FrameworkStatus.PUBLISHED) {
			throw RuleViolationException.conflict("assessment.framework.error.notPublished", code, frameworkVersion);
		}
		status = FrameworkStatus.RETIRED;
	}

	void requireDraft() {
		if (status != FrameworkStatus.DRAFT) {
			throw RuleViolationException.conflict("assessment.framework.error.immutable", code, frameworkVersion);
		}
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Framework not saved yet");
		}
		return id;
	}

	long version() {
		return version;
	}

	String code() {
		return code;
	}

	int frameworkVersion() {
		return frameworkVersion;
	}

	FrameworkStatus status() {
		return status;
	}

	RatingScale scale() {
		return scale;
	}

	boolean core() {
		return core;
	}

	Instant createdAt() {
		return createdAt;
	}

	String createdBy() {
		return createdBy;
	}

	@Nullable Instant publishedAt() {
		return publishedAt;
	}

	@Nullable String publishedBy() {
		return publishedBy;
	}

	List<FrameworkArea> areas() {
		return areas;
	}

}
