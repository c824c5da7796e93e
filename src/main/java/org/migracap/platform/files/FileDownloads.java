package org.migracap.platform.files;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answer to a download of a stored file, the same from every module: the bytes as an attachment (never shown in
 * the browser's page), under the name they were uploaded with (an ASCII {@code filename} for old clients and the
 * exact one as RFC 5987 {@code filename*}), with the type detected at upload, {@code X-Content-Type-Options: nosniff}
 * so that the browser does not guess another, the length and an entity tag made of the content's SHA-256.
 */
public final class FileDownloads {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private FileDownloads() {
	}

	public static ResponseEntity<byte[]> attachment(StoredFile file) {
		return ResponseEntity.ok()
			.contentType(mediaType(file.contentType()))
			.contentLength(file.content().length)
			.eTag("\"" + file.sha256() + "\"")
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.fileName()))
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	/**
	 * {@code attachment; filename="..."; filename*=UTF-8''...} (RFC 6266, RFC 5987): the plain name with every
	 * character outside printable ASCII, and the quote and backslash, as {@code _}; the exact name percent-encoded.
	 */
	static String contentDisposition(String fileName) {
		StringBuilder ascii = new StringBuilder(fileName.length());
		fileName.codePoints()
			.forEach(c -> ascii.append(c < 0x20 || c > 0x7E || c == '"' || c == '\\' ? "_" : Character.toString(c)));
		StringBuilder encoded = new StringBuilder();
		for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
			}
		}
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}

	private static MediaType mediaType(String type) {
		try {
			return MediaType.parseMediaType(type);
		}
		catch (IllegalArgumentException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

}
