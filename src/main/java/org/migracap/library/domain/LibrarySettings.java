package org.migracap.library.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the library: the largest file it accepts (the servlet's multipart limit applies first), how much
 * extracted text it keeps per document, and whether the index is rebuilt in the background when it does not match
 * the database at start-up.
 */
@ConfigurationProperties(prefix = "migracap.library")
public record LibrarySettings(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("1000000") int maxTextLength,
		@DefaultValue("true") boolean reindexInBackground) {

	public long maxFileBytes() {
		return maxFileSize.toBytes();
	}

}
