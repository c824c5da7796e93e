package org.migracap.workshop.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationAnswers extends JpaRepository<RegistrationAnswer, Long> {

	List<RegistrationAnswer> findByRegistrationId(long registrationId);

	List<RegistrationAnswer> findByRegistrationIdIn(java.util.Collection<Long> registrationIds);

	List<RegistrationAnswer> findByQuestionId(long questionId);

}
