package org.migracap.workshop.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationQuestions extends JpaRepository<RegistrationQuestion, Long> {

	List<RegistrationQuestion> findByWorkshopIdOrderBySortOrderAscIdAsc(long workshopId);

}
