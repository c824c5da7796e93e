package org.migracap.assessment.domain;

/**
 * Raises a framework's version when only its children changed, so that two administrators editing the same draft
 * are told of each other.
 */
interface FrameworkLocks {

	void lockForceIncrement(Framework framework);

}
