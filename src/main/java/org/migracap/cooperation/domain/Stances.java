package org.migracap.cooperation.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Stances extends JpaRepository<Stance, Long> {

	List<Stance> findByIso3(String iso3);

	List<Stance> findByIso3In(Collection<String> iso3s);

}
