package org.migracap.library;

/**
 * Where a document stands in its life: a draft, in force, amended by a later version, or repealed.
 */
public enum DocumentStatus {

	DRAFT, IN_FORCE, AMENDED, REPEALED;

	public String messageKey() {
		return "library.status." + name();
	}

}
