package org.migracap.assessment.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The scoring rules of DESIGN.md section 4, as one policy. A level is normalised to 0-100 as (level - 1) / (levels - 1)
 * * 100 ((level - 1) / 4 * 100 on the five-level capacity scale). An area's score is the weighted mean of the
 * normalised levels of its answered indicators, with completeness (answered / indicators) beside it. An indicator's
 * gap is its target level minus its level, never below 0.
 */
public final class CapacityScoring {

	private CapacityScoring() {
	}

	/** One indicator of an area with its answer, if any. */
	public record Input(String areaCode, String indicatorCode, double weight, @Nullable Integer level,
			@Nullable Integer targetLevel) {
	}

	/**
	 * @param score null when no indicator of the area is answered
	 * @param targetScore the score if every target were met (indicators without a target count at their level); null
	 * when no answered indicator has a target
	 * @param gap mean of max(0, target - level) over the answered indicators with a target; 0 when there is none
	 */
	public record AreaResult(String areaCode, @Nullable Double score, double completeness, @Nullable Double targetScore,
			double gap, int answered, int indicators) {
	}

	public static double normalise(RatingScale scale, int level) {
		return scale.normalise(level);
	}

	public static int gap(int level, @Nullable Integer targetLevel) {
		return targetLevel == null ? 0 : Math.max(0, targetLevel - level);
	}

	/** Scores every area that has at least one indicator, in the order the inputs name them. */
	public static List<AreaResult> areas(RatingScale scale, List<Input> inputs) {
		Map<String, List<Input>> byArea = new LinkedHashMap<>();
		for (Input input : inputs) {
			byArea.computeIfAbsent(input.areaCode(), code -> new ArrayList<>()).add(input);
		}
		return byArea.entrySet().stream().map(e -> area(scale, e.getKey(), e.getValue())).toList();
	}

	public static AreaResult area(RatingScale scale, String areaCode, List<Input> inputs) {
		double weights = 0;
		double weighted = 0;
		double targetWeighted = 0;
		boolean anyTarget = false;
		int answered = 0;
		int withTarget = 0;
		double gaps = 0;
		for (Input input : inputs) {
			if (input.level() == null) {
				continue;
			}
			int level = input.level();
			answered++;
			weights += input.weight();
			weighted += input.weight() * normalise(scale, level);
			int reached = level;
			if (input.targetLevel() != null) {
				anyTarget = true;
				withTarget++;
				gaps += gap(level, input.targetLevel());
				reached = Math.max(level, input.targetLevel());
			}
			targetWeighted += input.weight() * normalise(scale, reached);
		}
		Double score = answered == 0 || weights <= 0 ? null : weighted / weights;
		Double targetScore = anyTarget && weights > 0 ? targetWeighted / weights : null;
		double completeness = inputs.isEmpty() ? 0 : (double) answered / inputs.size();
		double gap = withTarget == 0 ? 0 : gaps / withTarget;
		return new AreaResult(areaCode, score, completeness, targetScore, gap, answered, inputs.size());
	}

	/** A cycle's answer to one indicator, as far as scoring is concerned. */
	public record LevelTarget(@Nullable Integer level, @Nullable Integer target) {
	}

	/** The inputs of a framework and a cycle's answers by indicator code; answers to unknown codes are ignored. */
	public static List<Input> inputs(FrameworkView framework, Map<String, LevelTarget> answers) {
		List<Input> inputs = new ArrayList<>();
		for (FrameworkDocument.Area area : framework.areas()) {
			for (FrameworkDocument.Indicator indicator : area.indicators()) {
				LevelTarget answer = answers.get(indicator.code());
				inputs.add(new Input(area.code(), indicator.code(), indicator.weight(),
						answer == null ? null : answer.level(), answer == null ? null : answer.target()));
			}
		}
		return inputs;
	}

}
