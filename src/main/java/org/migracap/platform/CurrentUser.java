package org.migracap.platform;

import java.io.Serial;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as every module sees it: id, name, roles and, for a focal point, the ISO 3166-1 alpha-3 code
 * of the one country it is bound to.
 */
public record CurrentUser(long id, String username, String displayName, Set<Role> roles, @Nullable String countryCode)
		implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public CurrentUser {
		roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	/** Implemented by the authentication principal so that modules can reach the current user. */
	public interface Holder {

		CurrentUser currentUser();

	}

	public static Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Holder holder) {
			return Optional.of(holder.currentUser());
		}
		return Optional.empty();
	}

	public static CurrentUser required() {
		return current().orElseThrow(() -> new AccessDeniedException("Sign in required"));
	}

	public boolean has(Role... anyOf) {
		for (Role role : anyOf) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	/** IOM staff and administrators see all non-public data. */
	public boolean isStaff() {
		return has(Role.ADMIN, Role.COORDINATOR);
	}

	public boolean isFocalPointOf(@Nullable String iso3) {
		return roles.contains(Role.FOCAL_POINT) && countryCode != null && countryCode.equalsIgnoreCase(iso3);
	}

	/** Whether this user may see data that a country keeps confidential to itself and IOM. */
	public boolean canSeeConfidentialOf(@Nullable String iso3) {
		return isStaff() || isFocalPointOf(iso3);
	}

	/**
	 * IOM's own roles (administrators, coordinators, workshop facilitators): they see what is shared with members. A
	 * workshop participant is not one of them.
	 */
	public boolean isIomStaff() {
		return has(Role.ADMIN, Role.COORDINATOR, Role.FACILITATOR);
	}

	/**
	 * Whether this user may see results a country shares "with members" (IOM Member States): IOM staff roles and
	 * focal points of a country recorded as a Member State. A focal point of a country whose status is unknown,
	 * observer or none sees only public results of other countries (and all of its own, see
	 * {@link #canSeeConfidentialOf(String)}). The one rule every page, API, export, chart and search applies.
	 */
	public boolean canSeeMembersOnly(MemberStates memberStates) {
		return isIomStaff() || roles.contains(Role.FOCAL_POINT) && memberStates.isMemberState(countryCode);
	}

	/** Whether this user may see results of {@code iso3} shared with members: its own, or as a member. */
	public boolean canSeeMembersOnlyOf(@Nullable String iso3, MemberStates memberStates) {
		return canSeeConfidentialOf(iso3) || canSeeMembersOnly(memberStates);
	}

	/** Whether this user may change records that belong to the given country. */
	public boolean canEditCountry(@Nullable String iso3) {
		return roles.contains(Role.COORDINATOR) || roles.contains(Role.ADMIN) || isFocalPointOf(iso3);
	}

	/** Refuses the call unless this user may change records of the given country. */
	public void requireCountry(@Nullable String iso3) {
		if (!canEditCountry(iso3)) {
			throw new AccessDeniedException("Not allowed for country " + iso3);
		}
	}

	/** Static variant of {@link #canSeeConfidentialOf(String)} for callers that may be anonymous. */
	public static boolean mayReadConfidential(@Nullable String iso3) {
		return current().map(user -> user.canSeeConfidentialOf(iso3)).orElse(false);
	}

}
