package org.migracap.programme.domain;

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
 * One line of a programme's log frame below its goal: an outcome, an output under an outcome, or an activity under
 * an output.
 */
@Entity
@Audited
@Table(schema = "programme", name = "logframe_item")
class LogframeItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable Long id;

	@Version
	long version;

	@Column(name = "programme_id", nullable = false)
	long programmeId;

	@Column(name = "parent_id")
	@Nullable Long parentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	LogframeLevel level;

	@Column(nullable = false, length = 2000)
	String text;

	@Column(nullable = false)
	int position;

	protected LogframeItem() {
	}

	LogframeItem(long programmeId, @Nullable Long parentId, LogframeLevel level, String text, int position) {
		this.programmeId = programmeId;
		this.parentId = parentId;
		this.level = level;
		this.text = text.trim();
		this.position = position;
	}

}
