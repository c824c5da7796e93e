package org.migracap.assessment.domain;

import java.util.List;

import org.migracap.platform.files.FileTypes;
import org.migracap.platform.files.UploadPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the assessment module.
 * @param evidenceMaxSize largest file accepted as evidence
 * @param evidenceTypes media types accepted as evidence, detected from the content (not the name the browser gives);
 * {@link FileTypes#DOCUMENTS_AND_IMAGES} when not set
 * @param evidenceFilesPerAnswer most files attached to one answer
 */
@ConfigurationProperties(prefix = "migracap.assessment")
public record AssessmentSettings(@DefaultValue("10MB") DataSize evidenceMaxSize, List<String> evidenceTypes,
		@DefaultValue("10") int evidenceFilesPerAnswer) {

	public AssessmentSettings {
		evidenceTypes = FileTypes.orDocumentsAndImages(evidenceTypes);
	}

	/** Which files are accepted as evidence. */
	public UploadPolicy evidencePolicy() {
		return new UploadPolicy(evidenceMaxSize, evidenceTypes, "assessment.evidence.error.empty",
				"assessment.evidence.error.tooLarge", "assessment.evidence.error.type");
	}

}
