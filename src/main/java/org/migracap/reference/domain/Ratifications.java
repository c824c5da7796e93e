package org.migracap.reference.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Ratifications extends JpaRepository<Ratification, Long> {

	Optional<Ratification> findByInstrumentCodeAndIso3(String instrumentCode, String iso3);

	List<Ratification> findByIso3(String iso3);

	List<Ratification> findByInstrumentCode(String instrumentCode);

}
