package org.migracap.library.domain;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Documents extends JpaRepository<Document, Long> {

	@Query("select d from Document d where d.country = :iso3 order by d.adoptedOn desc nulls last, d.id desc")
	List<Document> ofCountry(@Param("iso3") String iso3, Pageable page);

	@Query("select d from Document d where d.supersedes = :document order by d.adoptedOn, d.id")
	List<Document> laterVersionsOf(@Param("document") Document document);

	@Modifying
	@Query("update Document d set d.supersedes = null where d.supersedes = :document")
	int forget(@Param("document") Document document);

	long countByCountry(String country);

}
