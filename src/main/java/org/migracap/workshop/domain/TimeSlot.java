package org.migracap.workshop.domain;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A time slot of the agenda on one day; sessions fill one slot each, in parallel across rooms. */
@Entity
@Audited
@Table(schema = "workshop", name = "time_slot")
class TimeSlot {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable Long id;

	@Version
	long version;

	@Column(name = "workshop_id", nullable = false)
	long workshopId;

	@Column(name = "slot_date", nullable = false)
	LocalDate slotDate;

	@Column(name = "starts_at", nullable = false)
	LocalTime startsAt;

	@Column(name = "ends_at", nullable = false)
	LocalTime endsAt;

	protected TimeSlot() {
	}

	TimeSlot(long workshopId, LocalDate day, LocalTime startsAt, LocalTime endsAt) {
		this.workshopId = workshopId;
		this.slotDate = day;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
	}

	long id() {
		return java.util.Objects.requireNonNull(id);
	}

}
