package org.migracap.planning.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueActions extends JpaRepository<CatalogueAction, Long> {

	List<CatalogueAction> findAllByOrderByDimensionAscFromLevelAscCodeAsc();

	Optional<CatalogueAction> findByCode(String code);

	boolean existsByCode(String code);

}
