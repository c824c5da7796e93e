package org.migracap.programme.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A reporting period of an indicator: its target and, once reported, its actual value. A period that has ended
 * without an actual is overdue.
 */
@Entity
@Audited
@Table(schema = "programme", name = "indicator_period")
class IndicatorPeriod {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable Long id;

	@Version
	long version;

	@Column(name = "indicator_id", nullable = false)
	long indicatorId;

	@Column(name = "programme_id", nullable = false)
	long programmeId;

	@Column(name = "period_start", nullable = false)
	LocalDate start;

	@Column(name = "period_end", nullable = false)
	LocalDate end;

	@Column(nullable = false, precision = 18, scale = 4)
	BigDecimal target;

	@Column(precision = 18, scale = 4)
	@Nullable BigDecimal actual;

	@Column(name = "actual_comment", length = 1000)
	@Nullable String actualComment;

	@Column(name = "actual_recorded_at")
	@Nullable Instant actualRecordedAt;

	@Column(name = "actual_recorded_by", length = 200)
	@Nullable String actualRecordedBy;

	protected IndicatorPeriod() {
	}

	IndicatorPeriod(long indicatorId, long programmeId, LocalDate start, LocalDate end, BigDecimal target) {
		this.indicatorId = indicatorId;
		this.programmeId = programmeId;
		this.start = start;
		this.end = end;
		this.target = target;
	}

	void record(@Nullable BigDecimal actual, @Nullable String comment, String by, Instant at) {
		this.actual = actual;
		this.actualComment = comment == null || comment.isBlank() ? null : comment.trim();
		this.actualRecordedBy = by;
		this.actualRecordedAt = at;
	}

	boolean overdue(LocalDate today) {
		return actual == null && end.isBefore(today);
	}

}
