package org.migracap.platform;

/**
 * An import that found problems and wrote nothing. Thrown inside the import transaction so that it rolls back.
 */
public class ImportFailedException extends RuntimeException {

	private final ImportReport report;

	public ImportFailedException(ImportReport report) {
		super("Import of " + report.source() + " failed with " + report.problems().size() + " problem(s)");
		this.report = report;
	}

	public ImportReport report() {
		return report;
	}

}
