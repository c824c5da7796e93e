package org.migracap.identity.domain;

import org.hibernate.envers.RevisionListener;
import org.migracap.platform.ApiCaller;
import org.migracap.platform.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each audit revision with the signed-in user (and the access token's name when the change came through the API with one), or "system" for start-up loads and background work.
 */
class RevisionStamp implements RevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		Revision revision = (Revision) revisionEntity;
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String tokenName = authentication != null && authentication.getPrincipal() instanceof ApiCaller caller
				? caller.tokenName() : null;
		CurrentUser.current()
			.ifPresentOrElse(user -> revision.stamp(user.username(), user.id(), tokenName),
					() -> revision.stamp("system", null, null));
	}

}
