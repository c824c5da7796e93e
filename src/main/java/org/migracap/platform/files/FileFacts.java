package org.migracap.platform.files;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * What is known of a stored file without its bytes: the name it was uploaded under (cleaned), its media type as
 * detected from its content, its size and its SHA-256 (lower-case hex). Lists show these; a download also answers
 * them in its headers. Embedded where the bytes are kept apart (library documents) and inside {@link StoredFile}.
 * Entities map the columns they already have with {@code @AttributeOverride}.
 */
@Embeddable
public class FileFacts {

	@Column(name = "file_name", length = 255)
	private String fileName;

	@Column(name = "content_type", length = 100)
	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	/** Null only for rows written before the column existed and not filled since (none after the migrations). */
	@Column(name = "sha256", length = 64)
	private @Nullable String sha256;

	protected FileFacts() {
		this.fileName = "";
		this.contentType = "";
	}

	public FileFacts(String fileName, String contentType, long size, String sha256) {
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = size;
		this.sha256 = sha256;
	}

	public String fileName() {
		return fileName;
	}

	public String contentType() {
		return contentType;
	}

	public long size() {
		return size;
	}

	public @Nullable String sha256() {
		return sha256;
	}

	/** These facts with the file's bytes, for a download of a file whose bytes are stored elsewhere. */
	public StoredFile with(byte[] content) {
		return new StoredFile(this, content);
	}

}
