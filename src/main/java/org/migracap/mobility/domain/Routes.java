package org.migracap.mobility.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Routes extends JpaRepository<Route, Long> {

	Optional<Route> findByNameIgnoreCase(String name);

}
