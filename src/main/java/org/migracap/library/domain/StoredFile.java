package org.migracap.library.domain;

/**
 * Facts about an uploaded file once its type is known from its content.
 */
record StoredFile(String fileName, String mediaType, long size, String sha256) {
}
