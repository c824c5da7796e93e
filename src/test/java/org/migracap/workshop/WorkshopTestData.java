package org.migracap.workshop;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.IdentityApi;
import org.migracap.identity.UserSummary;
import org.migracap.mobility.CountryRole;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Text;
import org.migracap.reference.FocusArea;
import org.migracap.workshop.domain.Attendance;
import org.migracap.workshop.domain.RegistrationService;
import org.migracap.workshop.domain.WorkshopFormat;
import org.migracap.workshop.domain.WorkshopService;

/** Workshops and registrations made through the module's services, for the integration tests. */
record WorkshopTestData(WorkshopService workshops, RegistrationService registrations, IdentityApi identity) {

	CurrentUser user(String username) {
		UserSummary u = identity.user(username).orElseThrow();
		return new CurrentUser(u.id(), u.username(), u.displayName(), u.roles(), u.countryCode());
	}

	/** A published bilingual (English/French) workshop with registration open, organised by the demo facilitator. */
	long published(String title, @Nullable Integer capacity, WorkshopFormat format) {
		CurrentUser facilitator = user("facilitator");
		long id = workshops.create(new WorkshopService.WorkshopCommand(Text.of(title, title + " (FR)", null),
				Text.of(null, null, null), EnumSet.of(FocusArea.B, FocusArea.C, FocusArea.X), List.of("en", "fr"),
				format, format == WorkshopFormat.ONLINE ? null : "Geneva", LocalDate.now().plusDays(10),
				LocalDate.now().plusDays(12), capacity, List.of()), facilitator);
		workshops.publish(id, facilitator);
		workshops.setRegistrationOpen(id, true, facilitator);
		return id;
	}

	/** Registers a contact on their behalf (no account), confirmed unless the workshop is full. */
	RegistrationService.RegistrationView contact(long workshopId, String name, @Nullable String country,
			@Nullable CountryRole perspective, Attendance attendance) {
		Map<Long, String> answers = new java.util.HashMap<>();
		for (RegistrationService.QuestionView q : registrations.questions(workshopId,
				java.util.Optional.of(user("facilitator")), Locale.ENGLISH)) {
			if (q.required()) {
				answers.put(q.id(), "no");
			}
		}
		return registrations.registerOnBehalf(workshopId, new RegistrationService.RegistrationCommand(name,
				name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ".") + "@example.org", country, null, null, "en",
				attendance, perspective, null, null, answers), user("facilitator"), Locale.ENGLISH);
	}

}
