package org.migracap.workshop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A room of the venue (or an online room): how many it seats and whether it has interpretation booths. */
@Entity
@Audited
@Table(schema = "workshop", name = "room")
class Room {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable Long id;

	@Version
	long version;

	@Column(name = "workshop_id", nullable = false)
	long workshopId;

	@Column(nullable = false)
	String name;

	@Column(nullable = false)
	int capacity;

	@Column(nullable = false)
	boolean interpretation;

	protected Room() {
	}

	Room(long workshopId, String name, int capacity, boolean interpretation) {
		this.workshopId = workshopId;
		this.name = name;
		this.capacity = capacity;
		this.interpretation = interpretation;
	}

	long id() {
		return java.util.Objects.requireNonNull(id);
	}

}
