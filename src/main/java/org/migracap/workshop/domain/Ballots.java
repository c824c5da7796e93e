package org.migracap.workshop.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Ballots extends JpaRepository<Ballot, Long> {

	List<Ballot> findByWorkshopIdOrderByIdAsc(long workshopId);

}
