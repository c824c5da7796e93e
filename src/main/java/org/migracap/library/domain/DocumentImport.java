package org.migracap.library.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jspecify.annotations.Nullable;
import org.migracap.library.DocumentKind;
import org.migracap.library.DocumentStatus;
import org.migracap.library.Visibility;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ImportFailedException;
import org.migracap.platform.ImportProblem;
import org.migracap.platform.ImportReport;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.TabularFile;
import org.migracap.reference.FocusArea;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of documents: a CSV (or XLSX) manifest of metadata, alone or inside a ZIP file together with the files
 * its {@code file} column names. Every row and every file is checked first (files are read with Tika like single
 * uploads); one problem anywhere and nothing is written, and the report lists each problem with its line.
 */
@Service
public class DocumentImport {

	public static final String MANIFEST = "documents.csv";

	public static final List<String> COLUMNS = List.of("country", "kind", "title_original", "title_english",
			"language", "adopted_on", "in_force_on", "status", "areas", "gcm_objectives", "instruments", "summary",
			"source_url", "visibility", "file");

	static final int MAX_ENTRIES = 2000;

	private final DocumentService documents;

	private final LibrarySettings settings;

	DocumentImport(DocumentService documents, LibrarySettings settings) {
		this.documents = documents;
		this.settings = settings;
	}

	private record Row(long line, DocumentDetails details, @Nullable Upload upload) {
	}

	@Transactional
	public ImportReport importFile(String filename, byte[] content, CurrentUser actor) {
		Map<String, byte[]> files = new HashMap<>();
		TabularFile manifest;
		String lower = filename.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".zip") || isZip(content)) {
			manifest = unzip(filename, content, files);
		}
		else {
			manifest = TabularFile.read(filename, new ByteArrayInputStream(content), "country", "kind",
					"title_original", "status", "areas");
		}
		List<ImportProblem> problems = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		Set<String> usedFiles = new LinkedHashSet<>();
		for (TabularFile.Line line : manifest.lines()) {
			if (line.isBlank()) {
				continue;
			}
			int before = problems.size();
			DocumentDetails details = details(line, problems);
			Upload upload = null;
			String file = line.get("file");
			if (!file.isEmpty()) {
				byte[] bytes = files.get(base(file));
				if (bytes == null) {
					problems.add(ImportProblem.of(line.number(), "file", "library.import.fileMissing", file));
				}
				else if (!usedFiles.add(base(file))) {
					problems.add(ImportProblem.of(line.number(), "file", "library.import.fileTwice", file));
				}
				else {
					upload = new Upload(base(file), bytes);
				}
			}
			if (details == null || problems.size() > before) {
				continue;
			}
			if (!actor.canEditCountry(details.iso3())) {
				problems.add(ImportProblem.of(line.number(), "country", "library.import.notYourCountry",
						details.iso3()));
				continue;
			}
			ExtractedText extracted = null;
			if (upload != null) {
				try {
					extracted = documents.read(upload);
				}
				catch (RuleViolationException ex) {
					problems.add(ImportProblem.of(line.number(), "file", ex.messageKey(), ex.args()));
					continue;
				}
			}
			try {
				documents.validate(details, extracted);
			}
			catch (RuleViolationException ex) {
				problems.add(ImportProblem.of(line.number(), column(ex.messageKey()), ex.messageKey(), ex.args()));
				continue;
			}
			rows.add(new Row(line.number(), details, upload));
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			problems.add(ImportProblem.of(1, "", "library.import.empty"));
		}
		if (!problems.isEmpty()) {
			throw new ImportFailedException(ImportReport.failure(filename, manifest.lines().size(), problems));
		}
		for (Row row : rows) {
			documents.create(row.details(), row.upload(), actor);
		}
		return ImportReport.success(filename, manifest.lines().size(), rows.size());
	}

	private @Nullable DocumentDetails details(TabularFile.Line line, List<ImportProblem> problems) {
		long n = line.number();
		int before = problems.size();
		String country = line.get("country").toUpperCase(Locale.ROOT);
		if (country.isEmpty()) {
			problems.add(ImportProblem.of(n, "country", "import.required"));
		}
		DocumentKind kind = enumValue(DocumentKind.class, line, "kind", problems, null);
		String title = line.get("title_original");
		if (title.isEmpty()) {
			problems.add(ImportProblem.of(n, "title_original", "import.required"));
		}
		if (title.length() > 500) {
			problems.add(ImportProblem.of(n, "title_original", "library.import.tooLong", 500));
		}
		LocalDate adopted = date(line, "adopted_on", problems);
		LocalDate inForce = date(line, "in_force_on", problems);
		DocumentStatus status = enumValue(DocumentStatus.class, line, "status", problems, null);
		Visibility visibility = enumValue(Visibility.class, line, "visibility", problems, Visibility.PUBLIC);
		Set<FocusArea> areas = EnumSet.noneOf(FocusArea.class);
		for (String code : codes(line.get("areas"))) {
			if (FocusArea.isCode(code)) {
				areas.add(FocusArea.of(code));
			}
			else {
				problems.add(ImportProblem.of(n, "areas", "import.invalidValue", code,
						Arrays.stream(FocusArea.values()).map(Enum::name).collect(Collectors.joining(" "))));
			}
		}
		Set<Integer> objectives = new LinkedHashSet<>();
		for (String code : codes(line.get("gcm_objectives"))) {
			try {
				objectives.add(Integer.valueOf(code));
			}
			catch (NumberFormatException ex) {
				problems.add(ImportProblem.of(n, "gcm_objectives", "import.invalidNumber", code));
			}
		}
		Set<String> instruments = new LinkedHashSet<>(codes(line.get("instruments")));
		String summary = line.get("summary");
		if (summary.length() > 4000) {
			problems.add(ImportProblem.of(n, "summary", "library.import.tooLong", 4000));
		}
		if (problems.size() > before || kind == null || status == null || visibility == null) {
			return null;
		}
		return new DocumentDetails(country, kind, title, line.get("title_english"), line.get("language"), adopted,
				inForce, status, null, areas, objectives, instruments, summary, line.get("source_url"), visibility);
	}

	private static List<String> codes(String value) {
		return Arrays.stream(value.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
	}

	private static @Nullable LocalDate date(TabularFile.Line line, String column, List<ImportProblem> problems) {
		String value = line.get(column);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add(ImportProblem.of(line.number(), column, "library.import.invalidDate", value));
			return null;
		}
	}

	private static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, TabularFile.Line line, String column,
			List<ImportProblem> problems, @Nullable E fallback) {
		String value = line.get(column).toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		if (value.isEmpty()) {
			if (fallback == null) {
				problems.add(ImportProblem.of(line.number(), column, "import.required"));
			}
			return fallback;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			problems.add(ImportProblem.of(line.number(), column, "import.invalidValue", line.get(column),
					Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
			return null;
		}
	}

	private static String column(String messageKey) {
		return switch (messageKey) {
			case "library.error.unknownCountry" -> "country";
			case "library.error.inForceBeforeAdoption" -> "in_force_on";
			case "library.error.unknownInstrument" -> "instruments";
			case "library.error.unknownObjective" -> "gcm_objectives";
			case "library.error.language" -> "language";
			case "library.error.sourceUrl" -> "source_url";
			case "library.error.noArea" -> "areas";
			default -> "";
		};
	}

	private TabularFile unzip(String filename, byte[] content, Map<String, byte[]> files) {
		byte[] manifest = null;
		String manifestName = MANIFEST;
		long total = 0;
		int entries = 0;
		long limit = settings.maxFileBytes();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (entry.isDirectory()) {
					continue;
				}
				if (++entries > MAX_ENTRIES) {
					throw failed(filename, "library.import.tooManyFiles", MAX_ENTRIES);
				}
				byte[] bytes = readLimited(zip, limit + 1);
				total += bytes.length;
				if (total > limit * 10) {
					throw failed(filename, "library.import.zipTooLarge");
				}
				String name = base(entry.getName());
				if (name.startsWith(".") || entry.getName().startsWith("__MACOSX")) {
					continue;
				}
				String lower = name.toLowerCase(Locale.ROOT);
				if (manifest == null && (lower.equals(MANIFEST) || lower.equals("documents.xlsx"))) {
					manifest = bytes;
					manifestName = name;
				}
				else {
					files.put(name, bytes);
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw failed(filename, "library.import.badZip");
		}
		if (manifest == null) {
			throw failed(filename, "library.import.noManifest", MANIFEST);
		}
		return TabularFile.read(manifestName, new ByteArrayInputStream(manifest), "country", "kind",
				"title_original", "status", "areas");
	}

	private static byte[] readLimited(InputStream in, long limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		long read = 0;
		int n;
		while ((n = in.read(buffer)) > 0) {
			read += n;
			if (read > limit) {
				break;
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	private static ImportFailedException failed(String filename, String key, Object... args) {
		return new ImportFailedException(ImportReport.failure(filename, 0, List.of(ImportProblem.of(0, "", key, args))));
	}

	private static boolean isZip(byte[] content) {
		return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	private static String base(String name) {
		String n = name.replace('\\', '/');
		return n.substring(n.lastIndexOf('/') + 1).strip();
	}

}
