package org.migracap.assessment.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkflowSteps extends JpaRepository<WorkflowStep, Long> {

	List<WorkflowStep> findByCycleIdOrderByAtAscIdAsc(long cycleId);

}
