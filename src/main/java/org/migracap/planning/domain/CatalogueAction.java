package org.migracap.planning.domain;

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
 * A typical capacity-building action of the intervention catalogue: the dimension and level step it serves, its
 * indicative costs, duration and uplift. Loaded from {@code planning/catalogue.csv}, then edited by coordinators.
 */
@Entity
@Audited
@Table(schema = "planning", name = "catalogue_action")
class CatalogueAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(nullable = false, unique = true, length = 40)
	private String code;

	@Column(nullable = false, length = 40)
	private String kind;

	@Column(nullable = false)
	private int dimension;

	@Column(nullable = false, length = 40)
	private String areas;

	@Column(name = "from_level", nullable = false)
	private int fromLevel;

	@Column(name = "to_level", nullable = false)
	private int toLevel;

	@Column(name = "name_en", nullable = false, length = 200)
	private String nameEn;

	@Column(name = "name_fr", nullable = false, length = 200)
	private String nameFr;

	@Column(name = "name_es", nullable = false, length = 200)
	private String nameEs;

	@Column(name = "one_off_min", nullable = false, precision = 14, scale = 2)
	private BigDecimal oneOffMin;

	@Column(name = "one_off_max", nullable = false, precision = 14, scale = 2)
	private BigDecimal oneOffMax;

	@Column(name = "recurrent_min", nullable = false, precision = 14, scale = 2)
	private BigDecimal recurrentMin;

	@Column(name = "recurrent_max", nullable = false, precision = 14, scale = 2)
	private BigDecimal recurrentMax;

	@Column(name = "duration_years", nullable = false)
	private int durationYears;

	@Column(nullable = false)
	private double uplift;

	@Column(nullable = false)
	private boolean joint;

	@Column(nullable = false, length = 20)
	private String source;

	protected CatalogueAction() {
	}

	CatalogueAction(CatalogueEntry entry, String source) {
		this.source = source;
		apply(entry);
	}

	void apply(CatalogueEntry e) {
		this.code = e.code();
		this.kind = e.kind();
		this.dimension = e.dimension();
		this.areas = e.areas();
		this.fromLevel = e.fromLevel();
		this.toLevel = e.toLevel();
		this.nameEn = e.nameEn();
		this.nameFr = e.nameFr();
		this.nameEs = e.nameEs();
		this.oneOffMin = BigDecimal.valueOf(e.oneOffMin());
		this.oneOffMax = BigDecimal.valueOf(e.oneOffMax());
		this.recurrentMin = BigDecimal.valueOf(e.recurrentMin());
		this.recurrentMax = BigDecimal.valueOf(e.recurrentMax());
		this.durationYears = e.durationYears();
		this.uplift = e.uplift();
		this.joint = e.joint();
	}

	void edited() {
		this.source = "edited";
	}

	CatalogueEntry entry() {
		return new CatalogueEntry(id(), version, code, kind, dimension, areas, fromLevel, toLevel, nameEn, nameFr,
				nameEs, oneOffMin.doubleValue(), oneOffMax.doubleValue(), recurrentMin.doubleValue(),
				recurrentMax.doubleValue(), durationYears, uplift, joint, source);
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Catalogue action not saved yet");
		}
		return id;
	}

	long version() {
		return version;
	}

	String code() {
		return code;
	}

	String source() {
		return source;
	}

}
