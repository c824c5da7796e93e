package org.migracap.assessment.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

class FrameworkLocksImpl implements FrameworkLocks {

	private final EntityManager entityManager;

	FrameworkLocksImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public void lockForceIncrement(Framework framework) {
		entityManager.lock(framework, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
	}

}
