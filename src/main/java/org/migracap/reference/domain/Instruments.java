package org.migracap.reference.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Instruments extends JpaRepository<Instrument, String> {

}
