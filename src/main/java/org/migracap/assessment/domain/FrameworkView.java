package org.migracap.assessment.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Text;
import org.migracap.reference.FocusArea;

/**
 * A framework version as pages and services read it: its status and its content, with look-ups by indicator code.
 * Published and retired versions never change, so views of them are cached.
 */
public final class FrameworkView implements Serializable {

	private final long id;

	private final long version;

	private final FrameworkStatus status;

	private final Instant createdAt;

	private final String createdBy;

	private final @Nullable Instant publishedAt;

	private final FrameworkDocument document;

	private final Map<String, FrameworkDocument.Indicator> indicators = new LinkedHashMap<>();

	private final Map<String, FrameworkDocument.Area> areaOfIndicator = new LinkedHashMap<>();

	FrameworkView(long id, long version, FrameworkStatus status, Instant createdAt, String createdBy,
			@Nullable Instant publishedAt, FrameworkDocument document) {
		this.id = id;
		this.version = version;
		this.status = status;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.publishedAt = publishedAt;
		this.document = document;
		for (FrameworkDocument.Area area : document.areas()) {
			for (FrameworkDocument.Indicator indicator : area.indicators()) {
				indicators.put(indicator.code(), indicator);
				areaOfIndicator.put(indicator.code(), area);
			}
		}
	}

	public long id() {
		return id;
	}

	/** The optimistic-locking version of the record (not the framework version). */
	public long version() {
		return version;
	}

	public String code() {
		return document.code();
	}

	public int frameworkVersion() {
		return document.version();
	}

	public FrameworkStatus status() {
		return status;
	}

	public boolean draft() {
		return status == FrameworkStatus.DRAFT;
	}

	public RatingScale scale() {
		return document.scale();
	}

	public boolean core() {
		return document.core();
	}

	public Text title() {
		return document.title();
	}

	public @Nullable Text description() {
		return document.description();
	}

	public Instant createdAt() {
		return createdAt;
	}

	public String createdBy() {
		return createdBy;
	}

	public @Nullable Instant publishedAt() {
		return publishedAt;
	}

	public FrameworkDocument document() {
		return document;
	}

	public List<FrameworkDocument.Area> areas() {
		return document.areas();
	}

	public List<FrameworkDocument.Indicator> indicators() {
		return List.copyOf(indicators.values());
	}

	public int indicatorCount() {
		return indicators.size();
	}

	public Optional<FrameworkDocument.Indicator> indicator(String code) {
		return Optional.ofNullable(indicators.get(code));
	}

	public FrameworkDocument.Area areaOf(String indicatorCode) {
		FrameworkDocument.Area area = areaOfIndicator.get(indicatorCode);
		if (area == null) {
			throw new IllegalArgumentException("No indicator " + indicatorCode + " in " + label());
		}
		return area;
	}

	public @Nullable FocusArea focusAreaOf(String indicatorCode) {
		return areaOf(indicatorCode).focusArea();
	}

	/** {@code MIGRACAP_CORE v1}. */
	public String label() {
		return code() + " v" + frameworkVersion();
	}

}
