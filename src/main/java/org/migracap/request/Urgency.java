package org.migracap.request;

/**
 * How urgent the requesting State says its need is. Names are translated messages {@code urgency.<NAME>}.
 */
public enum Urgency {

	LOW, MEDIUM, HIGH, CRITICAL;

	public String messageKey() {
		return "urgency." + name();
	}

}
