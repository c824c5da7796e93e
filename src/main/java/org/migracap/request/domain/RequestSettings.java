package org.migracap.request.domain;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the request module.
 * @param attachmentMaxSize the largest file a requester may attach
 * @param attachmentMaxCount how many files one request may carry
 * @param attachmentTypes the media types accepted, as detected from the content (not the file name)
 * @param similarityThreshold the TF-IDF cosine from which an earlier request sharing an area is a possible duplicate
 * @param similarMax how many possible duplicates to show
 */
@ConfigurationProperties(prefix = "migracap.request")
public record RequestSettings(@DefaultValue("5MB") DataSize attachmentMaxSize,
		@DefaultValue("10") int attachmentMaxCount,
		@DefaultValue({ "application/pdf", "application/msword",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"application/vnd.openxmlformats-officedocument.presentationml.presentation",
				"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
				"text/plain", "text/csv", "image/png", "image/jpeg" }) List<String> attachmentTypes,
		@DefaultValue("0.3") double similarityThreshold, @DefaultValue("5") int similarMax) {
}
