package org.migracap.workshop.domain;

import java.time.Instant;
import java.time.LocalDate;

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
 * Something the workshop agreed to do, with an owner and a due date; it may become an assistance request or an
 * agreement proposal, whose ids it then keeps. Both are made by other modules after an event (ADR workshop-06): until
 * their answer arrives the action point is pending, and a refusal keeps its reason (a message key) until it is sent
 * again.
 */
@Entity
@Audited
@Table(schema = "workshop", name = "action_point")
class ActionPoint {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable Long id;

	@Version
	long version;

	@Column(name = "workshop_id", nullable = false)
	long workshopId;

	@Column(nullable = false)
	String title;

	@Column(length = 2000)
	@Nullable String description;

	@Column(nullable = false)
	String owner;

	@Column(name = "due_date", nullable = false)
	LocalDate dueDate;

	@Column(name = "country_code", length = 3)
	@Nullable String countryCode;

	@Column(name = "area_code", length = 1)
	@Nullable String areaCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	ActionStatus status = ActionStatus.OPEN;

	@Column(name = "request_id")
	@Nullable Long requestId;

	@Column(name = "agreement_id")
	@Nullable Long agreementId;

	@Column(name = "request_pending", nullable = false)
	boolean requestPending;

	@Column(name = "request_refused", length = 120)
	@Nullable String requestRefused;

	@Column(name = "agreement_pending", nullable = false)
	boolean agreementPending;

	@Column(name = "agreement_refused", length = 120)
	@Nullable String agreementRefused;

	@Column(name = "created_at", nullable = false)
	Instant createdAt = Instant.now();

	protected ActionPoint() {
	}

	ActionPoint(long workshopId, String title, String owner, LocalDate dueDate) {
		this.workshopId = workshopId;
		this.title = title;
		this.owner = owner;
		this.dueDate = dueDate;
	}

	long id() {
		return java.util.Objects.requireNonNull(id);
	}

}
