package org.migracap.platform;

/**
 * The roles of DESIGN.md section 2. A focal point is bound to exactly one country.
 */
public enum Role {

	ADMIN, COORDINATOR, FOCAL_POINT, FACILITATOR, PARTICIPANT;

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name();
	}

}
