package org.migracap.platform;

import java.io.Serial;
import java.io.Serializable;

/**
 * The principal of a request to the JSON API authenticated with an access token: the token's user, seen by every
 * module exactly as if that user had signed in, and the token that was used.
 * @param readOnly whether the token may only read (GET, HEAD, OPTIONS)
 */
public record ApiCaller(CurrentUser user, long tokenId, String tokenName, boolean readOnly)
		implements CurrentUser.Holder, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	@Override
	public CurrentUser currentUser() {
		return user;
	}

	@Override
	public String toString() {
		return "ApiCaller[" + user.username() + ", token " + tokenName + "]";
	}

}
