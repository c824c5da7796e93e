package org.migracap.reference;

/**
 * A country's status in IOM: Member State, observer, or neither. {@code UNKNOWN} until an administrator records it.
 */
public enum IomStatus {

	MEMBER, OBSERVER, NONE, UNKNOWN;

	public String messageKey() {
		return "iom." + name();
	}

}
