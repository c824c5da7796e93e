package org.migracap.workshop.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TimeSlots extends JpaRepository<TimeSlot, Long> {

	List<TimeSlot> findByWorkshopIdOrderBySlotDateAscStartsAtAsc(long workshopId);

}
