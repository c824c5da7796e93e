package org.migracap.assessment.domain;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.migracap.platform.files.StoredFile;

/**
 * A file attached to a response as evidence (a decree, a report, a screenshot). The content lives in the database;
 * the audit trail records that it was added or removed, not the bytes.
 */
@Entity
@Audited
@Table(schema = "assessment", name = "evidence_file")
class EvidenceFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(name = "response_id", nullable = false)
	private long responseId;

	@Embedded
	@AttributeOverride(name = "facts.fileName", column = @Column(name = "filename", nullable = false, length = 255))
	@AttributeOverride(name = "facts.contentType", column = @Column(name = "content_type", nullable = false, length = 100))
	@AttributeOverride(name = "facts.size", column = @Column(name = "size_bytes", nullable = false))
	private StoredFile file;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt = Instant.now();

	@Column(name = "uploaded_by", nullable = false, length = 80)
	private String uploadedBy;

	protected EvidenceFile() {
	}

	EvidenceFile(long responseId, StoredFile file, String uploadedBy) {
		this.responseId = responseId;
		this.file = file;
		this.uploadedBy = uploadedBy;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("File not saved yet");
		}
		return id;
	}

	long responseId() {
		return responseId;
	}

	StoredFile file() {
		return file;
	}

	Instant uploadedAt() {
		return uploadedAt;
	}

	String uploadedBy() {
		return uploadedBy;
	}

}
