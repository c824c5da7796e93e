package org.migracap.cooperation.domain;

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
import org.migracap.platform.Confidentiality;

/**
 * A State's stance on an objective (-2 strongly oppose .. +2 strongly support) and the priority it gives it (1 high ..
 * 3 low), stated by its focal point.
 */
@Entity
@Audited
@Table(schema = "cooperation", name = "stance")
class Stance {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(nullable = false, length = 3)
	private String iso3;

	@Column(name = "objective_code", nullable = false, length = 10)
	private String objectiveCode;

	@Column(nullable = false)
	private short stance;

	@Column(nullable = false)
	private short priority;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Confidentiality visibility = Confidentiality.MEMBERS;

	@Column(length = 1000)
	private @Nullable String note;

	@Column(nullable = false)
	private boolean demo;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	@Column(name = "updated_by", length = 80)
	private @Nullable String updatedBy;

	protected Stance() {
	}

	Stance(String iso3, String objectiveCode, boolean demo) {
		this.iso3 = iso3;
		this.objectiveCode = objectiveCode;
		this.demo = demo;
	}

	void state(int stance, int priority, Confidentiality visibility, @Nullable String note, String by) {
		this.stance = (short) stance;
		this.priority = (short) priority;
		this.visibility = visibility;
		this.note = note;
		this.updatedAt = Instant.now();
		this.updatedBy = by;
	}

	boolean same(int stance, int priority, Confidentiality visibility, @Nullable String note) {
		return this.stance == stance && this.priority == priority && this.visibility == visibility
				&& java.util.Objects.equals(this.note, note);
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Stance not saved yet");
		}
		return id;
	}

	long version() {
		return version;
	}

	String iso3() {
		return iso3;
	}

	String objectiveCode() {
		return objectiveCode;
	}

	int stance() {
		return stance;
	}

	int priority() {
		return priority;
	}

	Confidentiality visibility() {
		return visibility;
	}

	@Nullable String note() {
		return note;
	}

	boolean demo() {
		return demo;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	@Nullable String updatedBy() {
		return updatedBy;
	}

}
