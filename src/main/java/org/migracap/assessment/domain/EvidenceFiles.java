package org.migracap.assessment.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceFiles extends JpaRepository<EvidenceFile, Long> {

}
