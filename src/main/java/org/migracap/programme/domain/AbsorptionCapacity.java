package org.migracap.programme.domain;

import java.math.BigDecimal;
import java.time.Instant;

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
 * How much recurrent cost a country declares it can take over from programmes in a year (in the reporting currency),
 * as recorded by its focal point or an IOM coordinator. Confidential to the country and IOM.
 */
@Entity
@Audited
@Table(schema = "programme", name = "absorption_capacity")
class AbsorptionCapacity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable Long id;

	@Version
	long version;

	@Column(nullable = false, length = 3)
	String iso3;

	@Column(name = "fiscal_year", nullable = false)
	int year;

	@Column(nullable = false, precision = 18, scale = 2)
	BigDecimal amount;

	@Column(length = 1000)
	@Nullable String note;

	@Column(name = "recorded_by", nullable = false, length = 200)
	String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	Instant recordedAt;

	protected AbsorptionCapacity() {
	}

	AbsorptionCapacity(String iso3, int year) {
		this.iso3 = iso3;
		this.year = year;
	}

	void record(BigDecimal amount, @Nullable String note, String by, Instant at) {
		this.amount = amount;
		this.note = note == null || note.isBlank() ? null : note.trim();
		this.recordedBy = by;
		this.recordedAt = at;
	}

}
