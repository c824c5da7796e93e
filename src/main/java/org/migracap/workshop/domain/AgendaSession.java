package org.migracap.workshop.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
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
import org.migracap.platform.Text;

/**
 * A session of the agenda: its kind, texts, speakers, expected audience and whether it needs interpretation; and,
 * once scheduled, its slot and room. A pinned session keeps its place when the agenda is scheduled again.
 */
@Entity
@Audited
@Table(schema = "workshop", name = "agenda_session")
class AgendaSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable Long id;

	@Version
	long version;

	@Column(name = "workshop_id", nullable = false)
	long workshopId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	SessionKind kind = SessionKind.PLENARY;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "title_en")),
			@AttributeOverride(name = "fr", column = @Column(name = "title_fr")),
			@AttributeOverride(name = "es", column = @Column(name = "title_es")) })
	@Nullable Text title = Text.of(null, null, null);

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "description_en")),
			@AttributeOverride(name = "fr", column = @Column(name = "description_fr")),
			@AttributeOverride(name = "es", column = @Column(name = "description_es")) })
	@Nullable Text description = Text.of(null, null, null);

	@Convert(converter = Converters.Ids.class)
	@Column(name = "speaker_ids", nullable = false)
	List<Long> speakerIds = new ArrayList<>();

	@Column(nullable = false)
	int audience;

	@Column(name = "needs_interpretation", nullable = false)
	boolean needsInterpretation;

	@Column(name = "slot_id")
	@Nullable Long slotId;

	@Column(name = "room_id")
	@Nullable Long roomId;

	@Column(nullable = false)
	boolean pinned;

	protected AgendaSession() {
	}

	AgendaSession(long workshopId, SessionKind kind, Text title) {
		this.workshopId = workshopId;
		this.kind = kind;
		this.title = title;
	}

	long id() {
		return java.util.Objects.requireNonNull(id);
	}

	Text title() {
		return Text.orEmpty(title);
	}

	Text description() {
		return Text.orEmpty(description);
	}

}
