package org.migracap.cooperation.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A party to an agreement: a State (its ISO code), or a non-state actor (its name, and the country it works in if
 * any).
 */
@Entity
@Audited
@Table(schema = "cooperation", name = "agreement_party")
class AgreementParty {

	record Draft(PartyKind kind, @Nullable String iso3, @Nullable String name) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "agreement_id", nullable = false)
	private Agreement agreement;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private PartyKind kind;

	@Column(length = 3)
	private @Nullable String iso3;

	@Column(length = 300)
	private @Nullable String name;

	protected AgreementParty() {
	}

	AgreementParty(Agreement agreement, Draft draft) {
		this.agreement = agreement;
		this.kind = draft.kind();
		this.iso3 = draft.iso3();
		this.name = draft.name();
	}

	boolean matches(Draft draft) {
		return kind == draft.kind() && Objects.equals(iso3, draft.iso3()) && Objects.equals(name, draft.name());
	}

	PartyKind kind() {
		return kind;
	}

	@Nullable String iso3() {
		return iso3;
	}

	@Nullable String name() {
		return name;
	}

}
