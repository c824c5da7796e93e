package org.migracap.assessment.domain;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the assessment module.
 * @param evidenceMaxSize largest file accepted as evidence
 * @param evidenceTypes media types accepted as evidence, detected from the content (not the name the browser gives)
 * @param evidenceFilesPerAnswer most files attached to one answer
 */
@ConfigurationProperties(prefix = "migracap.assessment")
public record AssessmentSettings(@DefaultValue("10MB") DataSize evidenceMaxSize,
		@DefaultValue({ "application/pdf", "image/png", "image/jpeg", "text/plain", "text/csv",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
				"application/vnd.openxmlformats-officedocument.presentationml.presentation",
				"application/msword", "application/vnd.ms-excel" }) List<String> evidenceTypes,
		@DefaultValue("10") int evidenceFilesPerAnswer) {
}
