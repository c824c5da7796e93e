package org.migracap.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.migracap.platform.Text;

/**
 * What one level of an indicator looks like in practice, so that two assessors reach the same level.
 */
@Entity
@Audited
@Table(schema = "assessment", name = "level_descriptor")
class LevelDescriptor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "indicator_id")
	private FrameworkIndicator indicator;

	@Column(nullable = false)
	private int level;

	@Embedded
	@EmbeddedColumnNaming("text_%s")
	private @Nullable Text text;

	protected LevelDescriptor() {
	}

	LevelDescriptor(FrameworkIndicator indicator, int level, Text text) {
		this.indicator = indicator;
		this.level = level;
		this.text = text;
	}

	void describe(Text text) {
		this.text = text;
	}

	int level() {
		return level;
	}

	Text text() {
		return Text.orEmpty(text);
	}

}
