package org.migracap.library.domain;

/**
 * A file as a person sent it: the name it had on their computer (kept, cleaned, for downloads, never trusted for its
 * type) and its bytes.
 */
public record Upload(String fileName, byte[] content) {
}
