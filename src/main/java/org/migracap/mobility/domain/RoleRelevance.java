package org.migracap.mobility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.migracap.mobility.CountryRole;

/**
 * One row of the role-relevance matrix: how much a focus area matters for a country as origin, transit and
 * destination of a route (0 = not at all, 1 = fully).
 */
@Entity
@Audited
@Table(schema = "mobility", name = "role_relevance")
class RoleRelevance {

	@Id
	@Column(length = 1)
	private String area;

	@Version
	private long version;

	@Column(name = "origin_weight", nullable = false)
	private double originWeight;

	@Column(name = "transit_weight", nullable = false)
	private double transitWeight;

	@Column(name = "destination_weight", nullable = false)
	private double destinationWeight;

	protected RoleRelevance() {
	}

	RoleRelevance(String area) {
		this.area = area;
	}

	void set(double origin, double transit, double destination) {
		this.originWeight = origin;
		this.transitWeight = transit;
		this.destinationWeight = destination;
	}

	String area() {
		return area;
	}

	long version() {
		return version;
	}

	double weight(CountryRole role) {
		return switch (role) {
			case ORIGIN -> originWeight;
			case TRANSIT -> transitWeight;
			case DESTINATION -> destinationWeight;
		};
	}

}
