package org.migracap.workshop.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
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
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.Text;
import org.migracap.reference.FocusArea;

/**
 * A workshop for policy makers: what it is about, for which countries, where and when, in which languages, and who
 * runs it. Registrations, agenda, ballots and conclusions refer to it by id.
 */
@Entity
@Audited
@Table(schema = "workshop", name = "workshop")
class Workshop {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable Long id;

	@Version
	long version;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "title_en")),
			@AttributeOverride(name = "fr", column = @Column(name = "title_fr")),
			@AttributeOverride(name = "es", column = @Column(name = "title_es")) })
	@Nullable Text title = Text.of(null, null, null);

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "description_en")),
			@AttributeOverride(name = "fr", column = @Column(name = "description_fr")),
			@AttributeOverride(name = "es", column = @Column(name = "description_es")) })
	@Nullable Text description = Text.of(null, null, null);

	@Convert(converter = Converters.Areas.class)
	@Column(nullable = false)
	Set<FocusArea> themes = EnumSet.noneOf(FocusArea.class);

	@Convert(converter = Converters.Codes.class)
	@Column(nullable = false)
	List<String> languages = new ArrayList<>(List.of("en"));

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	WorkshopFormat format = WorkshopFormat.IN_PERSON;

	@Nullable String venue;

	@Column(name = "start_date", nullable = false)
	LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	LocalDate endDate;

	@Nullable Integer capacity;

	/** The IANA zone of the venue: the agenda's times are local to it. */
	@Column(name = "time_zone", nullable = false, length = 60)
	String timeZone = "UTC";

	/** The last day on which one may register (in {@link #timeZone}); personal links expire at its end. */
	@Column(name = "registration_deadline")
	@Nullable LocalDate registrationDeadline;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	WorkshopStatus status = WorkshopStatus.DRAFT;

	@Column(name = "registration_open", nullable = false)
	boolean registrationOpen;

	@Column(name = "survey_open", nullable = false)
	boolean surveyOpen;

	@Column(name = "organiser_id", nullable = false)
	long organiserId;

	@Convert(converter = Converters.Ids.class)
	@Column(name = "facilitator_ids", nullable = false)
	List<Long> facilitatorIds = new ArrayList<>();

	@Column(nullable = false)
	boolean demo;

	@Column(name = "created_at", nullable = false)
	Instant createdAt = Instant.now();

	@Column(name = "concluded_at")
	@Nullable Instant concludedAt;

	protected Workshop() {
	}

	Workshop(long organiserId, LocalDate startDate, LocalDate endDate) {
		this.organiserId = organiserId;
		this.startDate = startDate;
		this.endDate = endDate;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Workshop not saved yet");
		}
		return id;
	}

	Text title() {
		return Text.orEmpty(title);
	}

	Text description() {
		return Text.orEmpty(description);
	}

	boolean isManagedBy(long userId) {
		return organiserId == userId || facilitatorIds.contains(userId);
	}

	/** Whether attending in person takes one of the limited places (a venue exists). */
	boolean seatsLimitedFor(Attendance attendance) {
		return capacity != null && (format == WorkshopFormat.ONLINE || attendance == Attendance.IN_PERSON);
	}

	void requireNotConcluded() {
		if (status == WorkshopStatus.CONCLUDED) {
			throw RuleViolationException.conflict("workshop.error.concluded");
		}
	}

	java.time.ZoneId zone() {
		try {
			return java.time.ZoneId.of(timeZone);
		}
		catch (java.time.DateTimeException ex) {
			return java.time.ZoneOffset.UTC;
		}
	}

	/** When personal registration links stop working: the end of the deadline, or the start of the workshop. */
	Instant registrationEnds() {
		return registrationDeadline != null ? registrationDeadline.plusDays(1).atStartOfDay(zone()).toInstant()
				: startDate.atStartOfDay(zone()).toInstant();
	}

	String primaryLanguage() {
		return languages.isEmpty() ? "en" : languages.get(0);
	}

}
