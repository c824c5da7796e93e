package org.migracap.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * An organisation taking part in a programme in one IATI role (1 funding, 2 accountable, 3 extending,
 * 4 implementing), with its IATI organisation identifier and type where known.
 */
@Entity
@Audited
@Table(schema = "programme", name = "partner")
class Partner {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable Long id;

	@Version
	long version;

	@Column(name = "programme_id", nullable = false)
	long programmeId;

	@Column(nullable = false, length = 200)
	String name;

	@Column(length = 100)
	@Nullable String ref;

	@Column(name = "org_type", length = 3)
	@Nullable String orgType;

	@Column(nullable = false)
	int role;

	protected Partner() {
	}

	Partner(long programmeId, String name, @Nullable String ref, @Nullable String orgType, int role) {
		this.programmeId = programmeId;
		this.name = name.trim();
		this.ref = ref == null || ref.isBlank() ? null : ref.trim();
		this.orgType = orgType == null || orgType.isBlank() ? null : orgType.trim();
		this.role = role;
	}

}
