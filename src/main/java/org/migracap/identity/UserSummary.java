package org.migracap.identity;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Role;

/**
 * What other modules may know of a user: name, roles, the country a focal point is bound to, language, and whether
 * the account is demo data.
 */
public record UserSummary(long id, String username, String displayName, String email, Set<Role> roles,
		@Nullable String countryCode, String preferredLanguage, boolean demo) {
}
