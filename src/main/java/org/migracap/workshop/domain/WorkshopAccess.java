package org.migracap.workshop.domain;

import java.util.Optional;

import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a workshop. IOM staff (coordinators, administrators) see and manage every workshop; a
 * facilitator manages the workshops they organise or facilitate; every signed-in user sees published and concluded
 * workshops; a draft does not exist for anybody else (404).
 */
@Component
class WorkshopAccess {

	private final Workshops workshops;

	WorkshopAccess(Workshops workshops) {
		this.workshops = workshops;
	}

	static boolean canManage(Workshop workshop, CurrentUser user) {
		return user.isStaff() || (user.has(Role.FACILITATOR) && workshop.isManagedBy(user.id()));
	}

	static boolean canSee(Workshop workshop, Optional<CurrentUser> user) {
		return user.isPresent() && (workshop.status != WorkshopStatus.DRAFT || canManage(workshop, user.get()));
	}

	Workshop visible(long id, Optional<CurrentUser> user) {
		Workshop workshop = workshops.findById(id).orElseThrow(() -> NotFoundException.of("workshop", id));
		if (!canSee(workshop, user)) {
			throw NotFoundException.of("workshop", id);
		}
		return workshop;
	}

	Workshop managed(long id, CurrentUser user) {
		Workshop workshop = visible(id, Optional.of(user));
		requireManage(workshop, user);
		return workshop;
	}

	static void requireManage(Workshop workshop, CurrentUser user) {
		if (!canManage(workshop, user)) {
			throw new AccessDeniedException("Not a manager of workshop " + workshop.id);
		}
	}

}
