package org.migracap.library.domain;

import org.jspecify.annotations.Nullable;

/**
 * What Tika read from a file: the media type detected from the bytes, the text (cut at the configured limit), and
 * the language the file declares or its text shows, if any.
 */
public record ExtractedText(String mediaType, String text, boolean truncated, @Nullable String language) {
}
