package org.migracap.workshop.domain;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.IdentityApi;
import org.migracap.mail.MailApi;
import org.migracap.platform.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The workshop's e-mail, in the recipient's language, queued in the transaction of the change that causes it: the
 * invitation with a personal registration link, the confirmation and the waiting-list promotion with the participant's
 * iCalendar file (METHOD:REQUEST), an update of that file when the agenda changes it (same UIDs, higher SEQUENCE), its
 * cancellation (METHOD:CANCEL) when the registration is, and the reminders. Demo workshops send none: their people
 * are made up.
 * <p>
 * As for the workflow's mail, only a proven address gets mail other than the invitation (and the reminder before the
 * registration deadline, which repeats the invitation with a new personal link, to the same address): the
 * registration's address must be the verified address of the participant's account (of any enabled account when a
 * manager registered somebody without one), or the address of an invitation to the workshop whose personal link was
 * followed, since that link was sent to it alone. Otherwise the confirmation, its updates and cancellation, the
 * waiting-list promotion and the reminder before the workshop are not queued; the participant still sees the
 * registration in the application.
 */
@Component
public class WorkshopMail {

	/** What a personal registration link leads to. */
	public enum LinkState {

		VALID, EXPIRED, UNKNOWN

	}

	public record Link(LinkState state, long invitationId, long workshopId) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MailApi mail;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final AgendaSessions sessions;

	private final TimeSlots slots;

	private final Rooms rooms;

	private final String sender;

	private final IdentityApi identity;

	WorkshopMail(MailApi mail, JdbcClient jdbc, MessageSource messages, AgendaSessions sessions, TimeSlots slots,
			Rooms rooms, @Value("${migracap.mail.from:migracap@localhost}") String sender, IdentityApi identity) {
		this.mail = mail;
		this.identity = identity;
		this.jdbc = jdbc;
		this.messages = messages;
		this.sessions = sessions;
		this.slots = slots;
		this.rooms = rooms;
		this.sender = sender;
	}

	/** Queues the invitation with a new personal link, when the invitation has a usable address. */
	void invite(Workshop workshop, Invitation invitation) {
		if (workshop.demo || !MailApi.isAddress(invitation.email)) {
			return;
		}
		Locale locale = locale(invitation.language);
		String link = issueLink(workshop, invitation);
		Map<String, Object> model = letter(locale, invitation.name,
				List.of(text(locale, "workshop.mail.invitation.body", title(workshop, locale),
						day(workshop.startDate, locale), day(workshop.endDate, locale),
						day(lastDay(workshop), locale))),
				link, text(locale, "workshop.mail.invitation.action"));
		mail.queue(new MailApi.Letter("workshop.invitation", invitation.email, locale.getLanguage(),
				"workshop/mail/notice", "workshop.mail.invitation.subject", List.of(title(workshop, locale)), model,
				Map.of()));
	}

	/** Reminds an invited person who has not registered that the registration closes soon. */
	void deadlineReminder(Workshop workshop, Invitation invitation) {
		Locale locale = locale(invitation.language);
		String link = issueLink(workshop, invitation);
		Map<String, Object> model = letter(locale, invitation.name, List.of(text(locale,
				"workshop.mail.reminder.deadline.body", title(workshop, locale), day(lastDay(workshop), locale))),
				link, text(locale, "workshop.mail.invitation.action"));
		mail.queue(new MailApi.Letter("workshop.reminder.deadline", invitation.email, locale.getLanguage(),
				"workshop/mail/notice", "workshop.mail.reminder.deadline.subject", List.of(title(workshop, locale)),
				model, Map.of()));
	}

	/** Reminds a registered participant that the workshop starts soon, with their sessions. */
	void startReminder(Workshop workshop, Registration registration) {
		if (!proven(workshop, registration)) {
			return;
		}
		Locale locale = locale(registration.language);
		Map<String, Object> model = letter(locale, registration.name,
				List.of(text(locale, "workshop.mail.reminder.start.body", title(workshop, locale),
						day(workshop.startDate, locale))),
				workshopUrl(workshop), text(locale, "workshop.mail.open"));
		model.put("agenda", agendaLines(workshop, locale));
		mail.queue(new MailApi.Letter("workshop.reminder.start", registration.email, locale.getLanguage(),
				"workshop/mail/notice", "workshop.mail.reminder.start.subject",
				List.of(title(workshop, locale), day(workshop.startDate, locale)), model, Map.of()));
	}

	/** The registration is now confirmed (registered, or promoted from the waiting list): the calendar file. */
	void confirmed(Workshop workshop, Registration registration, boolean promoted) {
		String kind = promoted ? "promoted" : "confirmation";
		sendCalendar(workshop, registration, kind, false);
	}

	/** A confirmed registration was cancelled: the file that cancels its events. */
	void cancelled(Workshop workshop, Registration registration) {
		registration.calendarSequence++;
		registration.calendarStamp = null;
		sendCalendar(workshop, registration, "cancelled", true);
	}

	/**
	 * The agenda changed: each confirmed participant whose events it changes gets the updated file, with the same UIDs
	 * and a higher SEQUENCE.
	 */
	void agendaChanged(Workshop workshop, List<Registration> confirmed) {
		for (Registration registration : confirmed) {
			List<WorkshopCalendar.Event> events = events(workshop, locale(registration.language));
			String stamp = WorkshopCalendar.stamp(workshop.zone(), events);
			if (registration.calendarStamp != null && !registration.calendarStamp.equals(stamp)) {
				registration.calendarSequence++;
				sendCalendar(workshop, registration, "update", false);
			}
		}
	}

	private void sendCalendar(Workshop workshop, Registration registration, String kind, boolean cancel) {
		if (workshop.demo || !MailApi.isAddress(registration.email) || !proven(workshop, registration)) {
			return;
		}
		Locale locale = locale(registration.language);
		List<WorkshopCalendar.Event> events = events(workshop, locale);
		if (!cancel) {
			registration.calendarStamp = WorkshopCalendar.stamp(workshop.zone(), events);
		}
		String ics = WorkshopCalendar.build(workshop.zone(), events, sender, registration.email, registration.name,
				workshopUrl(workshop), registration.calendarSequence, cancel);
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(text(locale, "workshop.mail." + kind + ".body", title(workshop, locale),
				day(workshop.startDate, locale), day(workshop.endDate, locale)));
		paragraphs.add(text(locale, "workshop.mail.zone", workshop.zone().getId()));
		Map<String, Object> model = letter(locale, registration.name, paragraphs, workshopUrl(workshop),
				text(locale, "workshop.mail.open"));
		if (!cancel) {
			model.put("agenda", agendaLines(workshop, locale));
		}
		mail.queue(new MailApi.Letter("workshop." + kind, registration.email, locale.getLanguage(),
				"workshop/mail/notice", "workshop.mail." + kind + ".subject", List.of(title(workshop, locale)), model,
				Map.of()), List.of(new MailApi.Attachment("workshop-" + workshop.id() + ".ics",
						WorkshopCalendar.contentType(cancel), ics)));
	}

	/** The workshop as an all-day event and each scheduled session at its local times, in the reader's language. */
	List<WorkshopCalendar.Event> events(Workshop workshop, Locale locale) {
		String host = host();
		List<WorkshopCalendar.Event> events = new ArrayList<>();
		events.add(WorkshopCalendar.Event.allDays("workshop-" + workshop.id() + "@" + host, title(workshop, locale),
				workshop.venue, blank(workshop.description().resolve(locale, workshop.languages)), workshop.startDate,
				workshop.endDate));
		Map<Long, TimeSlot> slotById = new HashMap<>();
		slots.findByWorkshopIdOrderBySlotDateAscStartsAtAsc(workshop.id()).forEach(s -> slotById.put(s.id(), s));
		Map<Long, String> roomById = new HashMap<>();
		rooms.findByWorkshopIdOrderByNameAsc(workshop.id()).forEach(r -> roomById.put(Objects.requireNonNull(r.id), r.name));
		sessions.findByWorkshopIdOrderByIdAsc(workshop.id())
			.stream()
			.filter(s -> s.slotId != null && slotById.containsKey(s.slotId))
			.sorted(java.util.Comparator.comparing((AgendaSession s) -> slotById.get(s.slotId).slotDate)
				.thenComparing(s -> slotById.get(s.slotId).startsAt)
				.thenComparing(AgendaSession::id))
			.forEach(s -> {
				TimeSlot slot = slotById.get(s.slotId);
				String room = s.roomId == null ? null : roomById.get(s.roomId);
				String where = room == null ? workshop.venue
						: workshop.venue == null ? room : room + ", " + workshop.venue;
				events.add(WorkshopCalendar.Event.timed("session-" + s.id() + "@" + host,
						s.title().resolve(locale, workshop.languages), where,
						blank(s.description().resolve(locale, workshop.languages)), slot.slotDate.atTime(slot.startsAt),
						slot.slotDate.atTime(slot.endsAt)));
			});
		return events;
	}

	private List<String> agendaLines(Workshop workshop, Locale locale) {
		DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale);
		DateTimeFormatter until = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
		return events(workshop, locale).stream()
			.filter(e -> e.start() != null && e.end() != null)
			.map(e -> Objects.requireNonNull(e.start()).format(when) + "–" + Objects.requireNonNull(e.end()).format(until)
					+ " " + e.summary() + (e.location() == null ? "" : " (" + e.location() + ")"))
			.toList();
	}

	// Personal links

	private String issueLink(Workshop workshop, Invitation invitation) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				insert into workshop.invitation_link (token_hash, invitation_id, expires_at, created_at)
				values (:hash, :invitation, :expires, :now)""")
			.param("hash", hash(token))
			.param("invitation", Objects.requireNonNull(invitation.id))
			.param("expires", Timestamp.from(workshop.registrationEnds()))
			.param("now", Timestamp.from(Instant.now()))
			.update();
		return mail.baseUrl() + "/workshops/invitation?token=" + token;
	}

	/**
	 * Whether the registration's address is proven (see the class comment): verified on the participant's account (on
	 * any enabled account when there is none), or the address of an invitation to the workshop whose link was followed.
	 */
	boolean proven(Workshop workshop, Registration registration) {
		if (identity.isVerifiedAddress(registration.userId, registration.email)) {
			return true;
		}
		return jdbc.sql("""
				select count(*) from workshop.invitation_link l join workshop.invitation i on i.id = l.invitation_id
				where i.workshop_id = :w and lower(i.email) = lower(:e) and l.followed_at is not null""")
			.param("w", workshop.id())
			.param("e", registration.email.trim())
			.query(Long.class)
			.single() > 0;
	}

	/** Records that a personal link was followed, which proves the address it was sent to; once. */
	void followed(String token) {
		jdbc.sql("update workshop.invitation_link set followed_at = :now where token_hash = :hash and followed_at is null")
			.param("now", Timestamp.from(Instant.now()))
			.param("hash", hash(token))
			.update();
	}

	/** The invitation a personal link belongs to, and whether it still works. */
	public Link follow(String token) {
		if (token.isBlank() || token.length() > 100) {
			return new Link(LinkState.UNKNOWN, 0, 0);
		}
		Optional<Link> found = jdbc.sql("""
				select l.expires_at, i.id, i.workshop_id from workshop.invitation_link l
				join workshop.invitation i on i.id = l.invitation_id where l.token_hash = :hash""")
			.param("hash", hash(token))
			.query((rs, n) -> new Link(rs.getTimestamp(1).toInstant().isAfter(Instant.now()) ? LinkState.VALID
					: LinkState.EXPIRED, rs.getLong(2), rs.getLong(3)))
			.optional();
		return found.orElse(new Link(LinkState.UNKNOWN, 0, 0));
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// Texts

	private Map<String, Object> letter(Locale locale, String name, List<String> paragraphs, String link,
			String action) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", name);
		model.put("paragraphs", paragraphs);
		model.put("link", link);
		model.put("action", action);
		model.put("agenda", List.of());
		return model;
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static String title(Workshop workshop, Locale locale) {
		return workshop.title().resolve(locale, workshop.languages);
	}

	private static String day(LocalDate day, Locale locale) {
		return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
	}

	/** The last day on which one may register. */
	static LocalDate lastDay(Workshop workshop) {
		return workshop.registrationDeadline != null ? workshop.registrationDeadline : workshop.startDate.minusDays(1);
	}

	private String workshopUrl(Workshop workshop) {
		return mail.baseUrl() + "/workshops/" + workshop.id();
	}

	private String host() {
		try {
			String host = URI.create(mail.baseUrl()).getHost();
			return host == null ? "migracap" : host;
		}
		catch (IllegalArgumentException ex) {
			return "migracap";
		}
	}

	private static Locale locale(String language) {
		return Locale.of(switch (language) {
			case "fr", "es" -> language;
			default -> "en";
		});
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
