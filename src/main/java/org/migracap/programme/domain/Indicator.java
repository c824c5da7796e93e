package org.migracap.programme.domain;

import java.math.BigDecimal;

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
 * A results indicator of a programme, attached to an outcome or output of its log frame, with its IATI measure
 * (1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative), direction, baseline and, optionally, the code of the
 * assessment indicator it moves (e.g. {@code B3}).
 */
@Entity
@Audited
@Table(schema = "programme", name = "indicator")
class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable Long id;

	@Version
	long version;

	@Column(name = "programme_id", nullable = false)
	long programmeId;

	@Column(name = "logframe_item_id")
	@Nullable Long logframeItemId;

	@Column(nullable = false, length = 300)
	String title;

	@Column(nullable = false)
	int measure;

	@Column(nullable = false)
	boolean ascending = true;

	@Column(name = "baseline_year", nullable = false)
	int baselineYear;

	@Column(name = "baseline_value", nullable = false, precision = 18, scale = 4)
	BigDecimal baselineValue;

	@Column(name = "assessment_indicator", length = 10)
	@Nullable String assessmentIndicator;

	protected Indicator() {
	}

	Indicator(long programmeId, @Nullable Long logframeItemId, String title, int measure, boolean ascending,
			int baselineYear, BigDecimal baselineValue, @Nullable String assessmentIndicator) {
		this.programmeId = programmeId;
		this.logframeItemId = logframeItemId;
		this.title = title.trim();
		this.measure = measure;
		this.ascending = ascending;
		this.baselineYear = baselineYear;
		this.baselineValue = baselineValue;
		this.assessmentIndicator = assessmentIndicator == null || assessmentIndicator.isBlank() ? null
				: assessmentIndicator.trim().toUpperCase(java.util.Locale.ROOT);
	}

}
