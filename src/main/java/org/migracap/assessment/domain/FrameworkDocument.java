package org.migracap.assessment.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.migracap.assessment.CapacityDimension;
import org.migracap.platform.Text;
import org.migracap.reference.FocusArea;

/**
 * A framework as a file: the shipped frameworks, and what administrators import and export (JSON). Areas hold
 * indicators; each indicator holds one descriptor per level of the scale.
 * @param core whether the framework measures the ten focus areas (area codes are the focus area letters) and feeds
 * the capacity scores other modules read
 */
public record FrameworkDocument(String code, int version, RatingScale scale, boolean core, Text title,
		@Nullable Text description, List<Area> areas) implements Serializable {

	public FrameworkDocument {
		areas = areas == null ? List.of() : List.copyOf(areas);
	}

	public record Area(String code, @Nullable FocusArea focusArea, Text title, @Nullable Text description,
			List<Indicator> indicators) implements Serializable {

		public Area {
			indicators = indicators == null ? List.of() : List.copyOf(indicators);
		}

	}

	/**
	 * @param gcm objectives of the Global Compact for Migration (1-23) the indicator serves
	 * @param sdgDomain SDG 10.7.2 policy domain (1-6)
	 * @param dac OECD DAC CRS purpose code
	 */
	public record Indicator(String code, @Nullable CapacityDimension dimension, double weight, Text question,
			@Nullable Text guidance, @Nullable Text evidence, List<Integer> gcm, @Nullable Integer sdgDomain,
			@Nullable String dac, List<Level> levels) implements Serializable {

		public Indicator {
			gcm = gcm == null ? List.of() : List.copyOf(gcm);
			levels = levels == null ? List.of() : List.copyOf(levels);
		}

		public Optional<Level> level(int level) {
			return levels.stream().filter(l -> l.level() == level).findFirst();
		}

	}

	public record Level(int level, Text text) implements Serializable {
	}

	public Stream<Indicator> indicators() {
		return areas.stream().flatMap(area -> area.indicators().stream());
	}

}
