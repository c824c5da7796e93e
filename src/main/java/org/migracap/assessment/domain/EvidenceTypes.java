package org.migracap.assessment.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Recognises the kinds of file accepted as evidence from their first bytes, so that a file's type is not taken on
 * the browser's word: PDF, PNG, JPEG, Office Open XML and OpenDocument (ZIP containers, told apart by extension),
 * legacy Office (OLE2), and plain UTF-8 text or CSV. Anything else is {@code application/octet-stream}.
 */
final class EvidenceTypes {

	static final String OCTET_STREAM = "application/octet-stream";

	private EvidenceTypes() {
	}

	static String detect(byte[] content, String filename) {
		String extension = extension(filename);
		if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return "application/pdf";
		}
		if (startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })) {
			return "image/png";
		}
		if (startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return "image/jpeg";
		}
		if (startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
			return switch (extension) {
				case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
				case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
				case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
				case "odt" -> "application/vnd.oasis.opendocument.text";
				case "ods" -> "application/vnd.oasis.opendocument.spreadsheet";
				default -> "application/zip";
			};
		}
		if (startsWith(content, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
				0x1A, (byte) 0xE1 })) {
			return switch (extension) {
				case "doc" -> "application/msword";
				case "xls" -> "application/vnd.ms-excel";
				default -> "application/x-ole-storage";
			};
		}
		if (isText(content)) {
			return extension.equals("csv") ? "text/csv" : "text/plain";
		}
		return OCTET_STREAM;
	}

	private static boolean isText(byte[] content) {
		for (byte b : content) {
			if (b == 0) {
				return false;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static String extension(String filename) {
		int dot = filename.lastIndexOf('.');
		return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
