package org.migracap.workshop.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Workshops extends JpaRepository<Workshop, Long> {

	/** Locks the workshop row: registrations and cancellations of one workshop take places one after another. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select w from Workshop w where w.id = :id")
	Optional<Workshop> lockById(@Param("id") long id);

	List<Workshop> findByDemoTrue();

	List<Workshop> findAllByOrderByStartDateDescIdDesc();

}
