package org.migracap.assessment.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.migracap.assessment.domain.CapacityScoring;
import org.migracap.assessment.domain.CycleService;
import org.migracap.assessment.domain.CycleStatus;
import org.migracap.assessment.domain.CycleView;
import org.migracap.assessment.domain.FrameworkDocument;
import org.migracap.assessment.domain.FrameworkView;
import org.migracap.assessment.domain.ResponseView;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.reference.ReferenceApi;
import org.springframework.stereotype.Component;

/**
 * Builds the cycle page and its answer cards from the services, for the viewer.
 */
@Component
class CyclePages {

	private final CycleService cycles;

	private final ReferenceApi reference;

	CyclePages(CycleService cycles, ReferenceApi reference) {
		this.cycles = cycles;
		this.reference = reference;
	}

	CyclePage page(long cycleId, @Nullable String area, Optional<CurrentUser> viewer, Map<String, AnswerCard> overrides) {
		CycleView cycle = cycles.get(cycleId, viewer);
		FrameworkView framework = cycles.framework(cycle);
		Map<String, ResponseView> answers = answers(cycleId, viewer);
		boolean editable = cycles.mayEdit(cycle, viewer);
		boolean reviewable = cycles.mayReview(cycle, viewer);
		List<CapacityScoring.AreaResult> scores = cycles.scores(cycleId, viewer);
		Map<String, CapacityScoring.AreaResult> scoreByArea = new HashMap<>();
		scores.forEach(s -> scoreByArea.put(s.areaCode(), s));
		String current = framework.areas()
			.stream()
			.map(FrameworkDocument.Area::code)
			.filter(code -> code.equalsIgnoreCase(area == null ? "" : area))
			.findFirst()
			.orElse(framework.areas().get(0).code());
		List<CyclePage.AreaTab> tabs = new ArrayList<>();
		List<AnswerCard> cards = new ArrayList<>();
		int answered = 0;
		for (FrameworkDocument.Area frameworkArea : framework.areas()) {
			int areaAnswered = 0;
			for (FrameworkDocument.Indicator indicator : frameworkArea.indicators()) {
				ResponseView response = answers.get(indicator.code());
				if (response != null && response.level() != null) {
					areaAnswered++;
				}
				if (frameworkArea.code().equals(current)) {
					AnswerCard override = overrides.get(indicator.code());
					cards.add(override != null ? override
							: AnswerCard.of(cycleId, frameworkArea, indicator, framework.scale(), response, editable,
									reviewable));
				}
			}
			answered += areaAnswered;
			CapacityScoring.AreaResult score = scoreByArea.get(frameworkArea.code());
			tabs.add(new CyclePage.AreaTab(frameworkArea.code(), frameworkArea.focusArea(), frameworkArea.title(),
					areaAnswered, frameworkArea.indicators().size(), score == null ? null : score.score()));
		}
		boolean mayChangeConfidentiality = viewer.map(u -> u.canEditCountry(cycle.iso3())).orElse(false);
		return new CyclePage(cycle, framework, reference.getCountry(cycle.iso3()), tabs, current, cards, answered,
				framework.indicatorCount(), scores, cycles.history(cycleId, viewer), editable, reviewable,
				mayChangeConfidentiality,
				cycle.editable() && viewer.map(u -> u.isStaff()).orElse(false));
	}

	AnswerCard card(long cycleId, String code, Optional<CurrentUser> viewer) {
		CycleView cycle = cycles.get(cycleId, viewer);
		FrameworkView framework = cycles.framework(cycle);
		FrameworkDocument.Indicator indicator = framework.indicator(code)
			.orElseThrow(() -> NotFoundException.of("indicator", code));
		ResponseView response = cycles.response(cycleId, code, viewer).orElse(null);
		return AnswerCard.of(cycleId, framework.areaOf(code), indicator, framework.scale(), response,
				cycles.mayEdit(cycle, viewer), cycles.mayReview(cycle, viewer));
	}

	boolean published(long cycleId, Optional<CurrentUser> viewer) {
		return cycles.get(cycleId, viewer).status() == CycleStatus.PUBLISHED;
	}

	private Map<String, ResponseView> answers(long cycleId, Optional<CurrentUser> viewer) {
		Map<String, ResponseView> answers = new HashMap<>();
		for (ResponseView response : cycles.responses(cycleId, viewer)) {
			answers.put(response.indicatorCode(), response);
		}
		return answers;
	}

}
