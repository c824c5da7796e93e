package org.migracap.platform.files;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A file kept in the database: its {@link FileFacts} and its bytes, embedded in the entity it belongs to (same
 * table). The bytes are not copied into the audit trail. Hibernate loads them with the entity (lazy basic attributes
 * need bytecode enhancement, which this application does not use), so pages that list files read
 * {@link FileFacts} columns through projections and only a download loads the entity. Made by
 * {@link UploadPolicy#accept}; the bytes are not copied, so they must not be changed once stored.
 */
@Embeddable
public class StoredFile {

	@Embedded
	private FileFacts facts;

	@NotAudited
	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(name = "content")
	private byte[] content;

	protected StoredFile() {
		this.facts = new FileFacts();
		this.content = new byte[0];
	}

	StoredFile(FileFacts facts, byte[] content) {
		this.facts = facts;
		this.content = content;
	}

	public FileFacts facts() {
		return facts;
	}

	public String fileName() {
		return facts.fileName();
	}

	public String contentType() {
		return facts.contentType();
	}

	public long size() {
		return facts.size();
	}

	/** The SHA-256 of the content (lower-case hex): the stored one, or computed for a row stored without it. */
	public String sha256() {
		String stored = facts.sha256();
		return stored != null ? stored : UploadPolicy.sha256(content);
	}

	public byte[] content() {
		return content;
	}

}
