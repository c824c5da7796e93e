package org.migracap.workshop.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Speakers extends JpaRepository<Speaker, Long> {

	List<Speaker> findByWorkshopIdOrderByNameAsc(long workshopId);

}
