package org.migracap.programme.domain;

import org.jspecify.annotations.Nullable;

/**
 * The levels of a log frame under the goal. Results at outcome level are IATI result type 2, at output level type 1.
 */
public enum LogframeLevel {

	OUTCOME(null, 2), OUTPUT(OUTCOME, 1), ACTIVITY(OUTPUT, 1);

	private final @Nullable LogframeLevel parent;

	private final int iatiResultType;

	LogframeLevel(@Nullable LogframeLevel parent, int iatiResultType) {
		this.parent = parent;
		this.iatiResultType = iatiResultType;
	}

	public @Nullable LogframeLevel parent() {
		return parent;
	}

	public int iatiResultType() {
		return iatiResultType;
	}

	public String messageKey() {
		return "programme.level." + name();
	}

}
