package org.migracap.request.domain;

import java.util.List;

import org.migracap.platform.files.FileTypes;
import org.migracap.platform.files.UploadPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the request module.
 * @param attachmentMaxSize the largest file a requester may attach
 * @param attachmentMaxCount how many files one request may carry
 * @param attachmentTypes the media types accepted, as detected from the content (not the file name);
 * {@link FileTypes#DOCUMENTS_AND_IMAGES} when not set
 * @param similarityThreshold the TF-IDF cosine from which an earlier request sharing an area is a possible duplicate
 * @param similarMax how many possible duplicates to show
 */
@ConfigurationProperties(prefix = "migracap.request")
public record RequestSettings(@DefaultValue("5MB") DataSize attachmentMaxSize,
		@DefaultValue("10") int attachmentMaxCount, List<String> attachmentTypes,
		@DefaultValue("0.3") double similarityThreshold, @DefaultValue("5") int similarMax) {

	public RequestSettings {
		attachmentTypes = FileTypes.orDocumentsAndImages(attachmentTypes);
	}

	/** Which files may be attached to a request. */
	public UploadPolicy attachmentPolicy() {
		return new UploadPolicy(attachmentMaxSize, attachmentTypes, "request.attachment.empty",
				"request.attachment.tooLarge", "request.attachment.type");
	}

}
