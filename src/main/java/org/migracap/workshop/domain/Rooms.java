package org.migracap.workshop.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Rooms extends JpaRepository<Room, Long> {

	List<Room> findByWorkshopIdOrderByNameAsc(long workshopId);

}
