package org.migracap.profile.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.migracap.assessment.AreaScore;
import org.migracap.platform.Confidentiality;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;

/**
 * One country in the comparison: its latest area scores the viewer may see, and their mean.
 */
public record CapacityRow(CountryView country, Map<FocusArea, AreaScore> scores, double mean, int year,
		Confidentiality confidentiality, List<Cell> cells, Cell meanCell) {

	/** A heatmap cell, formatted once: its text and its colour band (a class of {@code css/profile.css}). */
	public record Cell(String text, String band) {

		static Cell of(@Nullable Double value) {
			if (value == null) {
				return new Cell("—", "heat-none");
			}
			return new Cell(String.valueOf(Math.round(value)), "heat-" + (int) Math.min(4, Math.floor(value / 20.0)));
		}

	}

	static CapacityRow of(CountryView country, Map<FocusArea, AreaScore> scores, double mean, int year,
			Confidentiality confidentiality) {
		List<Cell> cells = new java.util.ArrayList<>();
		for (FocusArea area : FocusArea.values()) {
			AreaScore score = scores.get(area);
			cells.add(Cell.of(score == null ? null : score.score()));
		}
		return new CapacityRow(country, scores, mean, year, confidentiality, List.copyOf(cells), Cell.of(mean));
	}

	public @Nullable AreaScore score(FocusArea area) {
		return scores.get(area);
	}

	public @Nullable Double value(FocusArea area) {
		AreaScore score = scores.get(area);
		return score == null ? null : score.score();
	}





}
