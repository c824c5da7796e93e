package org.migracap.assessment.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Responses extends JpaRepository<Response, Long> {

	List<Response> findByCycleId(long cycleId);

	Optional<Response> findByCycleIdAndIndicatorCode(long cycleId, String indicatorCode);

}
