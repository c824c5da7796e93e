package org.migracap.cooperation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.migracap.reference.FocusArea;

/**
 * An agreement or partnership: its type, status, dates, the areas it deals with and its parties. A confidential
 * agreement is seen only by IOM staff and the focal points of the States party to it.
 */
@Entity
@Audited
@Table(schema = "cooperation", name = "agreement")
class Agreement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(nullable = false, length = 300)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(name = "agreement_type", nullable = false, length = 40)
	private AgreementType type;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AgreementStatus status = AgreementStatus.DRAFT;

	@Convert(converter = AreasConverter.class)
	@Column(nullable = false, length = 40)
	private Set<FocusArea> areas = EnumSet.noneOf(FocusArea.class);

	@Column(length = 4000)
	private @Nullable String description;

	@Column(name = "signed_on")
	private @Nullable LocalDate signedOn;

	@Column(name = "starts_on")
	private @Nullable LocalDate startsOn;

	@Column(name = "ends_on")
	private @Nullable LocalDate endsOn;

	@Column(nullable = false)
	private boolean confidential;

	@Column(length = 100)
	private @Nullable String origin;

	@Column(nullable = false)
	private boolean demo;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "created_by", length = 80)
	private @Nullable String createdBy;

	@OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<AgreementParty> parties = new ArrayList<>();

	protected Agreement() {
	}

	Agreement(boolean demo, @Nullable String origin, @Nullable String createdBy) {
		this.demo = demo;
		this.origin = origin;
		this.createdBy = createdBy;
	}

	void describe(String title, AgreementType type, AgreementStatus status, Set<FocusArea> areas,
			@Nullable String description, @Nullable LocalDate signedOn, @Nullable LocalDate startsOn,
			@Nullable LocalDate endsOn, boolean confidential) {
		this.title = title;
		this.type = type;
		this.status = status;
		this.areas = areas.isEmpty() ? EnumSet.noneOf(FocusArea.class) : EnumSet.copyOf(areas);
		this.description = description;
		this.signedOn = signedOn;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.confidential = confidential;
	}

	/** Replaces the parties, keeping the records of parties that stay. */
	void parties(List<AgreementParty.Draft> drafts) {
		List<AgreementParty> kept = new ArrayList<>();
		for (AgreementParty.Draft draft : drafts) {
			AgreementParty match = parties.stream()
				.filter(p -> !kept.contains(p) && p.matches(draft))
				.findFirst()
				.orElseGet(() -> new AgreementParty(this, draft));
			kept.add(match);
		}
		parties.removeIf(p -> !kept.contains(p));
		for (AgreementParty p : kept) {
			if (!parties.contains(p)) {
				parties.add(p);
			}
		}
	}

	boolean inForce(LocalDate day) {
		return status.operative() && (startsOn == null || !startsOn.isAfter(day)) && (endsOn == null || !endsOn.isBefore(day));
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Agreement not saved yet");
		}
		return id;
	}

	long version() {
		return version;
	}

	String title() {
		return title;
	}

	AgreementType type() {
		return type;
	}

	AgreementStatus status() {
		return status;
	}

	Set<FocusArea> areas() {
		return areas.isEmpty() ? EnumSet.noneOf(FocusArea.class) : EnumSet.copyOf(areas);
	}

	@Nullable String description() {
		return description;
	}

	@Nullable LocalDate signedOn() {
		return signedOn;
	}

	@Nullable LocalDate startsOn() {
		return startsOn;
	}

	@Nullable LocalDate endsOn() {
		return endsOn;
	}

	boolean confidential() {
		return confidential;
	}

	@Nullable String origin() {
		return origin;
	}

	boolean demo() {
		return demo;
	}

	Instant createdAt() {
		return createdAt;
	}

	@Nullable String createdBy() {
		return createdBy;
	}

	List<AgreementParty> parties() {
		return List.copyOf(parties);
	}

}
