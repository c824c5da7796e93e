package org.migracap.request.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.FocusArea;
import org.migracap.request.HelpKind;
import org.migracap.request.Urgency;

/**
 * A State's request for capacity-building help, submitted by a focal point for its country or for several countries
 * jointly, and its triage by IOM. Its countries are rows of {@code request.assistance_request_country} (lead country
 * first), so that a country query matches whole codes through an index; its areas (at most ten one-letter codes) are
 * kept as comma-separated codes.
 */
@Entity
@Audited
@Table(schema = "request", name = "assistance_request")
class AssistanceRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 8000)
	private String description;

	@Column(name = "lead_country", nullable = false, length = 3)
	private String leadCountry;

	/** The requesting countries, lead first, loaded for all requests of a query at once. */
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(schema = "request", name = "assistance_request_country",
			joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "ordinal")
	@Column(name = "country", nullable = false, length = 3)
	private List<String> countries = new ArrayList<>();

	@Column(nullable = false, length = 40)
	private String areas;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private HelpKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Urgency urgency;

	@Column(name = "desired_start")
	private @Nullable LocalDate desiredStart;

	@Column(name = "desired_end")
	private @Nullable LocalDate desiredEnd;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private RequestStatus status;

	@Column(name = "status_changed_at", nullable = false)
	private Instant statusChangedAt;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Column(name = "submitted_by", nullable = false)
	private long submittedBy;

	@Column(name = "submitted_by_name", nullable = false, length = 200)
	private String submittedByName;

	@Column(length = 100)
	private @Nullable String origin;

	@Column(name = "decision_note", length = 2000)
	private @Nullable String decisionNote;

	@Column(name = "info_question", length = 2000)
	private @Nullable String infoQuestion;

	@Column(name = "info_answer", length = 4000)
	private @Nullable String infoAnswer;

	@Column(name = "last_actor", length = 200)
	private @Nullable String lastActor;

	@Column(name = "last_actor_id")
	private @Nullable Long lastActorId;

	@Column(name = "programme_id")
	private @Nullable Long programmeId;

	@Column(name = "programme_title", length = 200)
	private @Nullable String programmeTitle;

	@Column(nullable = false)
	private boolean demo;

	protected AssistanceRequest() {
	}

	AssistanceRequest(String title, String description, List<String> countries, Set<FocusArea> areas, HelpKind kind,
			Urgency urgency, @Nullable LocalDate desiredStart, @Nullable LocalDate desiredEnd, long submittedBy,
			String submittedByName, @Nullable String origin, Instant now) {
		if (countries.isEmpty() || areas.isEmpty()) {
			throw RuleViolationException.invalid("request.error.countriesAreas");
		}
		if (desiredStart != null && desiredEnd != null && desiredEnd.isBefore(desiredStart)) {
			throw RuleViolationException.invalid("request.error.timing");
		}
		this.title = title.trim();
		this.description = description.trim();
		this.leadCountry = countries.get(0);
		this.countries = new ArrayList<>(new LinkedHashSet<>(countries));
		this.areas = EnumSet.copyOf(areas).stream().map(FocusArea::code).collect(Collectors.joining(","));
		this.kind = kind;
		this.urgency = urgency;
		this.desiredStart = desiredStart;
		this.desiredEnd = desiredEnd;
		this.status = RequestStatus.SUBMITTED;
		this.statusChangedAt = now;
		this.submittedAt = now;
		this.submittedBy = submittedBy;
		this.submittedByName = submittedByName;
		this.origin = origin;
	}

	/** Moves the request to a new status, refusing moves the workflow does not allow. */
	void move(RequestStatus to, String actor, long actorId, Instant now) {
		boolean allowed = switch (to) {
			case SUBMITTED -> status == RequestStatus.INFO_REQUESTED;
			case INFO_REQUESTED, ACCEPTED, DECLINED -> status == RequestStatus.SUBMITTED;
			case WITHDRAWN -> status.open();
		};
		if (!allowed) {
			throw RuleViolationException.conflict("request.error.transition", status.name(), to.name());
		}
		this.status = to;
		this.statusChangedAt = now;
		this.lastActor = actor;
		this.lastActorId = actorId;
	}

	void decide(@Nullable String note) {
		this.decisionNote = note == null || note.isBlank() ? null : note.trim();
	}

	void ask(String question) {
		this.infoQuestion = question.trim();
		this.infoAnswer = null;
	}

	void answer(String answer) {
		this.infoAnswer = answer.trim();
	}

	void linkProgramme(long programmeId, String programmeTitle) {
		if (status != RequestStatus.ACCEPTED) {
			throw RuleViolationException.conflict("request.error.notAccepted");
		}
		this.programmeId = programmeId;
		this.programmeTitle = programmeTitle;
	}

	void markDemo() {
		this.demo = true;
	}

	/** Backdates a demo request, so that the queue shows ageing. */
	void backdate(Instant submittedAt, Instant statusChangedAt) {
		this.submittedAt = submittedAt;
		this.statusChangedAt = statusChangedAt;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Request not saved yet");
		}
		return id;
	}

	long version() {
		return version;
	}

	String title() {
		return title;
	}

	String description() {
		return description;
	}

	String leadCountry() {
		return leadCountry;
	}

	List<String> countries() {
		return List.copyOf(countries);
	}

	Set<FocusArea> areas() {
		Set<FocusArea> set = EnumSet.noneOf(FocusArea.class);
		Arrays.stream(areas.split(",")).filter(a -> !a.isBlank()).map(FocusArea::of).forEach(set::add);
		return set;
	}

	HelpKind kind() {
		return kind;
	}

	Urgency urgency() {
		return urgency;
	}

	@Nullable LocalDate desiredStart() {
		return desiredStart;
	}

	@Nullable LocalDate desiredEnd() {
		return desiredEnd;
	}

	RequestStatus status() {
		return status;
	}

	Instant statusChangedAt() {
		return statusChangedAt;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	long submittedBy() {
		return submittedBy;
	}

	String submittedByName() {
		return submittedByName;
	}

	@Nullable String origin() {
		return origin;
	}

	@Nullable String decisionNote() {
		return decisionNote;
	}

	@Nullable String infoQuestion() {
		return infoQuestion;
	}

	@Nullable String infoAnswer() {
		return infoAnswer;
	}

	@Nullable String lastActor() {
		return lastActor;
	}

	@Nullable Long lastActorId() {
		return lastActorId;
	}

	@Nullable Long programmeId() {
		return programmeId;
	}

	@Nullable String programmeTitle() {
		return programmeTitle;
	}

	boolean demo() {
		return demo;
	}

}
