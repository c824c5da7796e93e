package org.migracap.request.domain;

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
 * A file attached to a request (terms of reference, a draft law, a needs assessment). The content is not copied into
 * the audit trail; its name, type, size and digest are.
 */
@Entity
@Audited
@Table(schema = "request", name = "attachment")
class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(name = "request_id", nullable = false)
	private long requestId;

	@Embedded
	@AttributeOverride(name = "facts.fileName", column = @Column(name = "filename", nullable = false, length = 200))
	@AttributeOverride(name = "facts.contentType", column = @Column(name = "content_type", nullable = false, length = 100))
	@AttributeOverride(name = "facts.size", column = @Column(name = "size_bytes", nullable = false))
	@AttributeOverride(name = "facts.sha256", column = @Column(name = "sha256", nullable = false, length = 64))
	private StoredFile file;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "uploaded_by", nullable = false, length = 200)
	private String uploadedBy;

	protected Attachment() {
	}

	Attachment(long requestId, StoredFile file, Instant uploadedAt, String uploadedBy) {
		this.requestId = requestId;
		this.file = file;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Attachment not saved yet");
		}
		return id;
	}

	long requestId() {
		return requestId;
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
