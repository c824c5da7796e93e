package org.migracap.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Confidentiality;
import org.migracap.platform.Text;
import org.migracap.reference.FocusArea;

/**
 * What a country profile shows of a country's capacity, as far as the viewer may see it: its latest published core
 * assessment (area scores, every indicator with its level, evidence and target), the history of its area scores, and
 * its SDG 10.7.2 results.
 * @param cycle the latest published core cycle the viewer may see; null when there is none
 */
public record CountryProfile(String iso3, @Nullable ProfileCycle cycle, Map<FocusArea, AreaScore> areas,
		List<ProfileIndicator> indicators, List<AreaScore> history, List<SdgResult> sdg) {

	/** The published cycle behind a profile. */
	public record ProfileCycle(long id, int year, String kind, Confidentiality confidentiality, boolean demo,
			@Nullable String source, String frameworkCode, int frameworkVersion, Text frameworkTitle,
			@Nullable Instant publishedAt) {
	}

	/**
	 * One indicator of the framework the cycle used, answered or not.
	 * @param descriptor what the reached level means for this indicator
	 */
	public record ProfileIndicator(String code, FocusArea area, CapacityDimension dimension, double weight,
			Text question, @Nullable Integer level, @Nullable Text descriptor, @Nullable Integer targetLevel,
			@Nullable Integer targetYear, @Nullable String confidence, @Nullable String evidenceText,
			List<String> evidenceLinks, int evidenceFiles) {

		public int gap() {
			return level == null || targetLevel == null ? 0 : Math.max(0, targetLevel - level);
		}

		public boolean answered() {
			return level != null;
		}

	}

	public boolean empty() {
		return cycle == null;
	}

	/** The latest SDG 10.7.2 result, if any. */
	public @Nullable SdgResult latestSdg() {
		return sdg.isEmpty() ? null : sdg.get(sdg.size() - 1);
	}

	/** Indicators with a gap to their target, largest gap first. */
	public List<ProfileIndicator> gaps() {
		return indicators.stream()
			.filter(i -> i.gap() > 0)
			.sorted(java.util.Comparator.comparingInt(ProfileIndicator::gap).reversed().thenComparing(ProfileIndicator::code))
			.toList();
	}

}
