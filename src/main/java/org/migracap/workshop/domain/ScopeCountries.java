package org.migracap.workshop.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScopeCountries extends JpaRepository<ScopeCountry, Long> {

	List<ScopeCountry> findByWorkshopIdOrderByCountryCode(long workshopId);

	Optional<ScopeCountry> findByWorkshopIdAndCountryCode(long workshopId, String countryCode);

}
