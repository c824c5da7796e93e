package org.migracap.assessment.domain;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ImportFailedException;
import org.migracap.platform.ImportProblem;
import org.migracap.platform.ImportReport;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.TabularFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cycle's answers as a table (CSV or XLSX), one row per indicator, for people who prefer to fill in a spreadsheet
 * offline. The export can be edited and imported back. An import is all or nothing: every row is checked first, and
 * a file with any problem changes nothing and gets a report naming the line, the column and the problem.
 */
@Service
public class ResponseTransfer {

	public static final List<String> COLUMNS = List.of("indicator", "area", "dimension", "question", "level",
			"confidence", "target_level", "target_year", "evidence", "links", "comment", "reviewer_comment");

	private final CycleService cycles;

	private final Responses responses;

	ResponseTransfer(CycleService cycles, Responses responses) {
		this.cycles = cycles;
		this.responses = responses;
	}

	/** The rows of the export, in framework order, for a viewer who may read the cycle. */
	@Transactional(readOnly = true)
	public List<List<?>> rows(long cycleId, Optional<CurrentUser> viewer, Locale locale) {
		CycleView cycle = cycles.get(cycleId, viewer);
		FrameworkView framework = cycles.framework(cycle);
		Map<String, ResponseView> answers = new HashMap<>();
		for (ResponseView response : cycles.responses(cycleId, viewer)) {
			answers.put(response.indicatorCode(), response);
		}
		List<List<?>> rows = new ArrayList<>();
		for (FrameworkDocument.Area area : framework.areas()) {
			for (FrameworkDocument.Indicator indicator : area.indicators()) {
				ResponseView answer = answers.get(indicator.code());
				rows.add(Arrays.asList(indicator.code(), area.code(),
						indicator.dimension() == null ? "" : indicator.dimension().name(),
						indicator.question().in(locale), answer == null ? null : answer.level(),
						answer == null || answer.confidence() == null ? "" : answer.confidence().name(),
						answer == null ? null : answer.targetLevel(), answer == null ? null : answer.targetYear(),
						answer == null ? "" : nz(answer.evidenceText()),
						answer == null ? "" : String.join("\n", answer.evidenceLinks()),
						answer == null ? "" : nz(answer.comment()), answer == null ? "" : nz(answer.reviewerComment())));
			}
		}
		return rows;
	}

	/** Imports answers into a cycle that is being filled in; each row replaces the answer to its indicator. */
	@Transactional
	public ImportReport importFile(long cycleId, String filename, InputStream in, CurrentUser actor) {
		CycleView cycle = cycles.get(cycleId, Optional.of(actor));
		if (!actor.canEditCountry(cycle.iso3())) {
			throw new AccessDeniedException("Not allowed for country " + cycle.iso3());
		}
		if (!cycle.editable()) {
			throw RuleViolationException.conflict("assessment.cycle.error.notEditable", cycle.status().name());
		}
		FrameworkView framework = cycles.framework(cycle);
		TabularFile file = TabularFile.read(filename, in, "indicator");
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, Long> seen = new HashMap<>();
		Map<String, Answer> answers = new java.util.LinkedHashMap<>();
		for (TabularFile.Line line : file.lines()) {
			if (line.isBlank()) {
				continue;
			}
			String code = line.get("indicator").toUpperCase(Locale.ROOT);
			if (code.isEmpty()) {
				problems.add(ImportProblem.of(line.number(), "indicator", "import.required"));
				continue;
			}
			if (framework.indicator(code).isEmpty()) {
				problems.add(ImportProblem.of(line.number(), "indicator", "assessment.import.unknownIndicator", code,
						framework.label()));
				continue;
			}
			Long first = seen.putIfAbsent(code, line.number());
			if (first != null) {
				problems.add(ImportProblem.of(line.number(), "indicator", "import.duplicate", code, first));
				continue;
			}
			int before = problems.size();
			Integer level = integer(line, "level", problems);
			Integer targetLevel = integer(line, "target_level", problems);
			Integer targetYear = integer(line, "target_year", problems);
			Confidence confidence = null;
			String confidenceText = line.get("confidence");
			if (!confidenceText.isEmpty()) {
				try {
					confidence = Confidence.valueOf(confidenceText.toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException ex) {
					problems.add(ImportProblem.of(line.number(), "confidence", "import.invalidValue", confidenceText,
							"LOW, MEDIUM, HIGH"));
				}
			}
			if (problems.size() > before) {
				continue;
			}
			Answer answer = new Answer(level, confidence, targetLevel, targetYear, line.get("evidence"),
					Arrays.asList(line.get("links").split("[\\s;]+")), line.get("comment"));
			try {
				CycleService.check(answer, framework.scale(), cycle.year());
			}
			catch (RuleViolationException ex) {
				problems.add(ImportProblem.of(line.number(), column(ex.messageKey()), ex.messageKey(), ex.args()));
				continue;
			}
			answers.put(code, answer);
		}
		if (!problems.isEmpty()) {
			throw new ImportFailedException(ImportReport.failure(filename, file.lines().size(), problems));
		}
		for (Map.Entry<String, Answer> entry : answers.entrySet()) {
			Response response = responses.findByCycleIdAndIndicatorCode(cycleId, entry.getKey())
				.orElseGet(() -> new Response(cycleId, entry.getKey(), actor.username()));
			response.answer(entry.getValue(), actor.username());
			responses.save(response);
		}
		cycles.recordImport(cycleId, filename, answers.size(), actor);
		return ImportReport.success(filename, file.lines().size(), answers.size());
	}

	private static @Nullable Integer integer(TabularFile.Line line, String column, List<ImportProblem> problems) {
		String value = line.get(column);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
		}
		catch (NumberFormatException ex) {
			problems.add(ImportProblem.of(line.number(), column, "import.invalidNumber", value));
			return null;
		}
	}

	private static String column(String messageKey) {
		return switch (messageKey) {
			case "assessment.answer.error.level" -> "level";
			case "assessment.answer.error.targetLevel" -> "target_level";
			case "assessment.answer.error.targetYear" -> "target_year";
			case "assessment.answer.error.evidenceTooLong" -> "evidence";
			case "assessment.answer.error.commentTooLong" -> "comment";
			default -> "links";
		};
	}

	private static String nz(@Nullable String value) {
		return value == null ? "" : value;
	}

}
