package org.migracap.platform;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.migracap.reference.IomStatus;
import org.migracap.reference.ReferenceApi;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.support.SignedInClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file over the upload limit is refused with a clear message and changes nothing, through the real servlet
 * container (the test profile sets the limit to 1 MB).
 */
@MigraCapIntegrationTest
class UploadLimitIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ReferenceApi reference;

	@Test
	void anOversizedImportIsRefusedAndChangesNothing() throws Exception {
		SignedInClient admin = new SignedInClient("http://localhost:" + port).signIn("admin", "migracap-demo");
		StringBuilder csv = new StringBuilder("iso3,status,since,note\nNOR,MEMBER,1951,");
		csv.append("x".repeat(1_200_000)).append('\n');
		var api = admin.upload("/api/memberships/import", "big.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
				"application/json");
		assertThat(api.statusCode()).isEqualTo(413);
		assertThat(api.body()).contains("upload limit");
		var page = admin.upload("/admin/reference/membership/import", "big.csv",
				csv.toString().getBytes(StandardCharsets.UTF_8), "text/html");
		assertThat(page.statusCode()).isEqualTo(413);
		assertThat(page.body()).contains("upload limit").doesNotContain("Exception");
		assertThat(reference.getCountry("NOR").iomStatus()).isEqualTo(IomStatus.UNKNOWN);
	}

}
