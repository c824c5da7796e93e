package org.migracap.assessment.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentCycles extends JpaRepository<AssessmentCycle, Long> {

	List<AssessmentCycle> findByIso3AndFrameworkCodeAndStatusIn(String iso3, String frameworkCode,
			Collection<CycleStatus> statuses);

	List<AssessmentCycle> findByIso3OrderByYearDescIdDesc(String iso3);

	List<AssessmentCycle> findByStatusInAndDueDateLessThanEqual(Collection<CycleStatus> statuses, LocalDate until);

	List<AssessmentCycle> findByStatusInOrderBySubmittedAtAsc(Collection<CycleStatus> statuses);

}
