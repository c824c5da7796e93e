package db.migration.assessment;

import org.migracap.platform.files.Sha256Backfill;

/** Fills {@code assessment.evidence_file.sha256} for the files stored before V96 added it. */
public class V97__assessment_evidence_sha256 extends Sha256Backfill {

	public V97__assessment_evidence_sha256() {
		super("assessment.evidence_file", true);
	}

}
