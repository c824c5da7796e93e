package org.migracap.workshop.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BallotOptions extends JpaRepository<BallotOption, Long> {

	List<BallotOption> findByBallotIdOrderBySortOrderAscIdAsc(long ballotId);

}
