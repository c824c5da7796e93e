package org.migracap.request.domain;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

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

	@Column(nullable = false, length = 200)
	private String filename;

	@Column(name = "content_type", nullable = false, length = 100)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false, length = 64)
	private String sha256;

	@NotAudited
	@Basic(fetch = FetchType.LAZY)
	@Column(nullable = false)
	private byte[] content;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "uploaded_by", nullable = false, length = 200)
	private String uploadedBy;

	protected Attachment() {
	}

	Attachment(long requestId, String filename, String contentType, byte[] content, String sha256, Instant uploadedAt,
			String uploadedBy) {
		this.requestId = requestId;
		this.filename = filename;
		this.contentType = contentType;
		this.content = content.clone();
		this.sizeBytes = content.length;
		this.sha256 = sha256;
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

	String filename() {
		return filename;
	}

	String contentType() {
		return contentType;
	}

	long sizeBytes() {
		return sizeBytes;
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
