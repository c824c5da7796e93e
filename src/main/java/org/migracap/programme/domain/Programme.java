package org.migracap.programme.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.FocusArea;

/**
 * A capacity-building programme: what IOM delivers for one or more countries in some areas, with its goal, dates,
 * IATI activity status, ODA classification and whether it is published (its public parts then show to everybody and
 * go into the IATI export). Countries and areas are comma-separated codes.
 */
@Entity
@Audited
@Table(schema = "programme", name = "programme")
class Programme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(nullable = false, unique = true, length = 40)
	private String code;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 8000)
	private String description;

	@Column(length = 2000)
	private @Nullable String goal;

	@Column(nullable = false, length = 400)
	private String countries;

	@Column(nullable = false, length = 40)
	private String areas;

	@Column(nullable = false)
	private int status;

	@Column(name = "planned_start", nullable = false)
	private LocalDate plannedStart;

	@Column(name = "planned_end", nullable = false)
	private LocalDate plannedEnd;

	@Column(name = "actual_start")
	private @Nullable LocalDate actualStart;

	@Column(name = "actual_end")
	private @Nullable LocalDate actualEnd;

	@Column(name = "request_id")
	private @Nullable Long requestId;

	@Column(name = "scenario_id")
	private @Nullable Long scenarioId;

	@Column(length = 100)
	private @Nullable String origin;

	@Column(name = "oda_eligible", nullable = false)
	private boolean odaEligible = true;

	@Column(name = "dac_code", nullable = false, length = 5)
	private String dacCode = ProgrammeSettings.DEFAULT_DAC_CODE;

	@Column(name = "policy_markers", nullable = false, length = 200)
	private String policyMarkers = "";

	@Column(nullable = false, length = 3)
	private String currency;

	@Column(nullable = false)
	private boolean published;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private boolean demo;

	protected Programme() {
	}

	Programme(String code, String title, String description, List<String> countries, Set<FocusArea> areas,
			LocalDate plannedStart, LocalDate plannedEnd, String currency, Instant createdAt) {
		this.code = code;
		this.currency = currency;
		this.createdAt = createdAt;
		this.status = 1;
		describe(title, description, null, countries, areas, plannedStart, plannedEnd);
	}

	void describe(String title, String description, @Nullable String goal, List<String> countries,
			Set<FocusArea> areas, LocalDate plannedStart, LocalDate plannedEnd) {
		if (countries.isEmpty() || areas.isEmpty()) {
			throw RuleViolationException.invalid("programme.error.countriesAreas");
		}
		if (plannedEnd.isBefore(plannedStart)) {
			throw RuleViolationException.invalid("programme.error.dates");
		}
		this.title = title.trim();
		this.description = description.trim();
		this.goal = goal == null || goal.isBlank() ? null : goal.trim();
		this.countries = String.join(",", new LinkedHashSet<>(countries));
		this.areas = EnumSet.copyOf(areas).stream().map(FocusArea::code).collect(Collectors.joining(","));
		this.plannedStart = plannedStart;
		this.plannedEnd = plannedEnd;
	}

	void setStatus(int status, @Nullable LocalDate actualStart, @Nullable LocalDate actualEnd) {
		if (status < 1 || status > 6) {
			throw RuleViolationException.invalid("programme.error.status");
		}
		if (actualStart != null && actualEnd != null && actualEnd.isBefore(actualStart)) {
			throw RuleViolationException.invalid("programme.error.dates");
		}
		this.status = status;
		this.actualStart = actualStart;
		this.actualEnd = actualEnd;
	}

	void classify(boolean odaEligible, String dacCode, String policyMarkers) {
		this.odaEligible = odaEligible;
		this.dacCode = dacCode;
		this.policyMarkers = policyMarkers;
	}

	void setPublished(boolean published) {
		this.published = published;
	}

	void source(@Nullable Long requestId, @Nullable Long scenarioId, @Nullable String origin) {
		this.requestId = requestId;
		this.scenarioId = scenarioId;
		this.origin = origin;
	}

	void markDemo() {
		this.demo = true;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Programme not saved yet");
		}
		return id;
	}

	long version() {
		return version;
	}

	String code() {
		return code;
	}

	String title() {
		return title;
	}

	String description() {
		return description;
	}

	@Nullable String goal() {
		return goal;
	}

	List<String> countries() {
		return Arrays.stream(countries.split(",")).filter(c -> !c.isBlank()).toList();
	}

	Set<FocusArea> areas() {
		Set<FocusArea> set = EnumSet.noneOf(FocusArea.class);
		Arrays.stream(areas.split(",")).filter(a -> !a.isBlank()).map(FocusArea::of).forEach(set::add);
		return set;
	}

	int status() {
		return status;
	}

	LocalDate plannedStart() {
		return plannedStart;
	}

	LocalDate plannedEnd() {
		return plannedEnd;
	}

	@Nullable LocalDate actualStart() {
		return actualStart;
	}

	@Nullable LocalDate actualEnd() {
		return actualEnd;
	}

	@Nullable Long requestId() {
		return requestId;
	}

	@Nullable Long scenarioId() {
		return scenarioId;
	}

	@Nullable String origin() {
		return origin;
	}

	boolean odaEligible() {
		return odaEligible;
	}

	String dacCode() {
		return dacCode;
	}

	String policyMarkers() {
		return policyMarkers;
	}

	String currency() {
		return currency;
	}

	boolean published() {
		return published;
	}

	Instant createdAt() {
		return createdAt;
	}

	boolean demo() {
		return demo;
	}

}
