package org.migracap.library.domain;

/**
 * A document's file for download, with the name it was uploaded under and the type detected from its content.
 */
public record FileDownload(String fileName, String mediaType, byte[] content) {
}
