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

/**
 * Somebody invited to a workshop: a focal point of a scoped country (added and removed with the scope) or a contact
 * entered by hand.
 */
@Entity
@Audited
@Table(schema = "workshop", name = "invitation")
class Invitation {

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

	@Column(nullable = false, length = 5)
	String language = "en";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	InvitationSource source;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	InvitationStatus status = InvitationStatus.PENDING;

	@Column(name = "sent_at")
	@Nullable Instant sentAt;

	protected Invitation() {
	}

	Invitation(long workshopId, @Nullable Long userId, String name, String email, @Nullable String countryCode,
			String language, InvitationSource source) {
		this.workshopId = workshopId;
		this.userId = userId;
		this.name = name;
		this.email = email;
		this.countryCode = countryCode;
		this.language = language;
		this.source = source;
	}

}
