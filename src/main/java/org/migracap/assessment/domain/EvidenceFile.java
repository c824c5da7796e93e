package org.migracap.assessment.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

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

	@Column(nullable = false, length = 255)
	private String filename;

	@Column(name = "content_type", nullable = false, length = 100)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long size;

	@NotAudited
	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(nullable = false)
	private byte[] content;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt = Instant.now();

	@Column(name = "uploaded_by", nullable = false, length = 80)
	private String uploadedBy;

	protected EvidenceFile() {
	}

	EvidenceFile(long responseId, String filename, String contentType, byte[] content, String uploadedBy) {
		this.responseId = responseId;
		this.filename = filename;
		this.contentType = contentType;
		this.content = content.clone();
		this.size = content.length;
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

	String filename() {
		return filename;
	}

	String contentType() {
		return contentType;
	}

	long size() {
		return size;
	}

	byte[] content() {
		return content.clone();
	}

	Instant uploadedAt() {
		return uploadedAt;
	}

	String uploadedBy() {
		return uploadedBy;
	}

}
