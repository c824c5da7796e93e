package db.migration.programme;

import org.migracap.platform.files.Sha256Backfill;

/** Fills {@code programme.document.sha256} for the files stored before V96 added it. */
public class V97__programme_document_sha256 extends Sha256Backfill {

	public V97__programme_document_sha256() {
		super("programme.document", true);
	}

}
