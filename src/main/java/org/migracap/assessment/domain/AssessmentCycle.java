package org.migracap.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;

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
import org.migracap.platform.Confidentiality;
import org.migracap.platform.RuleViolationException;

/**
 * One assessment of one country against one framework version, moving through draft, submitted, (returned),
 * validated and published. Its answers are {@link Response}s, saved one at a time.
 */
@Entity
@Audited
@Table(schema = "assessment", name = "cycle")
class AssessmentCycle {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(nullable = false, length = 3)
	private String iso3;

	@Column(name = "framework_id", nullable = false)
	private long frameworkId;

	@Column(name = "framework_code", nullable = false, length = 40)
	private String frameworkCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private CycleKind kind;

	@Column(name = "assessment_year", nullable = false)
	private int year;

	@Column(name = "period_start")
	private @Nullable LocalDate periodStart;

	@Column(name = "period_end")
	private @Nullable LocalDate periodEnd;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private CycleStatus status = CycleStatus.DRAFT;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Confidentiality confidentiality;

	@Column(nullable = false)
	private boolean demo;

	@Column(length = 300)
	private @Nullable String source;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "created_by", nullable = false, length = 80)
	private String createdBy;

	@Column(name = "submitted_at")
	private @Nullable Instant submittedAt;

	@Column(name = "submitted_by", length = 80)
	private @Nullable String submittedBy;

	@Column(name = "validated_at")
	private @Nullable Instant validatedAt;

	@Column(name = "validated_by", length = 80)
	private @Nullable String validatedBy;

	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	@Column(name = "published_by", length = 80)
	private @Nullable String publishedBy;

	@Column(name = "return_comment", length = 4000)
	private @Nullable String returnComment;

	@Column(name = "due_date")
	private @Nullable LocalDate dueDate;

	protected AssessmentCycle() {
	}

	AssessmentCycle(String iso3, FrameworkView framework, CycleKind kind, int year, @Nullable LocalDate periodStart,
			@Nullable LocalDate periodEnd, Confidentiality confidentiality, boolean demo, String createdBy) {
		this.iso3 = iso3;
		this.frameworkId = framework.id();
		this.frameworkCode = framework.code();
		this.kind = kind;
		this.year = year;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.confidentiality = confidentiality;
		this.demo = demo;
		this.createdBy = createdBy;
	}

	void describe(CycleKind kind, int year, @Nullable LocalDate periodStart, @Nullable LocalDate periodEnd,
			Confidentiality confidentiality) {
		requireStatus("assessment.cycle.error.notEditable", CycleStatus.DRAFT, CycleStatus.RETURNED);
		this.kind = kind;
		this.year = year;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.confidentiality = confidentiality;
	}

	void submit(String actor) {
		requireStatus("assessment.cycle.error.cannotSubmit", CycleStatus.DRAFT, CycleStatus.RETURNED);
		status = CycleStatus.SUBMITTED;
		submittedAt = Instant.now();
		submittedBy = actor;
	}

	void returnWithComments(String comment, String actor) {
		requireStatus("assessment.cycle.error.cannotReturn", CycleStatus.SUBMITTED, CycleStatus.VALIDATED);
		status = CycleStatus.RETURNED;
		returnComment = comment;
		validatedAt = null;
		validatedBy = null;
	}

	void validate(String actor) {
		requireStatus("assessment.cycle.error.cannotValidate", CycleStatus.SUBMITTED);
		status = CycleStatus.VALIDATED;
		validatedAt = Instant.now();
		validatedBy = actor;
	}

	void publish(String actor) {
		requireStatus("assessment.cycle.error.cannotPublish", CycleStatus.VALIDATED);
		status = CycleStatus.PUBLISHED;
		publishedAt = Instant.now();
		publishedBy = actor;
	}

	/** Sets or clears the date by which the country is asked to submit; only while it is being filled in. */
	void dueBy(@Nullable LocalDate dueDate) {
		requireStatus("assessment.cycle.error.notEditable", CycleStatus.DRAFT, CycleStatus.RETURNED);
		this.dueDate = dueDate;
	}

	@Nullable LocalDate dueDate() {
		return dueDate;
	}

	/** Who may see a published cycle can change after publication; the answers cannot. */
	void changeConfidentiality(Confidentiality confidentiality) {
		this.confidentiality = confidentiality;
	}

	void requireEditable() {
		requireStatus("assessment.cycle.error.notEditable", CycleStatus.DRAFT, CycleStatus.RETURNED);
	}

	private void requireStatus(String messageKey, CycleStatus... allowed) {
		for (CycleStatus candidate : allowed) {
			if (status == candidate) {
				return;
			}
		}
		throw RuleViolationException.conflict(messageKey, status.name());
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Cycle not saved yet");
		}
		return id;
	}

	long version() {
		return version;
	}

	String iso3() {
		return iso3;
	}

	long frameworkId() {
		return frameworkId;
	}

	String frameworkCode() {
		return frameworkCode;
	}

	CycleKind kind() {
		return kind;
	}

	int year() {
		return year;
	}

	@Nullable LocalDate periodStart() {
		return periodStart;
	}

	@Nullable LocalDate periodEnd() {
		return periodEnd;
	}

	CycleStatus status() {
		return status;
	}

	Confidentiality confidentiality() {
		return confidentiality;
	}

	boolean demo() {
		return demo;
	}

	@Nullable String source() {
		return source;
	}

	void source(@Nullable String source) {
		this.source = source;
	}

	Instant createdAt() {
		return createdAt;
	}

	String createdBy() {
		return createdBy;
	}

	@Nullable Instant submittedAt() {
		return submittedAt;
	}

	@Nullable String submittedBy() {
		return submittedBy;
	}

	@Nullable Instant validatedAt() {
		return validatedAt;
	}

	@Nullable String validatedBy() {
		return validatedBy;
	}

	@Nullable Instant publishedAt() {
		return publishedAt;
	}

	@Nullable String publishedBy() {
		return publishedBy;
	}

	@Nullable String returnComment() {
		return returnComment;
	}

}
