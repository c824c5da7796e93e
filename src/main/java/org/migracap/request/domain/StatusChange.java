package org.migracap.request.domain;

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
 * One step in a request's history: who moved it from which status to which, when, and the note that went with it
 * (the reason of a decline, the question asked, the answer given).
 */
@Entity
@Audited
@Table(schema = "request", name = "status_change")
class StatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(name = "request_id", nullable = false)
	private long requestId;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(name = "actor_id")
	private @Nullable Long actorId;

	@Column(name = "actor_name", nullable = false, length = 200)
	private String actorName;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 20)
	private @Nullable RequestStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 20)
	private RequestStatus toStatus;

	@Column(length = 4000)
	private @Nullable String note;

	protected StatusChange() {
	}

	StatusChange(long requestId, Instant changedAt, @Nullable Long actorId, String actorName,
			@Nullable RequestStatus fromStatus, RequestStatus toStatus, @Nullable String note) {
		this.requestId = requestId;
		this.changedAt = changedAt;
		this.actorId = actorId;
		this.actorName = actorName;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.note = note == null || note.isBlank() ? null : note.trim();
	}

	long requestId() {
		return requestId;
	}

	Instant changedAt() {
		return changedAt;
	}

	String actorName() {
		return actorName;
	}

	@Nullable RequestStatus fromStatus() {
		return fromStatus;
	}

	RequestStatus toStatus() {
		return toStatus;
	}

	@Nullable String note() {
		return note;
	}

	void backdate(Instant at) {
		this.changedAt = at;
	}

}
