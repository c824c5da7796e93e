package org.migracap.cooperation.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementDocuments extends JpaRepository<AgreementDocument, Long> {

	@Query("""
			select new org.migracap.cooperation.domain.DocumentView(d.id, d.agreementId, d.title, d.url,
			  d.file.facts.fileName, d.file.facts.contentType, d.file.facts.size, d.uploadedAt, d.uploadedBy, d.version)
			from AgreementDocument d where d.agreementId = :agreementId order by d.id""")
	List<DocumentView> summaries(long agreementId);

	List<AgreementDocument> findByAgreementId(long agreementId);

}
