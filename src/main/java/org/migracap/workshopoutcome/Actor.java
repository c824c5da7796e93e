package org.migracap.workshopoutcome;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;

/**
 * The user who acted in the workshop, as an event carries it: a listener runs after the commit in a transaction of its
 * own without a signed-in user, and rebuilds the user with {@link #user()} to repeat the permission check the command
 * made.
 */
public record Actor(long id, String username, String displayName, Set<Role> roles, @Nullable String countryCode) {

	public Actor {
		roles = Set.copyOf(roles);
	}

	public static Actor of(CurrentUser user) {
		return new Actor(user.id(), user.username(), user.displayName(), user.roles(), user.countryCode());
	}

	/** The user as it was when it acted. */
	public CurrentUser user() {
		return new CurrentUser(id, username, displayName, roles, countryCode);
	}

}
