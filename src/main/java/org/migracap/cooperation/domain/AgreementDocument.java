package org.migracap.cooperation.domain;

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
 * A document of an agreement: a link to the published text, or an uploaded file. The file's bytes are not copied
 * into the audit trail.
 */
@Entity
@Audited
@Table(schema = "cooperation", name = "agreement_document")
class AgreementDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(name = "agreement_id", nullable = false)
	private long agreementId;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(length = 1000)
	private @Nullable String url;

	/** The uploaded file; null for a link (all its columns are then null). */
	@Embedded
	@AttributeOverride(name = "facts.fileName", column = @Column(name = "file_name", length = 300))
	@AttributeOverride(name = "facts.contentType", column = @Column(name = "content_type", length = 150))
	@AttributeOverride(name = "facts.size", column = @Column(name = "size_bytes"))
	private @Nullable StoredFile file;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt = Instant.now();

	@Column(name = "uploaded_by", length = 80)
	private @Nullable String uploadedBy;

	protected AgreementDocument() {
	}

	private AgreementDocument(long agreementId, String title, @Nullable String url, @Nullable StoredFile file,
			String by) {
		this.agreementId = agreementId;
		this.title = title;
		this.url = url;
		this.file = file;
		this.uploadedBy = by;
	}

	static AgreementDocument link(long agreementId, String title, String url, String by) {
		return new AgreementDocument(agreementId, title, url, null, by);
	}

	static AgreementDocument file(long agreementId, String title, StoredFile file, String by) {
		return new AgreementDocument(agreementId, title, null, file, by);
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Document not saved yet");
		}
		return id;
	}

	long version() {
		return version;
	}

	long agreementId() {
		return agreementId;
	}

	String title() {
		return title;
	}

	@Nullable String url() {
		return url;
	}

	@Nullable StoredFile file() {
		return file;
	}

	Instant uploadedAt() {
		return uploadedAt;
	}

	@Nullable String uploadedBy() {
		return uploadedBy;
	}

}
