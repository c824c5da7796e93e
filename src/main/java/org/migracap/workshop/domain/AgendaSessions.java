package org.migracap.workshop.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaSessions extends JpaRepository<AgendaSession, Long> {

	List<AgendaSession> findByWorkshopIdOrderByIdAsc(long workshopId);

	List<AgendaSession> findBySlotId(long slotId);

	List<AgendaSession> findByRoomId(long roomId);

}
