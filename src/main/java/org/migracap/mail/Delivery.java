package org.migracap.mail;

/**
 * How a person wants the mail of one kind: each message as it happens, listed in one mail a day, or not at all.
 * Without a choice, {@link #IMMEDIATE}.
 */
public enum Delivery {

	IMMEDIATE, DIGEST, NONE;

	public String messageKey() {
		return "mail.delivery." + name();
	}

}
