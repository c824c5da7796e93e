package org.migracap.cooperation.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface Agreements extends JpaRepository<Agreement, Long> {

	@EntityGraph(attributePaths = "parties")
	List<Agreement> findAllBy();

	/** The first agreement that came from {@code origin} (e.g. a workshop's action point). */
	Optional<Agreement> findFirstByOriginOrderByIdAsc(String origin);

}
