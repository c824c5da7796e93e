package org.migracap.mobility.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CountryAliases extends JpaRepository<CountryAlias, Long> {

	Optional<CountryAlias> findByFolded(String folded);

}
