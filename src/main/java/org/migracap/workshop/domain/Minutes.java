package org.migracap.workshop.domain;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.migracap.platform.Text;

/** The minutes of a workshop in its working languages; every saved version is kept by the audit trail. */
@Entity
@Audited
@Table(schema = "workshop", name = "minutes")
class Minutes {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable Long id;

	@Version
	long version;

	@Column(name = "workshop_id", nullable = false, unique = true)
	long workshopId;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "text_en", length = 100000)),
			@AttributeOverride(name = "fr", column = @Column(name = "text_fr", length = 100000)),
			@AttributeOverride(name = "es", column = @Column(name = "text_es", length = 100000)) })
	@Nullable Text text = Text.of(null, null, null);

	@Column(name = "updated_at", nullable = false)
	Instant updatedAt = Instant.now();

	@Column(name = "updated_by", nullable = false)
	String updatedBy;

	protected Minutes() {
	}

	Minutes(long workshopId, String updatedBy) {
		this.workshopId = workshopId;
		this.updatedBy = updatedBy;
	}

	Text text() {
		return Text.orEmpty(text);
	}

}
