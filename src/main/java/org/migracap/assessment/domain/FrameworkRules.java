package org.migracap.assessment.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.ImportProblem;
import org.migracap.platform.Text;
import org.migracap.reference.FocusArea;

/**
 * What makes a framework document well formed: unique codes, one descriptor for every level of the scale, English
 * texts present and within length, crosswalk codes that exist. A core framework's areas are the focus areas and its
 * indicator codes are the area letter and the dimension number. Problems name the place in the document.
 */
final class FrameworkRules {

	static final Pattern FRAMEWORK_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	static final Pattern ITEM_CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,19}");

	private FrameworkRules() {
	}

	static List<ImportProblem> check(FrameworkDocument document, Predicate<String> knownDacCode) {
		List<ImportProblem> problems = new ArrayList<>();
		if (document.code() == null || !FRAMEWORK_CODE.matcher(document.code()).matches()) {
			problems.add(problem("code", "assessment.framework.problem.code", String.valueOf(document.code())));
		}
		if (document.version() < 1) {
			problems.add(problem("version", "assessment.framework.problem.version", document.version()));
		}
		if (document.scale() == null) {
			problems.add(problem("scale", "assessment.framework.problem.required"));
			return problems;
		}
		text(problems, "title", document.title(), 300, true);
		text(problems, "description", document.description(), 4000, false);
		if (document.areas().isEmpty()) {
			problems.add(problem("areas", "assessment.framework.problem.noAreas"));
		}
		Set<String> areaCodes = new HashSet<>();
		Set<String> indicatorCodes = new HashSet<>();
		Set<FocusArea> focusAreas = EnumSet.noneOf(FocusArea.class);
		for (int a = 0; a < document.areas().size(); a++) {
			FrameworkDocument.Area area = document.areas().get(a);
			String path = "areas[" + a + "]";
			if (area.code() == null || !ITEM_CODE.matcher(area.code()).matches()) {
				problems.add(problem(path + ".code", "assessment.framework.problem.itemCode", String.valueOf(area.code())));
			}
			else if (!areaCodes.add(area.code())) {
				problems.add(problem(path + ".code", "assessment.framework.problem.duplicate", area.code()));
			}
			text(problems, path + ".title", area.title(), 300, true);
			text(problems, path + ".description", area.description(), 4000, false);
			if (document.core()) {
				if (area.focusArea() == null || !area.focusArea().code().equals(area.code())) {
					problems.add(problem(path + ".focusArea", "assessment.framework.problem.coreArea",
							String.valueOf(area.code())));
				}
				else {
					focusAreas.add(area.focusArea());
				}
			}
			if (area.indicators().isEmpty()) {
				problems.add(problem(path + ".indicators", "assessment.framework.problem.noIndicators", area.code()));
			}
			for (int i = 0; i < area.indicators().size(); i++) {
				indicator(problems, document, area, area.indicators().get(i), path + ".indicators[" + i + "]",
						indicatorCodes, knownDacCode);
			}
		}
		if (document.core() && focusAreas.size() != FocusArea.values().length) {
			problems.add(problem("areas", "assessment.framework.problem.coreAreasMissing"));
		}
		return problems;
	}

	private static void indicator(List<ImportProblem> problems, FrameworkDocument document,
			FrameworkDocument.Area area, FrameworkDocument.Indicator indicator, String path, Set<String> codes,
			Predicate<String> knownDacCode) {
		if (indicator.code() == null || !ITEM_CODE.matcher(indicator.code()).matches()) {
			problems.add(problem(path + ".code", "assessment.framework.problem.itemCode", String.valueOf(indicator.code())));
		}
		else if (!codes.add(indicator.code())) {
			problems.add(problem(path + ".code", "assessment.framework.problem.duplicate", indicator.code()));
		}
		if (document.core()) {
			if (indicator.dimension() == null) {
				problems.add(problem(path + ".dimension", "assessment.framework.problem.required"));
			}
			else if (!(area.code() + indicator.dimension().number()).equals(indicator.code())) {
				problems.add(problem(path + ".code", "assessment.framework.problem.coreCode",
						String.valueOf(indicator.code()), area.code() + indicator.dimension().number()));
			}
		}
		if (!(indicator.weight() > 0 && indicator.weight() <= 100)) {
			problems.add(problem(path + ".weight", "assessment.framework.problem.weight", indicator.weight()));
		}
		text(problems, path + ".question", indicator.question(), 1000, true);
		text(problems, path + ".guidance", indicator.guidance(), 4000, false);
		text(problems, path + ".evidence", indicator.evidence(), 2000, false);
		for (Integer objective : indicator.gcm()) {
			if (objective == null || objective < 1 || objective > 23) {
				problems.add(problem(path + ".gcm", "assessment.framework.problem.gcm", String.valueOf(objective)));
			}
		}
		if (indicator.sdgDomain() != null && (indicator.sdgDomain() < 1 || indicator.sdgDomain() > 6)) {
			problems.add(problem(path + ".sdgDomain", "assessment.framework.problem.sdgDomain", indicator.sdgDomain()));
		}
		if (indicator.dac() != null && !knownDacCode.test(indicator.dac())) {
			problems.add(problem(path + ".dac", "assessment.framework.problem.dac", indicator.dac()));
		}
		Set<Integer> levels = new HashSet<>();
		for (int l = 0; l < indicator.levels().size(); l++) {
			FrameworkDocument.Level level = indicator.levels().get(l);
			String levelPath = path + ".levels[" + l + "]";
			if (!document.scale().contains(level.level())) {
				problems.add(problem(levelPath + ".level", "assessment.framework.problem.level", level.level(),
						document.scale().levels()));
			}
			else if (!levels.add(level.level())) {
				problems.add(problem(levelPath + ".level", "assessment.framework.problem.duplicate",
						String.valueOf(level.level())));
			}
			text(problems, levelPath + ".text", level.text(), 1000, true);
		}
		if (levels.size() != document.scale().levels()) {
			problems.add(problem(path + ".levels", "assessment.framework.problem.levelsMissing",
					String.valueOf(indicator.code()), document.scale().levels()));
		}
	}

	private static void text(List<ImportProblem> problems, String path, @Nullable Text text, int max,
			boolean required) {
		if (text == null || !text.has("en")) {
			if (required) {
				problems.add(problem(path + ".en", "assessment.framework.problem.required"));
			}
			return;
		}
		for (String[] language : new String[][] { { "en", text.en() }, { "fr", text.fr() }, { "es", text.es() } }) {
			if (language[1] != null && language[1].length() > max) {
				problems.add(problem(path + "." + language[0], "assessment.framework.problem.tooLong", max));
			}
		}
	}

	/** An optional text of a framework counts when it has English; a translation alone is no text. */
	static @Nullable Text withEnglish(@Nullable Text text) {
		return text == null || !text.has("en") ? null : text;
	}

	private static ImportProblem problem(String path, String key, Object... args) {
		return ImportProblem.of(0, path, key, args);
	}

}
