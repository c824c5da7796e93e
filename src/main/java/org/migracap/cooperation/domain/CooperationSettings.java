package org.migracap.cooperation.domain;

import java.util.List;

import org.migracap.platform.files.FileTypes;
import org.migracap.platform.files.UploadPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the cooperation module.
 * @param documentMaxSize the largest file uploaded as a document of an agreement (the servlet's multipart limit
 * applies first)
 * @param documentTypes the media types accepted, as detected from the content (not the file name);
 * {@link FileTypes#DOCUMENTS_AND_IMAGES} when not set
 */
@ConfigurationProperties(prefix = "migracap.cooperation")
public record CooperationSettings(@DefaultValue("20MB") DataSize documentMaxSize, List<String> documentTypes) {

	public CooperationSettings {
		documentTypes = FileTypes.orDocumentsAndImages(documentTypes);
	}

	/** Which files may be uploaded as documents of an agreement. */
	public UploadPolicy documentPolicy() {
		return new UploadPolicy(documentMaxSize, documentTypes, "cooperation.document.error.empty",
				"cooperation.document.error.tooLarge", "cooperation.document.error.type");
	}

}
