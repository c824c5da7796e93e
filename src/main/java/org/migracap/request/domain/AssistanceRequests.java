package org.migracap.request.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssistanceRequests extends JpaRepository<AssistanceRequest, Long> {

	List<AssistanceRequest> findByStatusIn(Collection<RequestStatus> statuses);

	/** The requests one of whose countries is {@code iso3} (a whole code), newest first. */
	@Query("select r from AssistanceRequest r join r.countries c where c = :iso3 order by r.submittedAt desc")
	List<AssistanceRequest> findByCountry(String iso3);

	long countByStatus(RequestStatus status);

	boolean existsByDemoTrue();

	/** The first request that came from {@code origin} (e.g. a workshop's action point). */
	Optional<AssistanceRequest> findFirstByOriginOrderByIdAsc(String origin);

}
