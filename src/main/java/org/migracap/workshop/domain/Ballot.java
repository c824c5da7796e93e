package org.migracap.workshop.domain;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.Text;

/**
 * A ballot of a workshop: a question over a list of options (areas, interventions or anything), asked as a ranking,
 * as pairwise comparisons (AHP) or as approvals; secret or open; prepared, open, then closed.
 */
@Entity
@Audited
@Table(schema = "workshop", name = "ballot")
class Ballot {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable Long id;

	@Version
	long version;

	@Column(name = "workshop_id", nullable = false)
	long workshopId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	BallotKind kind = BallotKind.RANKED;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "title_en")),
			@AttributeOverride(name = "fr", column = @Column(name = "title_fr")),
			@AttributeOverride(name = "es", column = @Column(name = "title_es")) })
	@Nullable Text title = Text.of(null, null, null);

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "question_en")),
			@AttributeOverride(name = "fr", column = @Column(name = "question_fr")),
			@AttributeOverride(name = "es", column = @Column(name = "question_es")) })
	@Nullable Text question = Text.of(null, null, null);

	@Column(nullable = false)
	boolean secret;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	BallotStatus status = BallotStatus.DRAFT;

	@Column(name = "max_approvals")
	@Nullable Integer maxApprovals;

	@Column(name = "opened_at")
	@Nullable Instant openedAt;

	@Column(name = "closed_at")
	@Nullable Instant closedAt;

	@Column(name = "applied_scenario_id")
	@Nullable Long appliedScenarioId;

	/** The scenario the weights were last sent to (ADR workshop-06), until planning applies them. */
	@Column(name = "weights_sent_scenario_id")
	@Nullable Long weightsSentScenarioId;

	/** Why planning refused the weights sent to {@link #weightsSentScenarioId} (a message key). */
	@Column(name = "weights_refused", length = 120)
	@Nullable String weightsRefused;

	protected Ballot() {
	}

	Ballot(long workshopId, BallotKind kind, Text title, Text question, boolean secret) {
		this.workshopId = workshopId;
		this.kind = kind;
		this.title = title;
		this.question = question;
		this.secret = secret;
	}

	long id() {
		return java.util.Objects.requireNonNull(id);
	}

	Text title() {
		return Text.orEmpty(title);
	}

	Text question() {
		return Text.orEmpty(question);
	}

	void requireStatus(BallotStatus expected) {
		if (status != expected) {
			throw RuleViolationException.conflict("workshop.ballot.error.status." + expected.name());
		}
	}

}
