package org.migracap.workshop.domain;

/**
 * The answer a registration question takes.
 */
public enum QuestionKind {

	TEXT, YES_NO;

	public String messageKey() {
		return "workshop.questionKind." + name();
	}

}
