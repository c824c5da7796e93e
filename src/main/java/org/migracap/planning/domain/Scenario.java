package org.migracap.planning.domain;

import java.math.BigDecimal;
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
 * A planning scenario: a horizon of budget years with a budget each, the countries and areas it plans for, the
 * weights of the criteria, and the constraints. Lists and maps are kept as short text columns so that every change
 * is one audited row; {@link ScenarioSettings} reads and writes them.
 */
@Entity
@Audited
@Table(schema = "planning", name = "scenario")
class Scenario {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 2000)
	private @Nullable String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ScenarioStatus status = ScenarioStatus.DRAFT;

	@Column(nullable = false)
	private boolean demo;

	@Column(name = "start_year", nullable = false)
	private int startYear;

	@Column(name = "horizon_years", nullable = false)
	private int horizonYears;

	@Column(nullable = false, length = 1000)
	private String budgets = "";

	@Column(nullable = false)
	private String countries = "";

	@Column(nullable = false, length = 40)
	private String areas = "";

	@Column(name = "need_weight", nullable = false)
	private double needWeight = 1;

	@Column(name = "leverage_weight", nullable = false)
	private double leverageWeight = 1;

	@Column(name = "urgency_weight", nullable = false)
	private double urgencyWeight = 1;

	@Column(name = "low_resource_weight", nullable = false)
	private double lowResourceWeight = 1;

	@Column(name = "area_weights", nullable = false, length = 400)
	private String areaWeights = "";

	@Column(name = "area_weights_source", nullable = false, length = 200)
	private String areaWeightsSource = "typed";

	@Column(name = "country_cap", precision = 16, scale = 2)
	private @Nullable BigDecimal countryCap;

	@Column(name = "regional_floors", nullable = false, length = 2000)
	private String regionalFloors = "";

	@Column(nullable = false)
	private String absorption = "";

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "adopted_at")
	private @Nullable Instant adoptedAt;

	@Column(name = "adopted_by", length = 80)
	private @Nullable String adoptedBy;

	protected Scenario() {
	}

	Scenario(ScenarioSettings settings, boolean demo) {
		this.demo = demo;
		apply(settings);
	}

	void apply(ScenarioSettings s) {
		this.name = s.name();
		this.description = s.description();
		this.startYear = s.startYear();
		this.horizonYears = s.budgets().size();
		this.budgets = ScenarioSettings.joinNumbers(s.budgets());
		this.countries = String.join(",", s.countries());
		this.areas = ScenarioSettings.joinAreas(s.areas());
		this.needWeight = s.needWeight();
		this.leverageWeight = s.leverageWeight();
		this.urgencyWeight = s.urgencyWeight();
		this.lowResourceWeight = s.lowResourceWeight();
		this.areaWeights = ScenarioSettings.joinAreaWeights(s.areaWeights());
		this.areaWeightsSource = s.areaWeightsSource();
		this.countryCap = s.countryCap() == null ? null : BigDecimal.valueOf(s.countryCap());
		this.regionalFloors = ScenarioSettings.joinMap(s.regionalFloors());
		this.absorption = ScenarioSettings.joinMap(s.absorption());
	}

	ScenarioSettings settings() {
		return new ScenarioSettings(name, description, startYear, ScenarioSettings.parseNumbers(budgets),
				ScenarioSettings.parseList(countries), ScenarioSettings.parseAreas(areas), needWeight, leverageWeight,
				urgencyWeight, lowResourceWeight, ScenarioSettings.parseAreaWeights(areaWeights), areaWeightsSource,
				countryCap == null ? null : countryCap.doubleValue(), ScenarioSettings.parseMap(regionalFloors),
				ScenarioSettings.parseMap(absorption));
	}

	void changeStatus(ScenarioStatus status) {
		this.status = status;
	}

	void adopt(String username) {
		this.status = ScenarioStatus.ADOPTED;
		this.adoptedAt = Instant.now();
		this.adoptedBy = username;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Scenario not saved yet");
		}
		return id;
	}

	long version() {
		return version;
	}

	String name() {
		return name;
	}

	ScenarioStatus status() {
		return status;
	}

	boolean demo() {
		return demo;
	}

	Instant createdAt() {
		return createdAt;
	}

	@Nullable Instant adoptedAt() {
		return adoptedAt;
	}

	@Nullable String adoptedBy() {
		return adoptedBy;
	}

}
