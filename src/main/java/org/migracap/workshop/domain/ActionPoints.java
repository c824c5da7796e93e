package org.migracap.workshop.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionPoints extends JpaRepository<ActionPoint, Long> {

	List<ActionPoint> findByWorkshopIdOrderByDueDateAscIdAsc(long workshopId);

}
