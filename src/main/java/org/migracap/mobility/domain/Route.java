package org.migracap.mobility.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

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
 * A route along the chain of movement, defined by a coordinator: origin, transit countries in order, destination,
 * and where its volume comes from.
 */
@Entity
@Audited
@Table(schema = "mobility", name = "route")
class Route {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "origin_iso3", nullable = false, length = 3)
	private String originIso3;

	@Column(name = "transit_iso3", nullable = false, length = 200)
	private String transitIso3 = "";

	@Column(name = "destination_iso3", nullable = false, length = 3)
	private String destinationIso3;

	@Enumerated(EnumType.STRING)
	@Column(name = "volume_mode", nullable = false, length = 10)
	private VolumeMode volumeMode = VolumeMode.DATA;

	@Column(name = "entered_volume")
	private @Nullable Double enteredVolume;

	@Column(length = 2000)
	private @Nullable String note;

	@Column(nullable = false)
	private boolean demo;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	protected Route() {
	}

	Route(boolean demo) {
		this.demo = demo;
	}

	void define(String name, String originIso3, List<String> transit, String destinationIso3, VolumeMode mode,
			@Nullable Double enteredVolume, @Nullable String note) {
		this.name = name;
		this.originIso3 = originIso3;
		this.transitIso3 = String.join(" ", transit);
		this.destinationIso3 = destinationIso3;
		this.volumeMode = mode;
		this.enteredVolume = mode == VolumeMode.ENTERED ? enteredVolume : null;
		this.note = note;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Route not saved yet");
		}
		return id;
	}

	long version() {
		return version;
	}

	String name() {
		return name;
	}

	String originIso3() {
		return originIso3;
	}

	List<String> transit() {
		return transitIso3.isBlank() ? List.of() : Arrays.asList(transitIso3.trim().split("\\s+"));
	}

	String destinationIso3() {
		return destinationIso3;
	}

	VolumeMode volumeMode() {
		return volumeMode;
	}

	@Nullable Double enteredVolume() {
		return enteredVolume;
	}

	@Nullable String note() {
		return note;
	}

	boolean demo() {
		return demo;
	}

	Instant createdAt() {
		return createdAt;
	}

}
