package org.migracap.workshop.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesArchive extends JpaRepository<Minutes, Long> {

	Optional<Minutes> findByWorkshopId(long workshopId);

}
