package org.migracap.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;

/**
 * A CSV or XLSX file read as a header and rows, each row keeping its line number for error reports. Header names are
 * matched without regard to case or surrounding spaces.
 */
public final class TabularFile {

	private final String source;

	private final List<String> header;

	private final List<Line> lines;

	private TabularFile(String source, List<String> header, List<Line> lines) {
		this.source = source;
		this.header = header;
		this.lines = lines;
	}

	/** One data row; {@code number} counts the header as line 1. */
	public record Line(long number, Map<String, String> values) {

		/** The trimmed value, or the empty string when the column is missing or blank. */
		public String get(String column) {
			String value = values.get(normalise(column));
			return value == null ? "" : value.trim();
		}

		public boolean isBlank() {
			return values.values().stream().allMatch(v -> v == null || v.isBlank());
		}

	}

	/**
	 * Reads a file by its name: {@code .xlsx} as the first sheet of a workbook, anything else as UTF-8 CSV.
	 * @throws ImportFailedException when the file cannot be read or lacks a required column
	 */
	public static TabularFile read(String filename, InputStream in, String... requiredColumns) {
		String lower = filename.toLowerCase(Locale.ROOT);
		TabularFile file = lower.endsWith(".xlsx") || lower.endsWith(".xls") ? readWorkbook(filename, in)
				: readCsv(filename, in);
		List<ImportProblem> missing = new ArrayList<>();
		for (String column : requiredColumns) {
			if (!file.header.contains(normalise(column))) {
				missing.add(ImportProblem.of(1, column, "import.columnMissing", column));
			}
		}
		if (!missing.isEmpty()) {
			throw new ImportFailedException(ImportReport.failure(filename, file.lines.size(), missing));
		}
		return file;
	}

	public static TabularFile readCsv(String source, InputStream in) {
		try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(),
				StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.setIgnoreEmptyLines(true)
					.setAllowMissingColumnNames(true)
					.get()
					.parse(reader)) {
			List<String> header = parser.getHeaderNames().stream().map(TabularFile::normalise).toList();
			List<Line> lines = new ArrayList<>();
			for (CSVRecord record : parser) {
				Map<String, String> values = new LinkedHashMap<>();
				for (int i = 0; i < header.size() && i < record.size(); i++) {
					values.put(header.get(i), record.get(i));
				}
				lines.add(new Line(record.getParser().getCurrentLineNumber(), values));
			}
			return new TabularFile(source, header, lines);
		}
		catch (IOException | RuntimeException ex) {
			throw new ImportFailedException(ImportReport.failure(source, 0,
					List.of(ImportProblem.of(0, "", "import.unreadable", String.valueOf(ex.getMessage())))));
		}
	}

	public static TabularFile readWorkbook(String source, InputStream in) {
		try (Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			Row headerRow = sheet.getRow(sheet.getFirstRowNum());
			if (headerRow == null) {
				return new TabularFile(source, List.of(), List.of());
			}
			List<String> header = new ArrayList<>();
			for (int c = 0; c < headerRow.getLastCellNum(); c++) {
				header.add(normalise(text(formatter, headerRow.getCell(c))));
			}
			List<Line> lines = new ArrayList<>();
			for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				for (int c = 0; c < header.size(); c++) {
					values.put(header.get(c), text(formatter, row.getCell(c)));
				}
				Line line = new Line(r + 1L, values);
				if (!line.isBlank()) {
					lines.add(line);
				}
			}
			return new TabularFile(source, header, lines);
		}
		catch (IOException | RuntimeException ex) {
			throw new ImportFailedException(ImportReport.failure(source, 0,
					List.of(ImportProblem.of(0, "", "import.unreadable", String.valueOf(ex.getMessage())))));
		}
	}

	private static String text(DataFormatter formatter, @Nullable Cell cell) {
		return cell == null ? "" : formatter.formatCellValue(cell);
	}

	static String normalise(String column) {
		return column.trim().toLowerCase(Locale.ROOT);
	}

	public String source() {
		return source;
	}

	public List<String> header() {
		return header;
	}

	public List<Line> lines() {
		return lines;
	}

}
