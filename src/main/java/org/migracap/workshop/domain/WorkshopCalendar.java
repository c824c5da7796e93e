package org.migracap.workshop.domain;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.HexFormat;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.jspecify.annotations.Nullable;

/**
 * A participant's iCalendar file (RFC 5545, iTIP METHOD REQUEST or CANCEL) of a workshop: one all-day VEVENT for the
 * workshop and one VEVENT for each scheduled session, with the workshop's time zone as TZID and its VTIMEZONE. Each
 * event's UID is stable (the workshop's or the session's id and the application's host), so that a later file with
 * a higher SEQUENCE updates or cancels the events a calendar already has. Built with ical4j
 * (docs/adr/workshop-04-icalendar-with-ical4j.md).
 */
final class WorkshopCalendar {

	/** The content type of the MIME part, with the iTIP method. */
	static String contentType(boolean cancel) {
		return "text/calendar; method=" + (cancel ? "CANCEL" : "REQUEST") + "; charset=UTF-8";
	}

	/** One event of the file: a session at local times of the workshop's zone, or the whole workshop (dates only). */
	record Event(String uid, String summary, @Nullable String location, @Nullable String description,
			@Nullable LocalDate firstDay, @Nullable LocalDate lastDay, @Nullable LocalDateTime start,
			@Nullable LocalDateTime end) {

		static Event allDays(String uid, String summary, @Nullable String location, @Nullable String description,
				LocalDate first, LocalDate last) {
			return new Event(uid, summary, location, description, first, last, null, null);
		}

		static Event timed(String uid, String summary, @Nullable String location, @Nullable String description,
				LocalDateTime start, LocalDateTime end) {
			return new Event(uid, summary, location, description, null, null, start, end);
		}

	}

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private WorkshopCalendar() {
	}

	/**
	 * The file's text.
	 * @param zone the workshop's time zone
	 * @param organizer the address of the organiser (the application's sender address)
	 * @param attendee the participant's address
	 * @param sequence the SEQUENCE of every event
	 * @param cancel whether the file cancels the events (METHOD:CANCEL, STATUS:CANCELLED)
	 */
	static String build(ZoneId zone, List<Event> events, String organizer, String attendee, String attendeeName,
			@Nullable String url, int sequence, boolean cancel) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//MigraCap//Workshops//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
		@Nullable TimeZone timeZone = events.stream().anyMatch(e -> e.start() != null) ? ZONES.getTimeZone(zone.getId())
				: null;
		if (timeZone != null) {
			calendar.add(timeZone.getVTimeZone());
		}
		DtStamp stamp = new DtStamp(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		for (Event e : events) {
			VEvent event;
			if (e.start() != null && e.end() != null) {
				event = new VEvent(false);
				event.add(dateTime(true, e.start(), zone, timeZone));
				event.add(dateTime(false, e.end(), zone, timeZone));
			}
			else {
				event = new VEvent(false);
				event.add(new DtStart<Temporal>(java.util.Objects.requireNonNull(e.firstDay())));
				event.add(new DtEnd<Temporal>(java.util.Objects.requireNonNull(e.lastDay()).plusDays(1)));
			}
			event.add(stamp);
			event.add(new Uid(e.uid()));
			event.add(new Sequence(sequence));
			event.add(new Summary(e.summary()));
			if (e.location() != null && !e.location().isBlank()) {
				event.add(new Location(e.location()));
			}
			if (e.description() != null && !e.description().isBlank()) {
				event.add(new Description(e.description()));
			}
			if (url != null) {
				event.add(new Url(URI.create(url)));
			}
			event.add(new Organizer(new ParameterList(List.of(new Cn("MigraCap"))), URI.create("mailto:" + organizer)));
			event.add(new Attendee(new ParameterList(List.of(new Cn(attendeeName), Role.REQ_PARTICIPANT,
					cancel ? PartStat.DECLINED : PartStat.ACCEPTED)), URI.create("mailto:" + attendee)));
			event.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
			calendar.add(event);
		}
		return calendar.toString();
	}

	private static net.fortuna.ical4j.model.Property dateTime(boolean start, LocalDateTime local, ZoneId zone,
			@Nullable TimeZone timeZone) {
		if (timeZone == null) {
			java.time.Instant instant = local.atZone(zone).toInstant();
			return start ? new DtStart<Temporal>(instant) : new DtEnd<Temporal>(instant);
		}
		// The local time with its TZID, as the agenda gives it: ical4j's own zone rules are not consulted to format it.
		ParameterList tzid = new ParameterList(List.of(new TzId(timeZone.getID())));
		return start ? new DtStart<Temporal>(tzid, local) : new DtEnd<Temporal>(tzid, local);
	}

	/** A digest of what the events say (not when the file was made), to tell whether a calendar changed. */
	static String stamp(ZoneId zone, List<Event> events) {
		StringBuilder text = new StringBuilder(zone.getId());
		for (Event e : events) {
			text.append('\n').append(e);
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
