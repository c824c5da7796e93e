package org.migracap.mobility.domain;

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
 * A name or code that data files use for a country and that is not its ISO code or ISO name: mapped to the ISO
 * alpha-3 code it stands for, or excluded with a reason (an aggregate, a place without an ISO code).
 */
@Entity
@Audited
@Table(schema = "mobility", name = "country_alias")
class CountryAlias {

	static final String ADMINISTRATOR = "administrator";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(nullable = false, length = 200)
	private String alias;

	@Column(nullable = false, length = 200, unique = true)
	private String folded;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private AliasAction action;

	@Column(length = 3)
	private @Nullable String iso3;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private @Nullable ExclusionReason reason;

	@Column(length = 500)
	private @Nullable String note;

	@Column(nullable = false, length = 60)
	private String origin;

	protected CountryAlias() {
	}

	CountryAlias(String alias, String origin) {
		this.alias = alias.trim();
		this.folded = CountryNames.fold(alias);
		this.origin = origin;
	}

	void mapTo(String iso3, @Nullable String note) {
		this.action = AliasAction.MAP;
		this.iso3 = iso3;
		this.reason = null;
		this.note = note;
	}

	void exclude(ExclusionReason reason, @Nullable String note) {
		this.action = AliasAction.EXCLUDE;
		this.iso3 = null;
		this.reason = reason;
		this.note = note;
	}

	void rename(String alias) {
		this.alias = alias.trim();
		this.folded = CountryNames.fold(alias);
	}

	void editedBy(String origin) {
		this.origin = origin;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Alias not saved yet");
		}
		return id;
	}

	long version() {
		return version;
	}

	String alias() {
		return alias;
	}

	String folded() {
		return folded;
	}

	AliasAction action() {
		return action;
	}

	@Nullable String iso3() {
		return iso3;
	}

	@Nullable ExclusionReason reason() {
		return reason;
	}

	@Nullable String note() {
		return note;
	}

	String origin() {
		return origin;
	}

	boolean shipped() {
		return !ADMINISTRATOR.equals(origin);
	}

}
