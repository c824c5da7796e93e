package org.migracap.workshop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A participant's answer to one registration question. */
@Entity
@Audited
@Table(schema = "workshop", name = "registration_answer")
class RegistrationAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable Long id;

	@Version
	long version;

	@Column(name = "registration_id", nullable = false)
	long registrationId;

	@Column(name = "question_id", nullable = false)
	long questionId;

	@Column(nullable = false, length = 1000)
	String answer;

	protected RegistrationAnswer() {
	}

	RegistrationAnswer(long registrationId, long questionId, String answer) {
		this.registrationId = registrationId;
		this.questionId = questionId;
		this.answer = answer;
	}

}
