package org.migracap.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.migracap.reference.IncomeGroup;

/**
 * A country or territory of ISO 3166-1, identified by its alpha-3 code. Loaded from the shipped data files.
 */
@Entity
@Audited
@Table(schema = "reference", name = "country")
class Country {

	@Id
	@Column(length = 3)
	private String iso3;

	@Version
	private long version;

	@Column(nullable = false, length = 2, unique = true)
	private String iso2;

	@Column(name = "numeric_code", nullable = false, length = 3, unique = true)
	private String numeric;

	@Column(nullable = false, length = 120)
	private String name;

	@Column(length = 60)
	private @Nullable String region;

	@Column(name = "region_code", length = 3)
	private @Nullable String regionCode;

	@Column(name = "sub_region", length = 80)
	private @Nullable String subRegion;

	@Column(name = "sub_region_code", length = 3)
	private @Nullable String subRegionCode;

	@Column(name = "intermediate_region", length = 80)
	private @Nullable String intermediateRegion;

	@Column(name = "intermediate_region_code", length = 3)
	private @Nullable String intermediateRegionCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "income_group", length = 20)
	private @Nullable IncomeGroup incomeGroup;

	@Column(name = "wb_region", length = 60)
	private @Nullable String worldBankRegion;

	@Column(name = "lending_category", length = 20)
	private @Nullable String lendingCategory;

	protected Country() {
	}

	Country(String iso3) {
		this.iso3 = iso3;
	}

	void update(String iso2, String numeric, String name, @Nullable String region, @Nullable String regionCode,
			@Nullable String subRegion, @Nullable String subRegionCode, @Nullable String intermediateRegion,
			@Nullable String intermediateRegionCode) {
		this.iso2 = iso2;
		this.numeric = numeric;
		this.name = name;
		this.region = region;
		this.regionCode = regionCode;
		this.subRegion = subRegion;
		this.subRegionCode = subRegionCode;
		this.intermediateRegion = intermediateRegion;
		this.intermediateRegionCode = intermediateRegionCode;
	}

	void classify(@Nullable IncomeGroup incomeGroup, @Nullable String worldBankRegion,
			@Nullable String lendingCategory) {
		this.incomeGroup = incomeGroup;
		this.worldBankRegion = worldBankRegion;
		this.lendingCategory = lendingCategory;
	}

	String iso3() {
		return iso3;
	}

	String iso2() {
		return iso2;
	}

	String numeric() {
		return numeric;
	}

	String name() {
		return name;
	}

	@Nullable String region() {
		return region;
	}

	@Nullable String regionCode() {
		return regionCode;
	}

	@Nullable String subRegion() {
		return subRegion;
	}

	@Nullable String subRegionCode() {
		return subRegionCode;
	}

	@Nullable String intermediateRegion() {
		return intermediateRegion;
	}

	@Nullable String intermediateRegionCode() {
		return intermediateRegionCode;
	}

	@Nullable IncomeGroup incomeGroup() {
		return incomeGroup;
	}

	@Nullable String worldBankRegion() {
		return worldBankRegion;
	}

	@Nullable String lendingCategory() {
		return lendingCategory;
	}

}
