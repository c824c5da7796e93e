package org.migracap.planning.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Candidates extends JpaRepository<Candidate, Long> {

	List<Candidate> findByScenarioIdOrderByCode(long scenarioId);

	Optional<Candidate> findByIdAndScenarioId(long id, long scenarioId);

	boolean existsByScenarioIdAndCode(long scenarioId, String code);

	long countByScenarioId(long scenarioId);

}
