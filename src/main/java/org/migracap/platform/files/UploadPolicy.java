package org.migracap.platform.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.RuleViolationException;
import org.springframework.util.unit.DataSize;

/**
 * Which uploads a module takes: not empty, not larger than {@code maxSize}, of one of the {@code types} as detected
 * from the content ({@link FileTypes}), under a clean name ({@link #cleanName}). One policy for every module; each
 * gives its own limit and types (from its settings) and the message keys its pages already use. The messages get
 * the same arguments everywhere: {@code {0}} the (clean) file name, {@code {1}} the limit in megabytes,
 * {@code {2}} the type found.
 * @param maxSize the largest file accepted
 * @param types the media types accepted (base types, e.g. {@code application/pdf})
 * @param emptyKey message of an empty file
 * @param tooLargeKey message of a file over the limit
 * @param typeKey message of a file of a type not accepted
 */
public record UploadPolicy(DataSize maxSize, Set<String> types, String emptyKey, String tooLargeKey,
		String typeKey) {

	/** Longest file name kept (the end is kept, with the extension); every column that holds one is as long. */
	public static final int MAX_NAME_LENGTH = 200;

	public UploadPolicy(DataSize maxSize, Collection<String> types, String emptyKey, String tooLargeKey,
			String typeKey) {
		this(maxSize, Set.copyOf(types), emptyKey, tooLargeKey, typeKey);
	}

	/**
	 * Checks an upload and makes the file to store.
	 * @param originalName the name the file had on the sender's computer (may hold a path), or null
	 * @throws RuleViolationException (422) naming the file and what is wrong with it; nothing is kept
	 */
	public StoredFile accept(@Nullable String originalName, byte[] content) {
		String name = cleanName(originalName);
		if (content.length == 0) {
			throw RuleViolationException.invalid(emptyKey, name, maxSize.toMegabytes(), "");
		}
		if (content.length > maxSize.toBytes()) {
			throw RuleViolationException.invalid(tooLargeKey, name, maxSize.toMegabytes(), "");
		}
		String type = FileTypes.detect(content, name, types);
		if (!types.contains(type)) {
			throw RuleViolationException.invalid(typeKey, name, maxSize.toMegabytes(), type);
		}
		return new FileFacts(name, type, content.length, sha256(content)).with(content);
	}

	/**
	 * A file name fit to store and to show: without any folder part (of Windows or Unix), without control and
	 * bidirectional-formatting characters and double quotes, trimmed, at most {@link #MAX_NAME_LENGTH} characters
	 * (the end kept); {@code file} when nothing is left.
	 */
	public static String cleanName(@Nullable String name) {
		String base = name == null ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "").strip();
		if (base.isEmpty() || base.chars().allMatch(c -> c == '.')) {
			return "file";
		}
		return base.length() > MAX_NAME_LENGTH ? base.substring(base.length() - MAX_NAME_LENGTH) : base;
	}

	/** The SHA-256 of the bytes, in lower-case hex. */
	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
