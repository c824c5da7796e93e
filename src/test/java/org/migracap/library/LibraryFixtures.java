package org.migracap.library;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Small real files made in the tests: a PDF written with PDFBox (optionally password-protected), a DOCX written with
 * POI, an ODT assembled by hand, HTML, plain text, truncated copies and ZIP files.
 */
public final class LibraryFixtures {

	private LibraryFixtures() {
	}

	public static byte[] pdf(String... lines) {
		return protectedPdf(null, lines);
	}

	/** A one-page PDF; with a user password, nobody can open it without the password. */
	public static byte[] protectedPdf(String userPassword, String... lines) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
				content.setLeading(14);
				content.newLineAtOffset(50, 720);
				for (String line : lines) {
					content.showText(line);
					content.newLine();
				}
				content.endText();
			}
			if (userPassword != null) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
						new AccessPermission());
				policy.setEncryptionKeyLength(128);
				document.protect(policy);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] docx(String... paragraphs) {
		try (XWPFDocument document = new XWPFDocument()) {
			for (String paragraph : paragraphs) {
				document.createParagraph().createRun().setText(paragraph);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An OpenDocument text: the stored mimetype entry first, then the content and the manifest. */
	public static byte[] odt(String... paragraphs) {
		StringBuilder body = new StringBuilder();
		for (String paragraph : paragraphs) {
			body.append("<text:p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;")).append("</text:p>");
		}
		String content = """
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
				xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">\
				<office:body><office:text>%s</office:text></office:body></office:document-content>
				""".formatted(body);
		String manifest = """
				<?xml version="1.0" encoding="UTF-8"?>
				<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
				 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
				 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
				</manifest:manifest>
				""";
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
		entries.put("content.xml", content.getBytes(StandardCharsets.UTF_8));
		entries.put("META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
		return zip(entries, true);
	}

	public static byte[] html(String lang, String title, String paragraph) {
		return ("<!DOCTYPE html><html lang=\"" + lang + "\"><head><title>" + title + "</title></head><body><h1>"
				+ title + "</h1><p>" + paragraph + "</p></body></html>")
			.getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** The first part of a file, as an interrupted transfer would leave it. */
	public static byte[] truncated(byte[] file) {
		return Arrays.copyOf(file, file.length / 2);
	}

	public static byte[] zip(Map<String, byte[]> entries) {
		return zip(entries, false);
	}

	private static byte[] zip(Map<String, byte[]> entries, boolean storeFirst) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			boolean first = true;
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				ZipEntry zipEntry = new ZipEntry(entry.getKey());
				if (first && storeFirst) {
					CRC32 crc = new CRC32();
					crc.update(entry.getValue());
					zipEntry.setMethod(ZipEntry.STORED);
					zipEntry.setSize(entry.getValue().length);
					zipEntry.setCompressedSize(entry.getValue().length);
					zipEntry.setCrc(crc.getValue());
				}
				first = false;
				zip.putNextEntry(zipEntry);
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
