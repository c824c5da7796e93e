package org.migracap.identity.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.mail.MailApi;
import org.springframework.stereotype.Component;

/**
 * The e-mail that goes with an in-app notification: the same translated message, in the user's language, with the
 * link back to the page, as a mail of the notification's kind (the message key without its {@code notify} part:
 * {@code assessment.notify.returned} is the kind {@code assessment.returned}). Whether it is sent at once, put in the
 * daily digest or dropped is the user's choice for the kind ({@link MailApi#queue}). Only enabled, real (not demo,
 * not service) accounts whose address is verified get one.
 */
@Component
public class WorkflowMail {

	/** The kinds a user may choose a delivery for on the account page, in the order shown. */
	public static final List<String> KINDS = List.of("assessment.submitted", "assessment.resubmitted",
			"assessment.returned", "assessment.validated", "assessment.published", "assessment.dueSoon",
			"assessment.dueToday", "assessment.overdue", "request.submitted",
			"request.submittedCountry", "request.infoRequested", "request.answered", "request.answeredCountry",
			"request.accepted", "request.declined", "request.withdrawn", "request.withdrawnCountry",
			"request.attached", "request.programme", "programme.created", "programme.actual", "programme.resultsDue",
			"programme.resultsOverdue", "planning.adopted",
			"planning.adoptedCountry", "workshop.invitation", "workshop.confirmation", "workshop.promoted",
			"workshop.update", "workshop.cancelled", "workshop.reminder.deadline", "workshop.reminder.start");

	/**
	 * Notification kinds whose mail their module sends itself, richer than the notification (the workshop module
	 * sends the invitation with its personal link and the confirmation with the calendar file): no second mail.
	 */
	static final Set<String> MAILED_BY_THEIR_MODULE = Set.of("workshop.invited", "workshop.registered",
			"workshop.promoted");

	private final UserAccounts users;

	private final MailApi mail;

	WorkflowMail(UserAccounts users, MailApi mail) {
		this.users = users;
		this.mail = mail;
	}

	/** The kind of mail of a notification's message key. */
	public static String kind(String messageKey) {
		String[] parts = messageKey.split("\\.", 3);
		if (parts.length == 3 && (parts[1].equals("notify") || parts[1].equals("notification"))) {
			return parts[0] + "." + parts[2];
		}
		return messageKey;
	}

	/** Queues the mail of a notification to the user, in the caller's transaction, if the user may get it. */
	public void send(long userId, String messageKey, List<String> args, @Nullable String link) {
		if (MAILED_BY_THEIR_MODULE.contains(kind(messageKey))) {
			return;
		}
		users.findById(userId)
			.filter(u -> u.enabled() && !u.demo() && !u.serviceAccount() && u.emailVerified()
					&& MailApi.isAddress(u.email()))
			.ifPresent(user -> {
				Map<String, Object> model = new HashMap<>();
				model.put("displayName", user.displayName());
				model.put("link", link == null ? null : mail.baseUrl() + link);
				mail.queue(new MailApi.Letter(kind(messageKey), user.email(), user.preferredLanguage(),
						"identity/mail/notification", messageKey, List.<Object>copyOf(args), model, Map.of()));
			});
	}

}
