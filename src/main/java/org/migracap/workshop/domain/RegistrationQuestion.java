package org.migracap.workshop.domain;

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
import org.migracap.platform.Text;

/**
 * A question of a workshop's registration form beyond the standard fields, asked always or only of participants who
 * attend in person (or online).
 */
@Entity
@Audited
@Table(schema = "workshop", name = "registration_question")
class RegistrationQuestion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable Long id;

	@Version
	long version;

	@Column(name = "workshop_id", nullable = false)
	long workshopId;

	@Column(name = "sort_order", nullable = false)
	int sortOrder;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "label_en")),
			@AttributeOverride(name = "fr", column = @Column(name = "label_fr")),
			@AttributeOverride(name = "es", column = @Column(name = "label_es")) })
	@Nullable Text label = Text.of(null, null, null);

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	QuestionKind kind = QuestionKind.TEXT;

	@Column(nullable = false)
	boolean required;

	@Enumerated(EnumType.STRING)
	@Column(name = "shown_when", nullable = false)
	ShownWhen shownWhen = ShownWhen.ALWAYS;

	protected RegistrationQuestion() {
	}

	RegistrationQuestion(long workshopId, int sortOrder, Text label, QuestionKind kind, boolean required,
			ShownWhen shownWhen) {
		this.workshopId = workshopId;
		this.sortOrder = sortOrder;
		this.label = label;
		this.kind = kind;
		this.required = required;
		this.shownWhen = shownWhen;
	}

	Text label() {
		return Text.orEmpty(label);
	}

	boolean appliesTo(Attendance attendance) {
		return switch (shownWhen) {
			case ALWAYS -> true;
			case IN_PERSON -> attendance == Attendance.IN_PERSON;
			case ONLINE -> attendance == Attendance.ONLINE;
		};
	}

}
