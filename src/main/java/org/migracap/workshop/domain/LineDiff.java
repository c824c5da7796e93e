package org.migracap.workshop.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A line-by-line difference between two texts (longest common subsequence), as shown between two versions of the
 * minutes.
 */
public final class LineDiff {

	private LineDiff() {
	}

	public enum Change {

		SAME, ADDED, REMOVED

	}

	public record Line(Change change, String text) {
	}

	public static List<Line> between(@Nullable String before, @Nullable String after) {
		List<String> a = lines(before);
		List<String> b = lines(after);
		int[][] lcs = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<Line> out = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.size() && j < b.size()) {
			if (a.get(i).equals(b.get(j))) {
				out.add(new Line(Change.SAME, a.get(i)));
				i++;
				j++;
			}
			else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
				out.add(new Line(Change.REMOVED, a.get(i++)));
			}
			else {
				out.add(new Line(Change.ADDED, b.get(j++)));
			}
		}
		while (i < a.size()) {
			out.add(new Line(Change.REMOVED, a.get(i++)));
		}
		while (j < b.size()) {
			out.add(new Line(Change.ADDED, b.get(j++)));
		}
		return out;
	}

	private static List<String> lines(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return Collections.emptyList();
		}
		return List.of(text.replace("\r\n", "\n").split("\n", -1));
	}

}
