package org.migracap.programme.domain;

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
 * A document of a programme (IATI document category, e.g. A02 objectives, A07 review), public or internal. Internal
 * documents reach only IOM staff and the focal points of the programme's countries.
 */
@Entity
@Audited
@Table(schema = "programme", name = "document")
class ProgrammeDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable Long id;

	@Version
	long version;

	@Column(name = "programme_id", nullable = false)
	long programmeId;

	@Column(nullable = false, length = 200)
	String title;

	@Column(nullable = false, length = 3)
	String category;

	@Embedded
	@AttributeOverride(name = "facts.fileName", column = @Column(name = "filename", nullable = false, length = 200))
	@AttributeOverride(name = "facts.contentType", column = @Column(name = "content_type", nullable = false, length = 100))
	@AttributeOverride(name = "facts.size", column = @Column(name = "size_bytes", nullable = false))
	StoredFile file;

	@Column(name = "public_document", nullable = false)
	boolean publicDocument;

	@Column(name = "uploaded_at", nullable = false)
	Instant uploadedAt;

	@Column(name = "uploaded_by", nullable = false, length = 200)
	String uploadedBy;

	protected ProgrammeDocument() {
	}

	ProgrammeDocument(long programmeId, String title, String category, StoredFile file, boolean publicDocument,
			Instant uploadedAt, String uploadedBy) {
		this.programmeId = programmeId;
		this.title = title.trim();
		this.category = category;
		this.file = file;
		this.publicDocument = publicDocument;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

}
