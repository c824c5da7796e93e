package org.migracap.assessment.domain;

import java.util.ArrayList;
import java.util.List;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.migracap.platform.Text;
import org.migracap.reference.FocusArea;

/**
 * An area of a framework (a focus area in the core framework, a policy domain in SDG 10.7.2) with its indicators.
 */
@Entity
@Audited
@Table(schema = "assessment", name = "framework_area")
class FrameworkArea {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "framework_id")
	private Framework framework;

	@Column(nullable = false, length = 20)
	private String code;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "focus_area", length = 1)
	private @Nullable FocusArea focusArea;

	@Embedded
	@EmbeddedColumnNaming("title_%s")
	private @Nullable Text title;

	@Embedded
	@EmbeddedColumnNaming("description_%s")
	private @Nullable Text description;

	@OneToMany(mappedBy = "area", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<FrameworkIndicator> indicators = new ArrayList<>();

	protected FrameworkArea() {
	}

	FrameworkArea(Framework framework, FrameworkDocument.Area area, int position) {
		this.framework = framework;
		this.code = area.code();
		this.position = position;
		this.focusArea = area.focusArea();
		this.title = area.title();
		this.description = area.description();
		int indicatorPosition = 0;
		for (FrameworkDocument.Indicator indicator : area.indicators()) {
			indicators.add(new FrameworkIndicator(this, indicator, indicatorPosition++));
		}
	}

	boolean replaceIndicator(FrameworkDocument.Indicator indicator) {
		for (FrameworkIndicator existing : indicators) {
			if (existing.code().equals(indicator.code())) {
				existing.update(indicator);
				return true;
			}
		}
		return false;
	}

	FrameworkDocument.Area toDocument() {
		return new FrameworkDocument.Area(code, focusArea, Text.orEmpty(title),
				FrameworkRules.withEnglish(description),
				indicators.stream().map(FrameworkIndicator::toDocument).toList());
	}

}
