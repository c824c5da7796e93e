package org.migracap.request.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Attachments extends JpaRepository<Attachment, Long> {

	@Query("""
			select new org.migracap.request.domain.AttachmentView(a.id, a.requestId, a.file.facts.fileName,
			a.file.facts.contentType, a.file.facts.size, a.uploadedAt, a.uploadedBy) from Attachment a where a.requestId = :requestId order by a.uploadedAt, a.id""")
	List<AttachmentView> findViewsByRequestId(long requestId);

	Optional<Attachment> findByIdAndRequestId(long id, long requestId);

	long countByRequestId(long requestId);

}
