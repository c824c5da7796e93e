package db.migration.cooperation;

import org.migracap.platform.files.Sha256Backfill;

/** Fills {@code cooperation.agreement_document.sha256} for the files stored before V96 added it. */
public class V97__cooperation_document_sha256 extends Sha256Backfill {

	public V97__cooperation_document_sha256() {
		super("cooperation.agreement_document", false);
	}

}
