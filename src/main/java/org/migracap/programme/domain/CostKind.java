package org.migracap.programme.domain;

/**
 * One-off costs end with the programme; recurrent costs go on every year and fall to the country once the
 * programme's funding ends.
 */
public enum CostKind {

	ONE_OFF, RECURRENT;

	public String messageKey() {
		return "programme.cost." + name();
	}

}
