package org.migracap.workshop.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.migracap.platform.Text;

/** One option of a ballot; an option may stand for a focus area, so that the result can weight areas. */
@Entity
@Audited
@Table(schema = "workshop", name = "ballot_option")
class BallotOption {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable Long id;

	@Version
	long version;

	@Column(name = "ballot_id", nullable = false)
	long ballotId;

	@Column(name = "sort_order", nullable = false)
	int sortOrder;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "label_en")),
			@AttributeOverride(name = "fr", column = @Column(name = "label_fr")),
			@AttributeOverride(name = "es", column = @Column(name = "label_es")) })
	@Nullable Text label = Text.of(null, null, null);

	@Column(name = "area_code", length = 1)
	@Nullable String areaCode;

	protected BallotOption() {
	}

	BallotOption(long ballotId, int sortOrder, Text label, @Nullable String areaCode) {
		this.ballotId = ballotId;
		this.sortOrder = sortOrder;
		this.label = label;
		this.areaCode = areaCode;
	}

	long id() {
		return java.util.Objects.requireNonNull(id);
	}

	Text label() {
		return Text.orEmpty(label);
	}

}
