package org.migracap.platform;

import org.jspecify.annotations.Nullable;

/**
 * Which countries are recorded as IOM Member States (the reference module keeps the record and implements this).
 * Results shared "with members" are shown to a focal point only when its country is one; a country whose status is
 * unknown, observer or none is treated as not a member.
 */
public interface MemberStates {

	/** Whether {@code iso3} is recorded as an IOM Member State; {@code false} for {@code null} or an unknown code. */
	boolean isMemberState(@Nullable String iso3);

	/** No country is a member: what a check sees before any status is recorded. */
	MemberStates NONE = iso3 -> false;

}
