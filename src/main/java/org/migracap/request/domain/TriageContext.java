package org.migracap.request.domain;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.CurrentUser;
import org.migracap.reference.FocusArea;
import org.springframework.stereotype.Service;

/**
 * What the triage queue shows beside a request: the requesting country's assessed gaps by area and its corridor
 * leverage, each limited to what the viewer may see. Empty while the assessment and mobility modules provide no data.
 */
@Service
public class TriageContext {

	/** A country's assessed score and gap in one area. */
	public record AreaGap(FocusArea area, double score, @Nullable Double targetScore, double gap, int year) {
	}

	/** Whether assessed scores can be shown at all. */
	public boolean assessmentAvailable() {
		return false;
	}

	/** Whether corridor leverage can be shown at all. */
	public boolean leverageAvailable() {
		return false;
	}

	public Map<FocusArea, AreaGap> gaps(String iso3, Optional<CurrentUser> viewer) {
		return Map.of();
	}

	/** Flow-weighted gain if the country rose to the next-weakest link, by area. */
	public Map<FocusArea, Double> leverage(String iso3, Optional<CurrentUser> viewer) {
		return Map.of();
	}

}
