package org.migracap.workshop.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Registrations extends JpaRepository<Registration, Long> {

	Optional<Registration> findByWorkshopIdAndUserId(long workshopId, long userId);

	List<Registration> findByWorkshopIdOrderByRegisteredAtAscIdAsc(long workshopId);

	List<Registration> findByWorkshopIdAndStatusOrderByWaitlistedAtAscIdAsc(long workshopId, RegistrationStatus status);

	long countByWorkshopIdAndStatus(long workshopId, RegistrationStatus status);

	List<Registration> findByUserId(long userId);

	List<Registration> findByEmailIgnoreCase(String email);

}
