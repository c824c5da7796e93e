package org.migracap.planning.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Scenarios extends JpaRepository<Scenario, Long> {

	List<Scenario> findAllByOrderByIdDesc();

}
