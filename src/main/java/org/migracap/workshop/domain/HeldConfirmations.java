package org.migracap.workshop.domain;

import java.time.LocalDate;

import org.migracap.identity.AddressVerified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the confirmation that {@link WorkshopMail} held back while a registration's address was unproven, once the
 * address is verified: each confirmed registration with the address, to a workshop that has not ended, whose calendar
 * file never went out gets the confirmation with the calendar file as it is now. A registration whose file went out
 * has its calendar stamp, so a second verification sends nothing again.
 */
@Component
class HeldConfirmations {

	private static final Logger log = LoggerFactory.getLogger(HeldConfirmations.class);

	private final Registrations registrations;

	private final Workshops workshops;

	private final WorkshopMail mail;

	HeldConfirmations(Registrations registrations, Workshops workshops, WorkshopMail mail) {
		this.registrations = registrations;
		this.workshops = workshops;
		this.mail = mail;
	}

	@ApplicationModuleListener
	void on(AddressVerified verified) {
		int sent = 0;
		// registrations keep their address trimmed; one with another address than the proved one stays unproven
		for (Registration registration : registrations.findByEmailIgnoreCase(verified.email().trim())) {
			if (registration.status != RegistrationStatus.CONFIRMED || registration.calendarStamp != null) {
				continue;
			}
			Workshop workshop = workshops.findById(registration.workshopId).orElse(null);
			if (workshop == null || workshop.demo || workshop.endDate.isBefore(LocalDate.now(workshop.zone()))) {
				continue;
			}
			mail.confirmed(workshop, registration, false);
			if (registration.calendarStamp != null) {
				registrations.save(registration);
				sent++;
			}
		}
		if (sent > 0) {
			log.info("Sent {} held workshop confirmation(s) to user {} after the address was verified", sent,
					verified.userId());
		}
	}

}
