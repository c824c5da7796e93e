package org.migracap.assessment.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.migracap.assessment.CapacityDimension;
import org.migracap.platform.Text;

/**
 * An indicator: the question, its weight in the area score, guidance for the assessor, the evidence expected, its
 * crosswalk to the GCM objectives, the SDG 10.7.2 domain and the DAC purpose code, and one descriptor per level.
 */
@Entity
@Audited
@Table(schema = "assessment", name = "indicator")
class FrameworkIndicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "area_id")
	private FrameworkArea area;

	@Column(nullable = false, length = 20)
	private String code;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private @Nullable CapacityDimension dimension;

	@Column(nullable = false)
	private double weight;

	@Embedded
	@EmbeddedColumnNaming("question_%s")
	private @Nullable Text question;

	@Embedded
	@EmbeddedColumnNaming("guidance_%s")
	private @Nullable Text guidance;

	@Embedded
	@EmbeddedColumnNaming("evidence_%s")
	private @Nullable Text evidence;

	@Column(name = "gcm_objectives", length = 100)
	private @Nullable String gcmObjectives;

	@Column(name = "sdg_domain")
	private @Nullable Integer sdgDomain;

	@Column(name = "dac_code", length = 10)
	private @Nullable String dacCode;

	@OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("level")
	private List<LevelDescriptor> levels = new ArrayList<>();

	protected FrameworkIndicator() {
	}

	FrameworkIndicator(FrameworkArea area, FrameworkDocument.Indicator indicator, int position) {
		this.area = area;
		this.code = indicator.code();
		this.position = position;
		this.dimension = indicator.dimension();
		this.weight = indicator.weight();
		this.question = indicator.question();
		this.guidance = indicator.guidance();
		this.evidence = indicator.evidence();
		this.gcmObjectives = indicator.gcm().isEmpty() ? null
				: indicator.gcm().stream().map(String::valueOf).collect(Collectors.joining(" "));
		this.sdgDomain = indicator.sdgDomain();
		this.dacCode = indicator.dac();
		for (FrameworkDocument.Level level : indicator.levels()) {
			levels.add(new LevelDescriptor(this, level.level(), level.text()));
		}
	}

	String code() {
		return code;
	}

	/** Takes over everything of the given indicator but its code, updating the level descriptors in place. */
	void update(FrameworkDocument.Indicator indicator) {
		this.dimension = indicator.dimension();
		this.weight = indicator.weight();
		this.question = indicator.question();
		this.guidance = indicator.guidance();
		this.evidence = indicator.evidence();
		this.gcmObjectives = indicator.gcm().isEmpty() ? null
				: indicator.gcm().stream().map(String::valueOf).collect(Collectors.joining(" "));
		this.sdgDomain = indicator.sdgDomain();
		this.dacCode = indicator.dac();
		levels.removeIf(existing -> indicator.level(existing.level()).isEmpty());
		for (FrameworkDocument.Level level : indicator.levels()) {
			LevelDescriptor existing = levels.stream().filter(l -> l.level() == level.level()).findFirst().orElse(null);
			if (existing == null) {
				levels.add(new LevelDescriptor(this, level.level(), level.text()));
			}
			else {
				existing.describe(level.text());
			}
		}
	}

	FrameworkDocument.Indicator toDocument() {
		List<Integer> gcm = gcmObjectives == null ? List.of()
				: Arrays.stream(gcmObjectives.split(" ")).filter(s -> !s.isBlank()).map(Integer::valueOf).toList();
		return new FrameworkDocument.Indicator(code, dimension, weight, Text.orEmpty(question),
				FrameworkRules.withEnglish(guidance),
				FrameworkRules.withEnglish(evidence), gcm, sdgDomain, dacCode,
				levels.stream().map(l -> new FrameworkDocument.Level(l.level(), l.text())).toList());
	}

}
