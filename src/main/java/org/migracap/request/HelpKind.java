package org.migracap.request;

/**
 * The kinds of capacity-building help a State can ask for. Names are translated messages {@code help.<NAME>}.
 */
public enum HelpKind {

	TRAINING, TECHNICAL_ADVICE, LEGISLATIVE_REVIEW, SYSTEMS_EQUIPMENT, STUDY_VISIT, WORKSHOP;

	public String messageKey() {
		return "help." + name();
	}

}
