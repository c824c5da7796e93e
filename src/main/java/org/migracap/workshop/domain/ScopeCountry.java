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

/**
 * A country in a workshop's scope, with how it came there: {@code region:<M49>}, {@code route:<id>},
 * {@code gap:<area>} or {@code hand}.
 */
@Entity
@Audited
@Table(schema = "workshop", name = "scope_country")
class ScopeCountry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable Long id;

	@Version
	long version;

	@Column(name = "workshop_id", nullable = false)
	long workshopId;

	@Column(name = "country_code", nullable = false, length = 3)
	String countryCode;

	@Column(nullable = false, length = 100)
	String source;

	protected ScopeCountry() {
	}

	ScopeCountry(long workshopId, String countryCode, String source) {
		this.workshopId = workshopId;
		this.countryCode = countryCode;
		this.source = source;
	}

}
