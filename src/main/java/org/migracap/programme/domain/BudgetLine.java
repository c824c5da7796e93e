package org.migracap.programme.domain;

import java.math.BigDecimal;

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
 * One costed line of a programme's budget for one year: one-off (equipment, a study) or recurrent (salaries,
 * licences, maintenance that go on after the programme), who funds it and which country bears it (none: shared
 * equally among the programme's countries).
 */
@Entity
@Audited
@Table(schema = "programme", name = "budget_line")
class BudgetLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable Long id;

	@Version
	long version;

	@Column(name = "programme_id", nullable = false)
	long programmeId;

	@Column(name = "fiscal_year", nullable = false)
	int year;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	CostKind kind;

	@Column(nullable = false, precision = 18, scale = 2)
	BigDecimal amount;

	@Column(length = 3)
	@Nullable String country;

	@Enumerated(EnumType.STRING)
	@Column(name = "funding_source", nullable = false, length = 20)
	FundingSource fundingSource;

	@Column(length = 200)
	@Nullable String donor;

	@Column(nullable = false, length = 500)
	String description;

	protected BudgetLine() {
	}

	void change(int year, CostKind kind, BigDecimal amount, @Nullable String country, FundingSource fundingSource,
			@Nullable String donor, String description) {
		this.year = year;
		this.kind = kind;
		this.amount = amount;
		this.country = country == null || country.isBlank() ? null : country;
		this.fundingSource = fundingSource;
		this.donor = donor == null || donor.isBlank() ? null : donor.trim();
		this.description = description.trim();
	}

	BudgetLine(long programmeId, int year, CostKind kind, BigDecimal amount, @Nullable String country,
			FundingSource fundingSource, @Nullable String donor, String description) {
		this.programmeId = programmeId;
		this.year = year;
		this.kind = kind;
		this.amount = amount;
		this.country = country == null || country.isBlank() ? null : country;
		this.fundingSource = fundingSource;
		this.donor = donor == null || donor.isBlank() ? null : donor.trim();
		this.description = description.trim();
	}

}
