package org.migracap.workshop.domain;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The iCalendar file of a participant, parsed back with ical4j. */
class WorkshopCalendarTests {

	static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");

	static final List<WorkshopCalendar.Event> EVENTS = List.of(
			WorkshopCalendar.Event.allDays("workshop-1@example.org", "Border dialogue", "Nairobi", null,
					LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 11)),
			WorkshopCalendar.Event.timed("session-7@example.org", "Opening", "Hall, Nairobi", "Welcome",
					LocalDateTime.of(2027, 3, 10, 9, 0), LocalDateTime.of(2027, 3, 10, 10, 30)));

	@Test
	void requestHasTheWorkshopItsSessionsTheZoneAndTheLocalTimes() throws Exception {
		String ics = WorkshopCalendar.build(NAIROBI, EVENTS, "migracap@example.org", "ana@example.org", "Ana",
				"http://localhost/workshops/1", 3, false);
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
		assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(2);
		VEvent session = events.get(1);
		assertThat(session.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("session-7@example.org");
		assertThat(session.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("3");
		DtStart<?> start = session.getStartDate().orElseThrow();
		assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Africa/Nairobi");
		assertThat(start.getValue()).isEqualTo("20270310T090000");
		assertThat(session.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20270310T103000");
		assertThat(calendar.getComponents(Component.VTIMEZONE).getFirst().getProperty(Property.TZID).orElseThrow()
			.getValue()).isEqualTo("Africa/Nairobi");
		assertThat(ics).contains("DTSTART;TZID=Africa/Nairobi:20270310T090000")
			.contains("DTSTART;VALUE=DATE:20270310")
			.contains("DTEND;VALUE=DATE:20270312");
	}

	@Test
	void cancelCancelsEveryEvent() throws Exception {
		String ics = WorkshopCalendar.build(NAIROBI, EVENTS, "migracap@example.org", "ana@example.org", "Ana", null, 4,
				true);
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).allSatisfy(e -> {
			assertThat(e.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
			assertThat(e.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("4");
		});
	}

	@Test
	void theStampChangesWithAnEventAndOnlyThen() {
		String before = WorkshopCalendar.stamp(NAIROBI, EVENTS);
		assertThat(WorkshopCalendar.stamp(NAIROBI, List.copyOf(EVENTS))).isEqualTo(before);
		List<WorkshopCalendar.Event> moved = List.of(EVENTS.get(0),
				WorkshopCalendar.Event.timed("session-7@example.org", "Opening", "Hall, Nairobi", "Welcome",
						LocalDateTime.of(2027, 3, 10, 11, 0), LocalDateTime.of(2027, 3, 10, 12, 30)));
		assertThat(WorkshopCalendar.stamp(NAIROBI, moved)).isNotEqualTo(before);
	}

}
