package org.migracap.library;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migracap.library.domain.LibrarySearch;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Uploads, full-text search in three languages, versions, concurrent edits and the all-or-nothing bulk import, on
 * real files made in the test. A refused file leaves nothing behind: no row, no stored file, no index entry.
 */
@MigraCapIntegrationTest
class LibraryDocumentsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LibrarySearch search;

	record Counts(long rows, long files, long indexed) {
	}

	Counts counts() {
		return new Counts(jdbc.sql("select count(*) from library.document").query(Long.class).single(),
				jdbc.sql("select count(*) from library.document_file").query(Long.class).single(),
				search.indexedCount());
	}

	static MockMultipartHttpServletRequestBuilder newDocument(String country, String title, MockMultipartFile file) {
		MockMultipartHttpServletRequestBuilder request = multipart("/library/documents");
		if (file != null) {
			request.file(file);
		}
		request.param("country", country)
			.param("kind", "LAW")
			.param("titleOriginal", title)
			.param("status", "IN_FORCE")
			.param("areas", "D")
			.param("visibility", "PUBLIC")
			.param("adoptedOn", "2024-03-01")
			.with(csrf());
		return request;
	}

	@Test
	@WithUserDetails("focal.ken")
	void aFocalPointUploadsAPdfWhoseTextIsFoundInItsLanguageWithVariantsOfTheWords() throws Exception {
		byte[] pdf = LibraryFixtures.pdf("Seasonal orchard workers shall be recruited through licensed agencies.",
				"The ministry shall inspect every orchard twice a year and publish the results.");
		mvc.perform(newDocument("KEN", "Orchard Workers Act (test)",
				new MockMultipartFile("file", "scan.bin", "application/octet-stream", pdf)))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> row = jdbc.sql("select language, media_type, file_name from library.document where title_original = 'Orchard Workers Act (test)'")
			.query()
			.singleRow();
		assertThat(row.get("language")).as("found from the text").isEqualTo("en");
		assertThat(row.get("media_type")).as("found from the bytes, not the name").isEqualTo("application/pdf");
		mvc.perform(get("/api/library/documents").param("q", "orchards inspected"))
			.andExpect(jsonPath("$.content[*].titleOriginal", hasItem("Orchard Workers Act (test)")));
		mvc.perform(get("/library").param("q", "orchard").header("HX-Request", "true"))
			.andExpect(content().string(containsString("<mark>orchard</mark>")))
			.andExpect(content().string(not(containsString("<nav"))));
	}

	@Test
	void eachLanguageGetsItsOwnStemmingAndAccentsFold() throws Exception {
		mvc.perform(get("/api/library/documents").param("q", "victime"))
			.andExpect(jsonPath("$.content[*].titleOriginal",
					hasItem("Loi relative à la lutte contre la traite des personnes (démo)")));
		mvc.perform(get("/api/library/documents").param("q", "retornada"))
			.andExpect(jsonPath("$.content[*].titleOriginal", hasItem("Política de retorno y reintegración (demo)")));
		mvc.perform(get("/api/library/documents").param("q", "reintegracion"))
			.andExpect(jsonPath("$.content[*].titleOriginal", hasItem("Política de retorno y reintegración (demo)")));
		mvc.perform(get("/api/library/documents").param("q", "licensing"))
			.andExpect(jsonPath("$.content[*].titleOriginal", hasItem("Recruitment Agencies Regulations (demo)")));
		mvc.perform(get("/api/library/documents").param("q", "trabajadores").param("country", "ESP"))
			.andExpect(jsonPath("$.facets.country[0].value").value("ESP"))
			.andExpect(jsonPath("$.facets.country.length()").value(1));
	}

	@Test
	@WithUserDetails("focal.ken")
	void aPasswordProtectedFileIsRefusedAndLeavesNothingBehind() throws Exception {
		Counts before = counts();
		mvc.perform(newDocument("KEN", "Protected (test)", new MockMultipartFile("file", "law.pdf",
				"application/pdf", LibraryFixtures.protectedPdf("secret", "Hidden words"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("protected by a password")));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("focal.ken")
	void aTruncatedOrUnsupportedFileIsRefusedAndLeavesNothingBehind() throws Exception {
		Counts before = counts();
		mvc.perform(newDocument("KEN", "Truncated (test)", new MockMultipartFile("file", "law.pdf",
				"application/pdf", LibraryFixtures.truncated(LibraryFixtures.pdf("Words that are cut off")))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("damaged or incomplete")));
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0,
				1, 0, 0, 0, 1, 8, 2, 0, 0, 0 };
		mvc.perform(newDocument("KEN", "Picture (test)", new MockMultipartFile("file", "law.pdf", "application/pdf", png)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("image/png")));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("focal.ken")
	void aFocalPointCannotAddADocumentOfAnotherCountry() throws Exception {
		Counts before = counts();
		mvc.perform(newDocument("GTM", "Not mine (test)",
				new MockMultipartFile("file", "a.txt", "text/plain", LibraryFixtures.text("Some plain text here."))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("only add documents of your own country")));
		mvc.perform(post("/api/library/documents").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"country":"GTM","kind":"LAW","titleOriginal":"Not mine","language":"es","status":"DRAFT","areas":["B"]}"""))
			.andExpect(status().isForbidden());
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("focal.mex")
	void aNewVersionLinksToTheOldOneMarksItAmendedAndAStaleEditIsRefused() throws Exception {
		long old = jdbc.sql("select id from library.document where title_original = 'Ley de Migración (demo)'")
			.query(Long.class).single();
		long oldVersion = jdbc.sql("select version from library.document where id = :id").param("id", old)
			.query(Long.class).single();
		String location = mvc.perform(newDocument("MEX", "Ley de Migración, reforma (test)",
				new MockMultipartFile("file", "reforma.odt", "application/octet-stream",
						LibraryFixtures.odt("La reforma protege a las personas migrantes y a sus familias en el país.")))
			.param("supersedesId", String.valueOf(old)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(jdbc.sql("select status from library.document where id = :id").param("id", old)
			.query(String.class).single()).isEqualTo("AMENDED");
		mvc.perform(get(location)).andExpect(content().string(containsString("previous-version")))
			.andExpect(content().string(containsString("Migration Law (demo)")));
		mvc.perform(get("/library/documents/" + old)).andExpect(content().string(containsString("later-versions")));

		mvc.perform(post("/library/documents/" + old).with(csrf())
			.param("country", "MEX").param("kind", "LAW").param("titleOriginal", "Ley de Migración (demo, stale)")
			.param("language", "es").param("status", "IN_FORCE").param("areas", "I").param("visibility", "PUBLIC")
			.param("version", String.valueOf(oldVersion)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("changed-meanwhile")));
		assertThat(jdbc.sql("select title_original from library.document where id = :id").param("id", old)
			.query(String.class).single()).isEqualTo("Ley de Migración (demo)");
	}

	@Test
	@WithUserDetails("coordinator")
	void aZipImportWritesEveryRowWithItsFile() throws Exception {
		String manifest = """
				country,kind,title_original,title_english,language,adopted_on,status,areas,gcm_objectives,instruments,visibility,file
				SEN,POLICY,Politique des pêcheurs migrants (test),Migrant Fishers Policy (test),,2023-05-02,IN_FORCE,D A,6,ILO_C181,PUBLIC,peche.docx
				PHL,LAW,Seafarers Welfare Act (test),,en,2022-01-10,IN_FORCE,D C,,,CONFIDENTIAL,
				""";
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("documents.csv", manifest.getBytes(StandardCharsets.UTF_8));
		entries.put("files/peche.docx", LibraryFixtures.docx(
				"Les pêcheurs migrants reçoivent un contrat écrit et une protection sociale pendant la saison de pêche."));
		Counts before = counts();
		mvc.perform(multipart("/library/import").file(new MockMultipartFile("file", "batch.zip", "application/zip",
				LibraryFixtures.zip(entries))).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "import.success"));
		assertThat(counts()).isEqualTo(new Counts(before.rows() + 2, before.files() + 1, before.indexed() + 2));
		assertThat(jdbc.sql("select language from library.document where title_original = 'Politique des pêcheurs migrants (test)'")
			.query(String.class).single()).as("read from the DOCX").isEqualTo("fr");
		mvc.perform(get("/api/library/documents").param("q", "pêcheur saison"))
			.andExpect(jsonPath("$.content[0].titleEnglish").value("Migrant Fishers Policy (test)"));
	}

	@Test
	@WithUserDetails("coordinator")
	void aZipWithOneBadRowOrFileImportsNothingAndReportsEachLine() throws Exception {
		String manifest = """
				country,kind,title_original,language,status,areas,file
				KEN,LAW,Good row (test),en,IN_FORCE,B,good.txt
				ZZZ,LAW,Unknown country (test),en,IN_FORCE,B,
				KEN,LAW,Broken file (test),en,IN_FORCE,B,broken.docx
				KEN,SONG,Bad kind (test),en,IN_FORCE,B,missing.pdf
				""";
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("documents.csv", manifest.getBytes(StandardCharsets.UTF_8));
		entries.put("good.txt", LibraryFixtures.text("A good plain text about border posts and travellers."));
		entries.put("broken.docx", LibraryFixtures.truncated(LibraryFixtures.docx("A paragraph of a Word file.")));
		Counts before = counts();
		mvc.perform(multipart("/api/library/import").file(new MockMultipartFile("file", "batch.zip",
				"application/zip", LibraryFixtures.zip(entries))).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.problems[?(@.line == 3)].column", hasItem("country")))
			.andExpect(jsonPath("$.problems[?(@.line == 4)].column", hasItem("file")))
			.andExpect(jsonPath("$.problems[?(@.line == 5)].column", hasItem("kind")))
			.andExpect(jsonPath("$.problems[?(@.line == 5)].column", hasItem("file")));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("focal.ken")
	void aFocalPointsImportRefusesRowsOfAnotherCountry() throws Exception {
		String manifest = """
				country,kind,title_original,language,status,areas
				KEN,LAW,Mine (test),en,IN_FORCE,B
				GTM,LAW,Theirs (test),es,IN_FORCE,B
				""";
		Counts before = counts();
		mvc.perform(multipart("/api/library/import").file(new MockMultipartFile("file", "documents.csv", "text/csv",
				manifest.getBytes(StandardCharsets.UTF_8))).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.problems[0].line").value(3))
			.andExpect(jsonPath("$.problems[0].message").value(containsString("GTM")));
		assertThat(counts()).isEqualTo(before);
	}

}
