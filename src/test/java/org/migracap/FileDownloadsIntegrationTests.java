package org.migracap;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migracap.assessment.Viewers;
import org.migracap.assessment.domain.CycleKind;
import org.migracap.assessment.domain.CycleService;
import org.migracap.assessment.domain.FrameworkService;
import org.migracap.library.LibraryFixtures;
import org.migracap.platform.Confidentiality;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One file uploaded to each of the five places that keep files (evidence of an answer, a request's attachment, an
 * agreement's document, a programme's document, a library document) comes back with the same download headers: an
 * attachment under its exact name (RFC 5987) with an ASCII fallback, the type detected from its bytes, nosniff, its
 * length and its SHA-256 as entity tag; and a file of another kind is refused by each.
 */
@MigraCapIntegrationTest
class FileDownloadsIntegrationTests {

	static final String NAME = "Décret n°12 «final».pdf";

	static final String DISPOSITION = "attachment; filename=\"D_cret n_12 _final_.pdf\"; "
			+ "filename*=UTF-8''D%C3%A9cret%20n%C2%B012%20%C2%ABfinal%C2%BB.pdf";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CycleService cycles;

	RequestPostProcessor as(String username) {
		UserDetails principal = users.loadUserByUsername(username);
		return authentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
	}

	long id(String sql, Object... params) {
		JdbcClient.StatementSpec spec = jdbc.sql(sql);
		for (int i = 0; i < params.length; i++) {
			spec = spec.param(i + 1, params[i]);
		}
		return spec.query(Long.class).single();
	}

	@Test
	void everyPlaceAnswersADownloadWithTheSameHeaders() throws Exception {
		byte[] pdf = LibraryFixtures.pdf("Decree number twelve on the registration of seasonal workers.",
				"The ministry keeps the register and publishes it every year.");
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
		Map<String, String> downloads = new LinkedHashMap<>();
		List<String> cleanUp = new ArrayList<>();
		try {
			long cycle = jdbc.sql("""
					select id from assessment.cycle where iso3 = 'KEN' and framework_code = 'MIGRACAP_CORE'
					and status in ('DRAFT', 'RETURNED') order by id desc fetch first 1 rows only""")
				.query(Long.class)
				.optional()
				.orElseGet(() -> cycles.create("KEN", new CycleService.NewCycle(FrameworkService.CORE, CycleKind.SELF,
						2026, null, null, Confidentiality.PRIVATE), Viewers.focal("KEN")).id());
			jdbc.sql("""
					delete from assessment.evidence_file where response_id in
					(select id from assessment.response where cycle_id = ? and indicator_code = 'G2')""")
				.param(cycle)
				.update();
			mvc.perform(multipart("/assessments/{id}/answers/G2/files", cycle).file(file(pdf))
				.with(as("focal.ken"))
				.with(csrf())).andExpect(status().isFound());
			long evidence = id("""
					select max(f.id) from assessment.evidence_file f join assessment.response r on r.id = f.response_id
					where r.cycle_id = ? and r.indicator_code = 'G2'""", cycle);
			cleanUp.add("delete from assessment.evidence_file where id = " + evidence);
			downloads.put("/assessments/" + cycle + "/files/" + evidence, "focal.ken");

			long request = id("select id from request.assistance_request where title like 'Training border officers%'");
			mvc.perform(multipart("/requests/{id}/attachments", request).file(file("files", pdf))
				.with(as("focal.ken"))
				.with(csrf())).andExpect(status().isFound());
			long attachment = id("select max(id) from request.attachment where request_id = ?", request);
			cleanUp.add("delete from request.attachment where id = " + attachment);
			downloads.put("/requests/" + request + "/attachments/" + attachment, "focal.ken");

			long agreement = id("select min(id) from cooperation.agreement");
			mvc.perform(multipart("/agreements/{id}/documents", agreement).file(file(pdf))
				.param("title", "Decree twelve (download test)")
				.with(as("coordinator"))
				.with(csrf())).andExpect(status().isFound());
			long document = id("select max(id) from cooperation.agreement_document where agreement_id = ?", agreement);
			cleanUp.add("delete from cooperation.agreement_document where id = " + document);
			downloads.put("/agreements/" + agreement + "/documents/" + document, "coordinator");

			long programme = id("select min(id) from programme.programme");
			mvc.perform(multipart("/programmes/{id}/documents", programme).file(file(pdf))
				.param("title", "Decree twelve (download test)")
				.param("category", "A02")
				.with(as("coordinator"))
				.with(csrf())).andExpect(status().isFound());
			long programmeDocument = id("select max(id) from programme.document where programme_id = ?", programme);
			cleanUp.add("delete from programme.document where id = " + programmeDocument);
			downloads.put("/programmes/" + programme + "/documents/" + programmeDocument, "coordinator");

			String created = mvc.perform(multipart("/library/documents").file(file(pdf))
				.param("country", "KEN")
				.param("kind", "LAW")
				.param("titleOriginal", "Decree twelve (download test)")
				.param("status", "IN_FORCE")
				.param("areas", "D")
				.param("visibility", "PUBLIC")
				.param("adoptedOn", "2024-03-01")
				.with(as("focal.ken"))
				.with(csrf())).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
			long library = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
			downloads.put("/library/documents/" + library + "/file", "focal.ken");

			assertThat(downloads).hasSize(5);
			downloads.forEach((path, user) -> {
				MockHttpServletResponse response = download(path, user);
				assertThat(response.getStatus()).as(path).isEqualTo(200);
				assertThat(response.getContentType()).as(path).isEqualTo("application/pdf");
				assertThat(response.getHeader("Content-Disposition")).as(path).isEqualTo(DISPOSITION);
				assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
				assertThat(response.getHeader("Content-Length")).as(path).isEqualTo(String.valueOf(pdf.length));
				assertThat(response.getHeader("ETag")).as(path).isEqualTo("\"" + sha256 + "\"");
				assertThat(response.getContentAsByteArray()).as(path).isEqualTo(pdf);
			});

			long version = id("select version from library.document where id = ?", library);
			mvc.perform(post("/library/documents/{id}/delete", library).param("version", String.valueOf(version))
				.with(as("focal.ken"))
				.with(csrf())).andExpect(status().isFound());
		}
		finally {
			cleanUp.forEach(sql -> jdbc.sql(sql).update());
		}
	}

	@Test
	void everyPlaceRefusesAProgramRenamedAsAPdfAndKeepsNothing() throws Exception {
		byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 };
		long agreement = id("select min(id) from cooperation.agreement");
		long programme = id("select min(id) from programme.programme");
		long documentsBefore = id("select count(*) from cooperation.agreement_document");
		long programmeDocumentsBefore = id("select count(*) from programme.document");
		mvc.perform(multipart("/agreements/{id}/documents", agreement).file(file(exe))
			.param("title", "Not a decree")
			.with(as("coordinator"))
			.with(csrf())).andExpect(status().isFound());
		mvc.perform(multipart("/programmes/{id}/documents", programme).file(file(exe))
			.param("title", "Not a decree")
			.param("category", "A02")
			.with(as("coordinator"))
			.with(csrf()));
		assertThat(id("select count(*) from cooperation.agreement_document")).isEqualTo(documentsBefore);
		assertThat(id("select count(*) from programme.document")).isEqualTo(programmeDocumentsBefore);
	}

	private MockHttpServletResponse download(String path, String user) {
		try {
			return mvc.perform(get(path).with(as(user))).andReturn().getResponse();
		}
		catch (Exception ex) {
			throw new IllegalStateException(path, ex);
		}
	}

	private static MockMultipartFile file(byte[] content) {
		return file("file", content);
	}

	private static MockMultipartFile file(String part, byte[] content) {
		return new MockMultipartFile(part, NAME, "application/pdf", content);
	}

}
