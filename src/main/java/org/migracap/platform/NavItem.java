package org.migracap.platform;

import java.util.Optional;
import java.util.Set;

/**
 * A navigation entry a module contributes as a bean. Shown under its {@link CycleStep} to users who hold one of
 * {@code roles} (everybody when empty and {@code anonymous}; every signed-in user when empty and not anonymous).
 */
public record NavItem(CycleStep step, String labelKey, String href, int order, Set<Role> roles, boolean anonymous) {

	public static NavItem everyone(CycleStep step, String labelKey, String href, int order) {
		return new NavItem(step, labelKey, href, order, Set.of(), true);
	}

	public static NavItem signedIn(CycleStep step, String labelKey, String href, int order) {
		return new NavItem(step, labelKey, href, order, Set.of(), false);
	}

	public static NavItem roles(CycleStep step, String labelKey, String href, int order, Role... roles) {
		return new NavItem(step, labelKey, href, order, Set.of(roles), false);
	}

	public boolean visibleTo(Optional<CurrentUser> user) {
		if (user.isEmpty()) {
			return anonymous && roles.isEmpty();
		}
		return roles.isEmpty() || user.get().has(roles.toArray(Role[]::new));
	}

}
