package org.migracap.assessment.domain;

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
 * One step in the life of a cycle (created, submitted, returned with a comment, validated, published), shown as its
 * history.
 */
@Entity
@Audited
@Table(schema = "assessment", name = "workflow_step")
class WorkflowStep {

	enum Action {

		CREATED, SUBMITTED, RETURNED, VALIDATED, PUBLISHED, CONFIDENTIALITY, IMPORTED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(name = "cycle_id", nullable = false)
	private long cycleId;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Action action;

	@Column(nullable = false, length = 80)
	private String actor;

	@Column(name = "acted_at", nullable = false)
	private Instant at = Instant.now();

	@Column(length = 4000)
	private @Nullable String note;

	protected WorkflowStep() {
	}

	WorkflowStep(long cycleId, Action action, String actor, @Nullable String note) {
		this.cycleId = cycleId;
		this.action = action;
		this.actor = actor;
		this.note = note;
	}

	Action action() {
		return action;
	}

	String actor() {
		return actor;
	}

	Instant at() {
		return at;
	}

	@Nullable String note() {
		return note;
	}

}
