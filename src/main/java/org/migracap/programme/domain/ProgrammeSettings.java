package org.migracap.programme.domain;

import java.util.List;

import org.migracap.platform.files.FileTypes;
import org.migracap.platform.files.UploadPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the programme module.
 * @param reportingOrgRef the IATI organisation identifier of the publisher (IOM is {@code XM-DAC-47066})
 * @param reportingOrgName its name
 * @param reportingOrgType its IATI OrganisationType code (40 multilateral)
 * @param currency the reporting currency of all amounts (ISO 4217)
 * @param publicBaseUrl the address the application is reached at, for document links in IATI files
 * @param documentMaxSize the largest programme document accepted
 * @param documentTypes the media types of programme documents accepted, as detected from the content (not the file
 * name); {@link FileTypes#DOCUMENTS_AND_IMAGES} when not set
 * @param horizonYears how many years ahead the recurrent financing outlook looks
 */
@ConfigurationProperties(prefix = "migracap.programme")
public record ProgrammeSettings(@DefaultValue("XM-DAC-47066") String reportingOrgRef,
		@DefaultValue("International Organization for Migration") String reportingOrgName,
		@DefaultValue("40") String reportingOrgType, @DefaultValue("USD") String currency,
		@DefaultValue("http://localhost:8080") String publicBaseUrl, @DefaultValue("10MB") DataSize documentMaxSize,
		@DefaultValue("8") int horizonYears, List<String> documentTypes) {

	/** DAC 5-digit purpose code "Facilitation of orderly, safe, regular and responsible migration and mobility". */
	public static final String DEFAULT_DAC_CODE = "15190";

	public ProgrammeSettings {
		documentTypes = FileTypes.orDocumentsAndImages(documentTypes);
	}

	/** Which files may be uploaded as programme documents. */
	public UploadPolicy documentPolicy() {
		return new UploadPolicy(documentMaxSize, documentTypes, "programme.error.emptyFile",
				"programme.error.fileTooLarge", "programme.error.fileType");
	}

}
