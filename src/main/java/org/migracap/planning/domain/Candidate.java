package org.migracap.planning.domain;

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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.migracap.reference.FocusArea;

/**
 * A candidate intervention of one scenario: what it costs (one-off in its start year, recurrent every later year),
 * how many levels it lifts the indicator it targets in each country it serves, what it depends on and which
 * alternatives exclude it.
 */
@Entity
@Audited
@Table(schema = "planning", name = "candidate")
class Candidate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(name = "scenario_id", nullable = false)
	private long scenarioId;

	@Column(nullable = false, length = 40)
	private String code;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(nullable = false, length = 400)
	private String countries;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 1)
	private FocusArea area;

	@Column(name = "indicator_code", length = 10)
	private @Nullable String indicatorCode;

	@Column(name = "catalogue_code", length = 40)
	private @Nullable String catalogueCode;

	@Column(name = "request_id")
	private @Nullable Long requestId;

	@Column(length = 10)
	private @Nullable String urgency;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private CandidateOrigin origin;

	@Column(name = "one_off_cost", nullable = false, precision = 14, scale = 2)
	private BigDecimal oneOffCost;

	@Column(name = "recurrent_cost", nullable = false, precision = 14, scale = 2)
	private BigDecimal recurrentCost;

	@Column(name = "start_year", nullable = false)
	private int startYear;

	@Column(name = "duration_years", nullable = false)
	private int durationYears;

	@Column(nullable = false)
	private double uplift;

	@Column(name = "depends_on", nullable = false, length = 400)
	private String dependsOn = "";

	@Column(name = "exclusion_group", length = 40)
	private @Nullable String exclusionGroup;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 15)
	private CandidateDecision decision = CandidateDecision.FREE;

	protected Candidate() {
	}

	Candidate(long scenarioId, CandidateData data) {
		this.scenarioId = scenarioId;
		this.origin = data.origin();
		this.catalogueCode = data.catalogueCode();
		this.requestId = data.requestId();
		this.urgency = data.urgency();
		apply(data);
	}

	void apply(CandidateData d) {
		this.code = d.code();
		this.title = d.title();
		this.countries = String.join(",", d.countries());
		this.area = d.area();
		this.indicatorCode = d.indicatorCode();
		this.oneOffCost = BigDecimal.valueOf(d.oneOffCost());
		this.recurrentCost = BigDecimal.valueOf(d.recurrentCost());
		this.startYear = d.startYear();
		this.durationYears = d.durationYears();
		this.uplift = d.uplift();
		this.dependsOn = String.join(",", d.dependsOn());
		this.exclusionGroup = d.exclusionGroup() == null || d.exclusionGroup().isBlank() ? null : d.exclusionGroup().trim();
		this.decision = d.decision();
	}

	CandidateView view() {
		return new CandidateView(id(), version, scenarioId, code, title, ScenarioSettings.parseList(countries), area,
				indicatorCode, catalogueCode, requestId, urgency, origin, oneOffCost.doubleValue(),
				recurrentCost.doubleValue(), startYear, durationYears, uplift, ScenarioSettings.parseList(dependsOn),
				exclusionGroup, decision);
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Candidate not saved yet");
		}
		return id;
	}

	long version() {
		return version;
	}

	long scenarioId() {
		return scenarioId;
	}

	String code() {
		return code;
	}

}
