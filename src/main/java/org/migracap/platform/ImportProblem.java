package org.migracap.platform;

import java.util.List;

/**
 * One thing wrong with an imported file: the line (1 is the header), the column, and a message key with its
 * arguments, translated when shown.
 */
public record ImportProblem(long line, String column, String messageKey, List<Object> args) implements java.io.Serializable {

	public static ImportProblem of(long line, String column, String messageKey, Object... args) {
		return new ImportProblem(line, column, messageKey, List.of(args));
	}

}
