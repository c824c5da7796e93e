package org.migracap.assessment.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a cycle to one indicator: the level, how confident the assessor is, the evidence, the target, and
 * comments of the State and of the reviewer. Keyed by the indicator code, which stays the same across framework
 * versions.
 */
@Entity
@Audited
@Table(schema = "assessment", name = "response")
class Response {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(name = "cycle_id", nullable = false)
	private long cycleId;

	@Column(name = "indicator_code", nullable = false, length = 20)
	private String indicatorCode;

	private @Nullable Integer level;

	@Enumerated(EnumType.STRING)
	@Column(length = 10)
	private @Nullable Confidence confidence;

	@Column(name = "target_level")
	private @Nullable Integer targetLevel;

	@Column(name = "target_year")
	private @Nullable Integer targetYear;

	@Column(name = "evidence_text", length = 4000)
	private @Nullable String evidenceText;

	@Column(name = "evidence_links", length = 2000)
	private @Nullable String evidenceLinks;

	@Column(name = "focal_comment", length = 2000)
	private @Nullable String comment;

	@Column(name = "reviewer_comment", length = 2000)
	private @Nullable String reviewerComment;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	@Column(name = "updated_by", nullable = false, length = 80)
	private String updatedBy;

	protected Response() {
	}

	Response(long cycleId, String indicatorCode, String actor) {
		this.cycleId = cycleId;
		this.indicatorCode = indicatorCode;
		this.updatedBy = actor;
	}

	void answer(Answer answer, String actor) {
		this.level = answer.level();
		this.confidence = answer.confidence();
		this.targetLevel = answer.targetLevel();
		this.targetYear = answer.targetLevel() == null ? null : answer.targetYear();
		this.evidenceText = blank(answer.evidenceText());
		this.evidenceLinks = answer.evidenceLinks().isEmpty() ? null : String.join("\n", answer.evidenceLinks());
		this.comment = blank(answer.comment());
		touch(actor);
	}

	void review(@Nullable String reviewerComment, String actor) {
		this.reviewerComment = blank(reviewerComment);
		touch(actor);
	}

	private void touch(String actor) {
		this.updatedAt = Instant.now();
		this.updatedBy = actor;
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Response not saved yet");
		}
		return id;
	}

	long version() {
		return version;
	}

	long cycleId() {
		return cycleId;
	}

	String indicatorCode() {
		return indicatorCode;
	}

	@Nullable Integer level() {
		return level;
	}

	@Nullable Confidence confidence() {
		return confidence;
	}

	@Nullable Integer targetLevel() {
		return targetLevel;
	}

	@Nullable Integer targetYear() {
		return targetYear;
	}

	@Nullable String evidenceText() {
		return evidenceText;
	}

	@Nullable String evidenceLinks() {
		return evidenceLinks;
	}

	@Nullable String comment() {
		return comment;
	}

	@Nullable String reviewerComment() {
		return reviewerComment;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	String updatedBy() {
		return updatedBy;
	}

}
