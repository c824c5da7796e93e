package org.migracap.cooperation.domain;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface Agreements extends JpaRepository<Agreement, Long> {

	@EntityGraph(attributePaths = "parties")
	List<Agreement> findAllBy();

}
