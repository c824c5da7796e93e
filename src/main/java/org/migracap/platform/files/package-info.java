/**
 * Files people upload and download, one way for every module: the stored value ({@link StoredFile}, its description
 * {@link FileFacts}), the check of an upload ({@link UploadPolicy}: size, type detected from the bytes, clean name,
 * SHA-256) and the answer to a download ({@link FileDownloads}). Each module gives the policy its own limits, types
 * and messages.
 */
@NullMarked
@NamedInterface("files")
package org.migracap.platform.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
