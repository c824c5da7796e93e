package org.migracap.workshop.domain;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.migracap.workshop.domain.MinutesDiff.Change;
import org.migracap.workshop.domain.MinutesDiff.Line;
import org.migracap.workshop.domain.MinutesDiff.Part;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differences between versions of the minutes, worked out by hand on small texts.
 */
class MinutesDiffTests {

	@Test
	void commonLinesAreKeptAndTheRestMarked() {
		assertThat(MinutesDiff.between("a\nb\nc", "a\nc\nd")).containsExactly(new Line(Change.SAME, "a"),
				new Line(Change.REMOVED, "b"), new Line(Change.SAME, "c"), new Line(Change.ADDED, "d"));
		assertThat(MinutesDiff.between(null, "x")).containsExactly(new Line(Change.ADDED, "x"));
		assertThat(MinutesDiff.between("x", "")).containsExactly(new Line(Change.REMOVED, "x"));
		assertThat(MinutesDiff.between("same\r\ntext", "same\ntext")).containsExactly(new Line(Change.SAME, "same"),
				new Line(Change.SAME, "text"));
	}

	@Test
	void aChangedLineShowsWhichWordsChanged() {
		List<Line> diff = MinutesDiff.between("Opening.\nWe met in Nairobi city on Monday.\nEnd.",
				"Opening.\nWe met in Kampala town on Monday.\nEnd.");
		assertThat(diff).containsExactly(new Line(Change.SAME, "Opening."),
				new Line(Change.REMOVED, "We met in Nairobi city on Monday.",
						List.of(new Part("We met in ", false), new Part("Nairobi city", true),
								new Part(" on Monday.", false))),
				new Line(Change.ADDED, "We met in Kampala town on Monday.",
						List.of(new Part("We met in ", false), new Part("Kampala town", true),
								new Part(" on Monday.", false))),
				new Line(Change.SAME, "End."));
		assertThat(diff.get(1).inline()).isTrue();
		assertThat(diff.get(0).inline()).isFalse();
	}

	@Test
	void aReplacedBlockPairsItsLinesInOrderAndAddsTheRestWhole() {
		List<Line> diff = MinutesDiff.between("Ten came.", "Nine came.\nIOM chaired.");
		assertThat(diff).containsExactly(
				new Line(Change.REMOVED, "Ten came.", List.of(new Part("Ten", true), new Part(" came.", false))),
				new Line(Change.ADDED, "Nine came.", List.of(new Part("Nine", true), new Part(" came.", false))),
				new Line(Change.ADDED, "IOM chaired."));
	}

}
