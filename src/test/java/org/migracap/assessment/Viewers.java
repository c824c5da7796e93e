package org.migracap.assessment;

import java.util.Optional;
import java.util.Set;

import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;

/**
 * Viewers for visibility tests: the public, focal points of Kenya and Guatemala, a participant, a coordinator.
 */
public final class Viewers {

	public static final Optional<CurrentUser> PUBLIC = Optional.empty();

	public static final Optional<CurrentUser> FOCAL_KEN = Optional.of(focal("KEN"));

	public static final Optional<CurrentUser> FOCAL_GTM = Optional.of(focal("GTM"));

	public static final Optional<CurrentUser> PARTICIPANT = Optional
		.of(new CurrentUser(90, "participant", "Participant", Set.of(Role.PARTICIPANT), null));

	public static final Optional<CurrentUser> COORDINATOR = Optional
		.of(new CurrentUser(91, "coordinator", "Coordinator", Set.of(Role.COORDINATOR), null));

	private Viewers() {
	}

	public static CurrentUser focal(String iso3) {
		return new CurrentUser(100 + Math.abs(iso3.hashCode() % 100), "focal." + iso3.toLowerCase(),
				"Focal point " + iso3, Set.of(Role.FOCAL_POINT), iso3);
	}

}
