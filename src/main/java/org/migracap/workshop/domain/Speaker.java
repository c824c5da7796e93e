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

/** A speaker, moderator or resource person of a workshop's sessions. */
@Entity
@Audited
@Table(schema = "workshop", name = "speaker")
class Speaker {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable Long id;

	@Version
	long version;

	@Column(name = "workshop_id", nullable = false)
	long workshopId;

	@Column(nullable = false)
	String name;

	@Nullable String affiliation;

	protected Speaker() {
	}

	Speaker(long workshopId, String name, @Nullable String affiliation) {
		this.workshopId = workshopId;
		this.name = name;
		this.affiliation = affiliation;
	}

	long id() {
		return java.util.Objects.requireNonNull(id);
	}

}
