package org.migracap.request.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatusChanges extends JpaRepository<StatusChange, Long> {

	List<StatusChange> findByRequestIdOrderByChangedAtAscIdAsc(long requestId);

}
