package org.migracap.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes a table as CSV (UTF-8 with a byte-order mark, so that spreadsheets open it right) or XLSX, and wraps it in a
 * download response.
 */
public final class TabularExport {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private TabularExport() {
	}

	public enum Format {

		CSV, XLSX;

		public static Format of(@Nullable String name) {
			return "xlsx".equalsIgnoreCase(name) ? XLSX : CSV;
		}

	}

	public static byte[] csv(List<String> header, Iterable<? extends List<?>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer,
						CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
			writer.write('\uFEFF');
			for (List<?> row : rows) {
				printer.printRecord(row.stream().map(TabularExport::safe).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public static byte[] xlsx(String sheetName, List<String> header, Iterable<? extends List<?>> rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row headerRow = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				headerRow.createCell(c).setCellValue(header.get(c));
				headerRow.getCell(c).setCellStyle(bold);
			}
			int r = 1;
			for (List<?> row : rows) {
				Row sheetRow = sheet.createRow(r++);
				for (int c = 0; c < row.size(); c++) {
					Object value = row.get(c);
					if (value instanceof Number number) {
						sheetRow.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						sheetRow.createCell(c).setCellValue(String.valueOf(value));
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static ResponseEntity<byte[]> download(Format format, String basename, List<String> header,
			Iterable<? extends List<?>> rows) {
		byte[] body = format == Format.XLSX ? xlsx(basename, header, rows) : csv(header, rows);
		String filename = basename + (format == Format.XLSX ? ".xlsx" : ".csv");
		return ResponseEntity.ok()
			.contentType(format == Format.XLSX ? XLSX : CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	/** Neutralises values that a spreadsheet would run as a formula (CSV injection). */
	static @Nullable Object safe(@Nullable Object value) {
		if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
				&& !text.matches("-?\\d+(\\.\\d+)?")) {
			return "'" + text;
		}
		return value;
	}

}
