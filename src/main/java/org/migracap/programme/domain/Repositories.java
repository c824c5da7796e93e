package org.migracap.programme.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Programmes extends JpaRepository<Programme, Long> {

	boolean existsByDemoTrue();

	Optional<Programme> findByRequestId(long requestId);

	List<Programme> findByScenarioId(long scenarioId);

	@Query("select coalesce(max(p.id), 0) from Programme p")
	long maxId();

}

interface Partners extends JpaRepository<Partner, Long> {

	List<Partner> findByProgrammeIdOrderByRoleAscIdAsc(long programmeId);

}

interface LogframeItems extends JpaRepository<LogframeItem, Long> {

	List<LogframeItem> findByProgrammeIdOrderByPositionAscIdAsc(long programmeId);

}

interface Indicators extends JpaRepository<Indicator, Long> {

	List<Indicator> findByProgrammeIdOrderByIdAsc(long programmeId);

}

interface IndicatorPeriods extends JpaRepository<IndicatorPeriod, Long> {

	List<IndicatorPeriod> findByProgrammeIdOrderByStartAscIdAsc(long programmeId);

	List<IndicatorPeriod> findByActualIsNull();

}

interface BudgetLines extends JpaRepository<BudgetLine, Long> {

	List<BudgetLine> findByProgrammeIdOrderByYearAscIdAsc(long programmeId);

	List<BudgetLine> findByProgrammeIdIn(Collection<Long> programmeIds);

}

interface ProgrammeDocuments extends JpaRepository<ProgrammeDocument, Long> {

	@Query("""
			select new org.migracap.programme.domain.DocumentView(d.id, d.programmeId, d.title, d.category,
			d.file.facts.fileName, d.file.facts.contentType, d.file.facts.size, d.publicDocument, d.uploadedAt, d.uploadedBy, d.version)
			from ProgrammeDocument d where d.programmeId = :programmeId order by d.uploadedAt, d.id""")
	List<DocumentView> findViews(long programmeId);

	Optional<ProgrammeDocument> findByIdAndProgrammeId(long id, long programmeId);

}

interface AbsorptionCapacities extends JpaRepository<AbsorptionCapacity, Long> {

	List<AbsorptionCapacity> findByIso3OrderByYear(String iso3);

	Optional<AbsorptionCapacity> findByIso3AndYear(String iso3, int year);

}
