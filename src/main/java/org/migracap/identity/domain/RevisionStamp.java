package org.migracap.identity.domain;

import org.hibernate.envers.RevisionListener;
import org.migracap.platform.CurrentUser;

/**
 * Stamps each audit revision with the signed-in user, or "system" for start-up loads and background work.
 */
class RevisionStamp implements RevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		Revision revision = (Revision) revisionEntity;
		CurrentUser.current()
			.ifPresentOrElse(user -> revision.stamp(user.username(), user.id()), () -> revision.stamp("system", null));
	}

}
