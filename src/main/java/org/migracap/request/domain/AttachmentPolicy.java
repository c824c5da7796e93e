package org.migracap.request.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.migracap.platform.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * Which files may be attached: not empty, not larger than the limit, of an accepted type as detected from the content
 * itself by its signature (a renamed executable stays an executable), with a clean file name.
 */
@Component
public class AttachmentPolicy {

	private final RequestSettings settings;

	AttachmentPolicy(RequestSettings settings) {
		this.settings = settings;
	}

	public record Checked(String filename, String contentType, byte[] content, String sha256) {
	}

	/**
	 * Checks one file.
	 * @throws RuleViolationException naming the file and what is wrong with it
	 */
	public Checked check(String originalName, byte[] content) {
		String filename = cleanName(originalName);
		if (content.length == 0) {
			throw RuleViolationException.invalid("request.attachment.empty", filename);
		}
		if (content.length > settings.attachmentMaxSize().toBytes()) {
			throw RuleViolationException.invalid("request.attachment.tooLarge", filename,
					settings.attachmentMaxSize().toMegabytes() + " MB");
		}
		String type = detect(filename, content);
		if (!settings.attachmentTypes().contains(type)) {
			throw RuleViolationException.invalid("request.attachment.type", filename, type);
		}
		return new Checked(filename, type, content, sha256(content));
	}

	public long maxBytes() {
		return settings.attachmentMaxSize().toBytes();
	}

	public int maxCount() {
		return settings.attachmentMaxCount();
	}

	/**
	 * The media type of a file from its first bytes, with the extension only choosing among formats that share a
	 * container (Office Open XML and OpenDocument are ZIP files, old Office files are OLE2 files). Anything unknown is
	 * {@code application/octet-stream}.
	 */
	static String detect(String filename, byte[] content) {
		String extension = filename.contains(".") ? filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
				: "";
		if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return "application/pdf";
		}
		if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "image/png";
		}
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
			return switch (extension) {
				case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
				case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
				case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
				case "odt" -> "application/vnd.oasis.opendocument.text";
				case "ods" -> "application/vnd.oasis.opendocument.spreadsheet";
				default -> "application/zip";
			};
		}
		if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			return switch (extension) {
				case "doc" -> "application/msword";
				case "xls" -> "application/vnd.ms-excel";
				default -> "application/x-tika-msoffice";
			};
		}
		if (isText(content)) {
			return "csv".equals(extension) ? "text/csv" : "txt".equals(extension) || "md".equals(extension)
					? "text/plain" : "text/" + (extension.isEmpty() ? "plain" : "x-" + extension);
		}
		return "application/octet-stream";
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** UTF-8 text without control characters other than tab, line feed, carriage return and form feed. */
	private static boolean isText(byte[] content) {
		try {
			String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(content))
				.toString();
			return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			return false;
		}
	}

	static String cleanName(String name) {
		String base = name == null ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._\\- ]", "_").trim();
		if (base.isEmpty() || base.chars().allMatch(c -> c == '.')) {
			base = "attachment";
		}
		return base.length() > 200 ? base.substring(base.length() - 200) : base;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
