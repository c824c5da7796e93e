package org.migracap.workshop.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeltaType;
import org.jspecify.annotations.Nullable;

/**
 * The difference between two versions of the minutes, computed by java-diff-utils (Myers): lines kept, removed and
 * added, and inside a changed line (a removed line followed by the line that replaced it) the words that changed.
 */
public final class MinutesDiff {

	/** Words, runs of spaces and runs of punctuation: the units of a change inside a line. */
	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\s+|[^\\p{L}\\p{N}\\s]+");

	private MinutesDiff() {
	}

	public enum Change {

		SAME, ADDED, REMOVED

	}

	/** A piece of a line; {@code changed} when it differs from the line it replaced or that replaced it. */
	public record Part(String text, boolean changed) {
	}

	/** A line of the difference and its parts (one unchanged part unless the line was changed word by word). */
	public record Line(Change change, String text, List<Part> parts) {

		public Line(Change change, String text) {
			this(change, text, List.of(new Part(text, false)));
		}

		/** Whether some words of the line are marked as changed. */
		public boolean inline() {
			return parts.stream().anyMatch(Part::changed);
		}

	}

	public static List<Line> between(@Nullable String before, @Nullable String after) {
		List<String> a = lines(before);
		List<String> b = lines(after);
		List<Line> out = new ArrayList<>();
		int kept = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
			Chunk<String> source = delta.getSource();
			for (; kept < source.getPosition(); kept++) {
				out.add(new Line(Change.SAME, a.get(kept)));
			}
			List<String> removed = source.getLines();
			List<String> added = delta.getTarget().getLines();
			if (delta.getType() == DeltaType.CHANGE) {
				List<List<Part>> removedParts = new ArrayList<>();
				List<List<Part>> addedParts = new ArrayList<>();
				for (int i = 0; i < Math.min(removed.size(), added.size()); i++) {
					List<String> from = tokens(removed.get(i));
					List<String> to = tokens(added.get(i));
					boolean[] fromChanged = new boolean[from.size()];
					boolean[] toChanged = new boolean[to.size()];
					for (AbstractDelta<String> word : DiffUtils.diff(from, to).getDeltas()) {
						mark(fromChanged, word.getSource());
						mark(toChanged, word.getTarget());
					}
					bridge(from, fromChanged);
					bridge(to, toChanged);
					removedParts.add(parts(from, fromChanged));
					addedParts.add(parts(to, toChanged));
				}
				for (int i = 0; i < removed.size(); i++) {
					out.add(i < removedParts.size() ? new Line(Change.REMOVED, removed.get(i), removedParts.get(i))
							: new Line(Change.REMOVED, removed.get(i)));
				}
				for (int i = 0; i < added.size(); i++) {
					out.add(i < addedParts.size() ? new Line(Change.ADDED, added.get(i), addedParts.get(i))
							: new Line(Change.ADDED, added.get(i)));
				}
			}
			else {
				removed.forEach(line -> out.add(new Line(Change.REMOVED, line)));
				added.forEach(line -> out.add(new Line(Change.ADDED, line)));
			}
			kept = source.getPosition() + removed.size();
		}
		for (; kept < a.size(); kept++) {
			out.add(new Line(Change.SAME, a.get(kept)));
		}
		return out;
	}

	private static void mark(boolean[] changed, Chunk<String> chunk) {
		for (int i = 0; i < chunk.size(); i++) {
			changed[chunk.getPosition() + i] = true;
		}
	}

	/** Marks the spaces between two changed words as changed, so that "two changed words" show as one change. */
	private static void bridge(List<String> tokens, boolean[] changed) {
		for (int i = 1; i < tokens.size() - 1; i++) {
			if (!changed[i] && changed[i - 1] && changed[i + 1] && tokens.get(i).isBlank()) {
				changed[i] = true;
			}
		}
	}

	/** Adjacent tokens with the same mark joined into one part. */
	private static List<Part> parts(List<String> tokens, boolean[] changed) {
		List<Part> parts = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < tokens.size(); i++) {
			if (i > 0 && changed[i] != changed[i - 1]) {
				parts.add(new Part(text.toString(), changed[i - 1]));
				text.setLength(0);
			}
			text.append(tokens.get(i));
		}
		if (!tokens.isEmpty()) {
			parts.add(new Part(text.toString(), changed[tokens.size() - 1]));
		}
		return parts;
	}

	private static List<String> tokens(String line) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(line);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	private static List<String> lines(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		return List.of(text.replace("\r\n", "\n").split("\n", -1));
	}

}
