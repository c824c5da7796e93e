package org.migracap.platform;

import java.util.List;

/**
 * What an import did: rows read, rows written, and every problem found. An import with problems writes nothing.
 */
public record ImportReport(String source, int rows, int written, List<ImportProblem> problems) implements java.io.Serializable {

	public ImportReport {
		problems = List.copyOf(problems);
	}

	public static ImportReport success(String source, int rows, int written) {
		return new ImportReport(source, rows, written, List.of());
	}

	public static ImportReport failure(String source, int rows, List<ImportProblem> problems) {
		return new ImportReport(source, rows, 0, problems);
	}

	public boolean ok() {
		return problems.isEmpty();
	}

}
