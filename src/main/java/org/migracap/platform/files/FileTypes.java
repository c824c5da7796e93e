package org.migracap.platform.files;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The media type of a file, recognised by Apache Tika from its bytes (signatures, and the inside of ZIP and OLE2
 * containers: a renamed executable stays an executable). The name a person gave the file is used only to choose a
 * narrower type that the caller accepts ({@code text/csv} for text named {@code .csv}); it never makes a file of
 * another kind acceptable.
 */
public final class FileTypes {

	public static final String OCTET_STREAM = "application/octet-stream";

	public static final String PDF = "application/pdf";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String ODT = "application/vnd.oasis.opendocument.text";

	public static final String TEXT = "text/plain";

	/**
	 * PDF, Word, Excel, PowerPoint (Office Open XML and the Word and Excel binary formats), OpenDocument text and
	 * spreadsheets, plain text, CSV, PNG and JPEG: what evidence, attachments and programme and agreement documents
	 * accept unless configured otherwise.
	 */
	public static final List<String> DOCUMENTS_AND_IMAGES = List.of(PDF, "application/msword", DOCX,
			"application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation", ODT,
			"application/vnd.oasis.opendocument.spreadsheet", TEXT, "text/csv", "image/png", "image/jpeg");

	private static final Detector DETECTOR = new DefaultDetector();

	private FileTypes() {
	}

	/** The types a module's settings list, or {@link #DOCUMENTS_AND_IMAGES} when they list none. */
	public static List<String> orDocumentsAndImages(@Nullable List<String> types) {
		return types == null || types.isEmpty() ? DOCUMENTS_AND_IMAGES : List.copyOf(types);
	}

	/** The type of the content from its bytes alone (base type, without parameters). */
	public static String detect(byte[] content) {
		return detect(content, new Metadata());
	}

	/**
	 * The type of the content: from its bytes, or the narrower type its name points to when {@code accepted} has it
	 * (Tika takes the name's type only where it specialises the one the bytes show).
	 */
	public static String detect(byte[] content, String fileName, Collection<String> accepted) {
		String fromBytes = detect(content);
		Metadata named = new Metadata();
		named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		String withName = detect(content, named);
		return !withName.equals(fromBytes) && accepted.contains(withName) ? withName : fromBytes;
	}

	private static String detect(byte[] content, Metadata metadata) {
		try (TikaInputStream in = TikaInputStream.get(content)) {
			return DETECTOR.detect(in, metadata).getBaseType().toString();
		}
		catch (IOException ex) {
			return OCTET_STREAM;
		}
	}

}
