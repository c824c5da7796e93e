package org.migracap.workshop.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.migracap.mobility.CountryRole;

/**
 * One participant's registration to a workshop: who, how they attend, in which language, from which perspective,
 * what they need, and whether they hold a place, wait for one, or cancelled.
 */
@Entity
@Audited
@Table(schema = "workshop", name = "registration")
class Registration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable Long id;

	@Version
	long version;

	@Column(name = "workshop_id", nullable = false)
	long workshopId;

	@Column(name = "user_id")
	@Nullable Long userId;

	@Column(nullable = false)
	String name;

	@Column(nullable = false)
	String email;

	@Column(name = "country_code", length = 3)
	@Nullable String countryCode;

	@Nullable String organisation;

	@Column(name = "position_title")
	@Nullable String positionTitle;

	@Column(nullable = false, length = 5)
	String language = "en";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	Attendance attendance = Attendance.IN_PERSON;

	@Enumerated(EnumType.STRING)
	@Nullable CountryRole perspective;

	@Column(name = "interpretation_into", length = 5)
	@Nullable String interpretationInto;

	@Column(name = "accessibility_needs", length = 1000)
	@Nullable String accessibilityNeeds;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	RegistrationStatus status = RegistrationStatus.CONFIRMED;

	@Column(name = "registered_at", nullable = false)
	Instant registeredAt = Instant.now();

	@Column(name = "waitlisted_at")
	@Nullable Instant waitlistedAt;

	@Column(nullable = false)
	boolean attended;

	@Column(nullable = false)
	boolean demo;

	/** The SEQUENCE of the participant's calendar events as last sent. */
	@org.hibernate.envers.NotAudited
	@Column(name = "calendar_sequence", nullable = false)
	int calendarSequence;

	/** A digest of the calendar last sent, to tell whether an agenda change alters it. */
	@org.hibernate.envers.NotAudited
	@Column(name = "calendar_stamp", length = 64)
	@Nullable String calendarStamp;

	protected Registration() {
	}

	Registration(long workshopId, @Nullable Long userId, String name, String email) {
		this.workshopId = workshopId;
		this.userId = userId;
		this.name = name;
		this.email = email;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Registration not saved yet");
		}
		return id;
	}

	boolean active() {
		return status != RegistrationStatus.CANCELLED;
	}

}
