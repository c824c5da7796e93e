package org.migracap.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.migracap.reference.IomStatus;

/**
 * A country's status in IOM as recorded by an administrator. No complete public list is shipped, so the table starts
 * empty and a country without a row has status UNKNOWN.
 */
@Entity
@Audited
@Table(schema = "reference", name = "iom_membership")
class IomMembership {

	@Id
	@Column(length = 3)
	private String iso3;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private IomStatus status;

	@Column(name = "since_year")
	private @Nullable Integer since;

	@Column(length = 500)
	private @Nullable String note;

	protected IomMembership() {
	}

	IomMembership(String iso3) {
		this.iso3 = iso3;
		this.status = IomStatus.UNKNOWN;
	}

	void record(IomStatus status, @Nullable Integer since, @Nullable String note) {
		this.status = status;
		this.since = status == IomStatus.MEMBER || status == IomStatus.OBSERVER ? since : null;
		this.note = note == null || note.isBlank() ? null : note.trim();
	}

	String iso3() {
		return iso3;
	}

	long version() {
		return version;
	}

	IomStatus status() {
		return status;
	}

	@Nullable Integer since() {
		return since;
	}

	@Nullable String note() {
		return note;
	}

}
