package org.migracap.workshop.domain;

/**
 * The kinds of agenda session.
 */
public enum SessionKind {

	PLENARY, PANEL, BREAKOUT, PRIORITY_SETTING;

	public String messageKey() {
		return "workshop.sessionKind." + name();
	}

}
