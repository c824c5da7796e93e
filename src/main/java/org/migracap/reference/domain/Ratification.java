package org.migracap.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.migracap.reference.RatificationStatus;
import org.migracap.reference.RatificationView;

/**
 * A country's status towards one instrument. {@code source} says whether it came from a shipped file or from an
 * administrator; the file never overwrites an administrator's record.
 */
@Entity
@Audited
@Table(schema = "reference", name = "ratification",
		uniqueConstraints = @UniqueConstraint(columnNames = { "instrument_code", "iso3" }))
class Ratification {

	static final String FILE = "file";

	static final String ADMIN = "admin";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(name = "instrument_code", nullable = false, length = 20)
	private String instrumentCode;

	@Column(nullable = false, length = 3)
	private String iso3;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private RatificationStatus status;

	@Column(name = "status_year")
	private @Nullable Integer year;

	@Column(nullable = false, length = 10)
	private String source;

	@Column(length = 500)
	private @Nullable String note;

	protected Ratification() {
	}

	Ratification(String instrumentCode, String iso3) {
		this.instrumentCode = instrumentCode;
		this.iso3 = iso3;
		this.status = RatificationStatus.NONE;
		this.source = FILE;
	}

	void record(RatificationStatus status, @Nullable Integer year, String source, @Nullable String note) {
		this.status = status;
		this.year = status == RatificationStatus.NONE ? null : year;
		this.source = source;
		this.note = note == null || note.isBlank() ? null : note.trim();
	}

	RatificationView toView() {
		return new RatificationView(instrumentCode, iso3, status, year, source, note);
	}

	long version() {
		return version;
	}

	String source() {
		return source;
	}

	String iso3() {
		return iso3;
	}

	String instrumentCode() {
		return instrumentCode;
	}

}
