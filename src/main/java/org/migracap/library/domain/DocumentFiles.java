package org.migracap.library.domain;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The files of documents, kept in the database beside their metadata so that they share its transaction: an upload
 * that fails leaves no file behind, and every instance serves every file.
 */
@Component
class DocumentFiles {

	private final JdbcClient jdbc;

	DocumentFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void store(long documentId, byte[] content) {
		jdbc.sql("delete from library.document_file where document_id = :id").param("id", documentId).update();
		jdbc.sql("insert into library.document_file (document_id, content) values (:id, :content)")
			.param("id", documentId)
			.param("content", content)
			.update();
	}

	Optional<byte[]> load(long documentId) {
		return jdbc.sql("select content from library.document_file where document_id = :id")
			.param("id", documentId)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	boolean exists(long documentId) {
		return jdbc.sql("select count(*) from library.document_file where document_id = :id")
			.param("id", documentId)
			.query(Long.class)
			.single() > 0;
	}

}
