package org.migracap.request.domain;

import java.util.Map;
import java.util.Optional;

import java.util.EnumMap;
import java.util.HashMap;

import org.jspecify.annotations.Nullable;
import org.migracap.assessment.AreaScore;
import org.migracap.assessment.AssessmentApi;
import org.migracap.mobility.Leverage;
import org.migracap.mobility.MobilityApi;
import org.migracap.platform.CurrentUser;
import org.migracap.reference.FocusArea;
import org.springframework.stereotype.Service;

/**
 * What the triage queue shows beside a request: the requesting country's assessed scores and gaps by area (latest
 * published core assessment) and its corridor leverage (the mobility module's chain analysis), each limited to what
 * the viewer may see.
 */
@Service
public class TriageContext {

	private final AssessmentApi assessment;

	private final MobilityApi mobility;

	TriageContext(AssessmentApi assessment, MobilityApi mobility) {
		this.assessment = assessment;
		this.mobility = mobility;
	}

	/** A country's assessed score and gap in one area. */
	public record AreaGap(FocusArea area, double score, @Nullable Double targetScore, double gap, int year) {
	}

	/** Whether assessed scores can be shown at all. */
	public boolean assessmentAvailable() {
		return true;
	}

	/** Whether corridor leverage can be shown at all. */
	public boolean leverageAvailable() {
		return true;
	}

	public Map<FocusArea, AreaGap> gaps(String iso3, Optional<CurrentUser> viewer) {
		Map<FocusArea, AreaGap> gaps = new EnumMap<>(FocusArea.class);
		for (Map.Entry<FocusArea, AreaScore> entry : assessment.latestAreaScores(iso3, viewer).entrySet()) {
			AreaScore score = entry.getValue();
			gaps.put(entry.getKey(), new AreaGap(entry.getKey(), score.score(), score.targetScore(), score.gap(),
					score.year()));
		}
		return gaps;
	}

	/**
	 * Flow-weighted gain (people × capacity points) if the country rose to the next-weakest link, by area; only areas
	 * with a gain.
	 */
	public Map<FocusArea, Double> leverage(String iso3, Optional<CurrentUser> viewer) {
		return allLeverage(viewer).getOrDefault(iso3, Map.of());
	}

	/** The leverage of every country, computed once for a whole queue. */
	public Map<String, Map<FocusArea, Double>> allLeverage(Optional<CurrentUser> viewer) {
		Map<String, Map<FocusArea, Double>> result = new HashMap<>();
		for (Leverage leverage : mobility.leverage(viewer)) {
			result.computeIfAbsent(leverage.iso3(), k -> new EnumMap<>(FocusArea.class))
				.merge(leverage.area(), leverage.peopleGain(), Double::sum);
		}
		return result;
	}

}
