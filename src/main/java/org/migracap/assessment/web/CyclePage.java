package org.migracap.assessment.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.migracap.assessment.domain.CapacityScoring;
import org.migracap.assessment.domain.CycleView;
import org.migracap.assessment.domain.FrameworkView;
import org.migracap.assessment.domain.StepView;
import org.migracap.platform.Text;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;

/**
 * What the cycle page shows: the cycle, its areas with their completeness, the indicators of the chosen area, the
 * scores as they stand, the history, and what the viewer may do.
 */
public record CyclePage(CycleView cycle, FrameworkView framework, CountryView country, List<AreaTab> areas,
		String currentArea, List<AnswerCard> cards, int answered, int indicators,
		List<CapacityScoring.AreaResult> scores, List<StepView> history, boolean editable, boolean reviewable,
		boolean mayChangeConfidentiality, boolean mayChangeDueDate) {

	/** An area of the framework in the cycle's navigation. */
	public record AreaTab(String code, @Nullable FocusArea focusArea, Text title, int answered, int indicators,
			@Nullable Double score) {

		public boolean complete() {
			return answered == indicators;
		}

	}

	public int percent() {
		return indicators == 0 ? 0 : (int) Math.round(100.0 * answered / indicators);
	}

	public @Nullable AreaTab area(String code) {
		return areas.stream().filter(a -> a.code().equals(code)).findFirst().orElse(null);
	}

	public @Nullable String nextArea() {
		for (int i = 0; i < areas.size() - 1; i++) {
			if (areas.get(i).code().equals(currentArea)) {
				return areas.get(i + 1).code();
			}
		}
		return null;
	}

	public @Nullable String previousArea() {
		for (int i = 1; i < areas.size(); i++) {
			if (areas.get(i).code().equals(currentArea)) {
				return areas.get(i - 1).code();
			}
		}
		return null;
	}

}
