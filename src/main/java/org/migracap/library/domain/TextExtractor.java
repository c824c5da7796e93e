package org.migracap.library.domain;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.HttpHeaders;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.jspecify.annotations.Nullable;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.files.FileTypes;
import org.migracap.platform.files.StoredFile;
import org.migracap.platform.files.UploadPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * Checks an uploaded file against the library's {@link UploadPolicy} (its type from its bytes, empty, too large) and
 * reads it with Apache Tika: its text and its language. Refuses what the library does not take (other types, empty,
 * too large, password-protected or broken files) with a message for the person who uploaded it.
 */
@Component
public class TextExtractor {

	public static final String PDF = FileTypes.PDF;

	public static final String DOCX = FileTypes.DOCX;

	public static final String ODT = FileTypes.ODT;

	public static final String HTML = "text/html";

	public static final String XHTML = "application/xhtml+xml";

	public static final String TEXT = FileTypes.TEXT;

	public static final Set<String> ACCEPTED = Set.of(PDF, DOCX, ODT, HTML, XHTML, TEXT);

	private static final Logger log = LoggerFactory.getLogger(TextExtractor.class);

	private final AutoDetectParser parser = new AutoDetectParser();

	private final LibrarySettings settings;

	private final UploadPolicy policy;

	TextExtractor(LibrarySettings settings) {
		this.settings = settings;
		this.policy = new UploadPolicy(settings.maxFileSize(), ACCEPTED, "library.upload.empty",
				"library.upload.tooLarge", "library.upload.unsupportedType");
	}

	/**
	 * Checks an upload against the library's limit and types.
	 * @throws RuleViolationException (422) when the file is empty, too large or of a type not accepted
	 */
	public StoredFile accept(Upload upload) {
		return policy.accept(upload.fileName(), upload.content());
	}

	/**
	 * Checks the content (as {@link #accept}) and extracts its text.
	 * @throws RuleViolationException (422) when the file is empty, too large, of a type not accepted,
	 * password-protected or cannot be read
	 */
	public ExtractedText extract(byte[] content) {
		return extract(policy.accept(null, content));
	}

	/**
	 * Extracts the text of an accepted file.
	 * @throws RuleViolationException (422) when the file is password-protected or cannot be read
	 */
	public ExtractedText extract(StoredFile file) {
		String type = file.contentType();
		byte[] content = file.content();
		Metadata metadata = new Metadata();
		BodyContentHandler handler = new BodyContentHandler(settings.maxTextLength());
		boolean truncated = false;
		try (TikaInputStream in = TikaInputStream.get(content)) {
			metadata.set(HttpHeaders.CONTENT_TYPE, type);
			parser.parse(in, handler, metadata, new ParseContext());
		}
		catch (EncryptedDocumentException ex) {
			throw RuleViolationException.invalid("library.upload.encrypted");
		}
		catch (SAXException ex) {
			if (!WriteLimitReachedException.isWriteLimitReached(ex)) {
				throw broken(ex);
			}
			truncated = true;
		}
		catch (TikaException | IOException | RuntimeException ex) {
			if (causedByEncryption(ex)) {
				throw RuleViolationException.invalid("library.upload.encrypted");
			}
			throw broken(ex);
		}
		String text = normalise(handler.toString());
		String language = declaredLanguage(metadata);
		if (language == null) {
			language = LanguageGuess.guess(text);
		}
		return new ExtractedText(type, text, truncated, language);
	}

	private static RuleViolationException broken(Exception ex) {
		log.info("Refused an unreadable upload: {}", ex.toString());
		return RuleViolationException.invalid("library.upload.broken");
	}

	private static boolean causedByEncryption(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof EncryptedDocumentException
					|| cause.getClass().getSimpleName().contains("InvalidPassword")
					|| cause.getClass().getSimpleName().contains("Encrypted")) {
				return true;
			}
		}
		return false;
	}

	static @Nullable String declaredLanguage(Metadata metadata) {
		for (String value : new String[] { metadata.get(TikaCoreProperties.LANGUAGE),
				metadata.get(HttpHeaders.CONTENT_LANGUAGE) }) {
			if (value != null && !value.isBlank()) {
				String code = value.trim().toLowerCase(Locale.ROOT);
				code = code.length() > 2 ? code.substring(0, 2) : code;
				if (code.matches("[a-z]{2}")) {
					return code;
				}
			}
		}
		return null;
	}

	static String normalise(String text) {
		return text.replace('\u00A0', ' ')
			.replaceAll("[ \\t\\x0B\\f\\r]+", " ")
			.replaceAll(" ?\\n ?", "\n")
			.replaceAll("\\n{3,}", "\n\n")
			.strip();
	}

}
