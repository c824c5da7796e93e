package org.migracap.workshop.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Invitations extends JpaRepository<Invitation, Long> {

	List<Invitation> findByWorkshopIdOrderByCountryCodeAscNameAsc(long workshopId);

	Optional<Invitation> findByWorkshopIdAndUserId(long workshopId, long userId);

	Optional<Invitation> findFirstByWorkshopIdAndEmailIgnoreCase(long workshopId, String email);

	List<Invitation> findByUserId(long userId);

}
