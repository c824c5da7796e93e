package org.migracap.assessment.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Frameworks extends JpaRepository<Framework, Long>, FrameworkLocks {

	Optional<Framework> findByCodeAndFrameworkVersion(String code, int frameworkVersion);

	List<Framework> findAllByOrderByCodeAscFrameworkVersionDesc();

	@Query("select f.id from Framework f where f.code = :code and f.status = org.migracap.assessment.domain.FrameworkStatus.PUBLISHED order by f.frameworkVersion desc limit 1")
	Optional<Long> currentPublishedId(String code);

	@Query("select f.version from Framework f where f.id = :id")
	Optional<Long> versionOf(long id);

	@Query("select coalesce(max(f.frameworkVersion), 0) from Framework f where f.code = :code")
	int maxVersion(String code);

}
