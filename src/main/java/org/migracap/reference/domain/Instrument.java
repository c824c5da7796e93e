package org.migracap.reference.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.migracap.reference.FocusArea;
import org.migracap.reference.InstrumentView;

/**
 * An international instrument (convention, protocol) whose ratifications are tracked.
 */
@Entity
@Audited
@Table(schema = "reference", name = "instrument")
class Instrument {

	@Id
	@Column(length = 20)
	private String code;

	@Version
	private long version;

	@Column(name = "short_name", nullable = false, length = 80)
	private String shortName;

	@Column(nullable = false, length = 400)
	private String title;

	@Column(nullable = false, length = 20)
	private String body;

	@Column(name = "adopted_year", nullable = false)
	private int adoptedYear;

	@Column(nullable = false, length = 40)
	private String areas;

	protected Instrument() {
	}

	Instrument(String code) {
		this.code = code;
	}

	void update(String shortName, String title, String body, int adoptedYear, Set<FocusArea> areas) {
		this.shortName = shortName;
		this.title = title;
		this.body = body;
		this.adoptedYear = adoptedYear;
		this.areas = areas.stream().map(FocusArea::name).sorted().collect(Collectors.joining(" "));
	}

	InstrumentView toView() {
		Set<FocusArea> set = EnumSet.noneOf(FocusArea.class);
		for (String code : areas.split(" ")) {
			if (!code.isBlank()) {
				set.add(FocusArea.of(code));
			}
		}
		return new InstrumentView(code, shortName, title, body, adoptedYear, set);
	}

	String code() {
		return code;
	}

}
