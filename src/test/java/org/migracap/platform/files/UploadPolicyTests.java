package org.migracap.platform.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.migracap.platform.RuleViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one policy for uploads and the one answer for downloads, with the parameters of two modules (evidence takes
 * documents and images, the library only documents it can read) to show that their rules differ by parameters only.
 */
class UploadPolicyTests {

	final UploadPolicy evidence = new UploadPolicy(DataSize.ofKilobytes(64), FileTypes.DOCUMENTS_AND_IMAGES,
			"evidence.empty", "evidence.tooLarge", "evidence.type");

	final UploadPolicy library = new UploadPolicy(DataSize.ofMegabytes(2), List.of(FileTypes.PDF, FileTypes.TEXT),
			"library.empty", "library.tooLarge", "library.type");

	static final byte[] PDF = "%PDF-1.4\n% a decree\n".getBytes(StandardCharsets.US_ASCII);

	@Test
	void acceptsAFileWithItsTypeFromTheBytesItsDigestAndAName() {
		StoredFile file = evidence.accept("C:\\Users\\ken\\Desktop\\decree.bin", PDF);
		assertThat(file.fileName()).isEqualTo("decree.bin");
		assertThat(file.contentType()).as("from the bytes, not the name").isEqualTo("application/pdf");
		assertThat(file.size()).isEqualTo(PDF.length);
		assertThat(file.sha256()).isEqualTo("e197e1d031f4200dbfae54efe8a6d2f146ba73d5bbd3d06ad991d6cd32ac40b2");
		assertThat(file.content()).isEqualTo(PDF);
		assertThat(file.facts().sha256()).isEqualTo(file.sha256());
	}

	@Test
	void refusesEmptyOversizedAndOtherKindsWithTheModulesMessagesAndTheSameArguments() {
		assertThatThrownBy(() -> evidence.accept("a.pdf", new byte[0]))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("evidence.empty");
				assertThat(ex.args()).containsExactly("a.pdf", 0L, "");
			});
		byte[] big = new byte[65 * 1024];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		assertThat(library.accept("big.pdf", big).size()).as("within the library's limit").isEqualTo(big.length);
		assertThatThrownBy(() -> evidence.accept("big.pdf", big))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("evidence.tooLarge");
				assertThat(ex.args()[0]).isEqualTo("big.pdf");
			});
		byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 };
		assertThatThrownBy(() -> evidence.accept("law.pdf", exe))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("evidence.type");
				assertThat(ex.args()[0]).isEqualTo("law.pdf");
				assertThat((String) ex.args()[2]).isNotEqualTo("application/pdf").startsWith("application/");
			});
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
				0, 0, 0, 1, 8, 2, 0, 0, 0 };
		assertThat(evidence.accept("photo.png", png).contentType()).isEqualTo("image/png");
		assertThatThrownBy(() -> library.accept("photo.png", png))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("library.type");
				assertThat(ex.args()[2]).isEqualTo("image/png");
			});
	}

	@Test
	void theNameOnlyNarrowsTheTypeTheBytesShowToOneThePolicyAccepts() throws IOException {
		byte[] csv = "country,level\nKEN,3\nGTM,2\n".getBytes(StandardCharsets.UTF_8);
		assertThat(evidence.accept("levels.csv", csv).contentType()).isEqualTo("text/csv");
		assertThat(library.accept("levels.csv", csv).contentType()).as("text/csv not accepted: the bytes' type")
			.isEqualTo("text/plain");
		assertThat(evidence.accept("notes.md", "# Notes\nplain words".getBytes(StandardCharsets.UTF_8)).contentType())
			.isEqualTo("text/plain");
		assertThatThrownBy(() -> evidence.accept("levels.pdf", "<html><body>hi</body></html>".getBytes(
				StandardCharsets.UTF_8))).isInstanceOf(RuleViolationException.class);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("levels").createRow(0).createCell(0).setCellValue("KEN");
			workbook.write(out);
			assertThat(evidence.accept("levels.zip", out.toByteArray()).contentType())
				.as("an Office Open XML file is known by what the ZIP holds")
				.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		}
	}

	@Test
	void cleansNamesOfFoldersControlCharactersAndQuotes() {
		assertThat(UploadPolicy.cleanName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(UploadPolicy.cleanName("C:\\temp\\report.pdf")).isEqualTo("report.pdf");
		assertThat(UploadPolicy.cleanName("bad\r\nname\u0000\".pdf")).isEqualTo("badname.pdf");
		assertThat(UploadPolicy.cleanName("invoice\u202Efdp.exe")).as("no right-to-left override")
			.isEqualTo("invoicefdp.exe");
		assertThat(UploadPolicy.cleanName("Décret n°12 «final».pdf")).isEqualTo("Décret n°12 «final».pdf");
		assertThat(UploadPolicy.cleanName("  ..  ")).isEqualTo("file");
		assertThat(UploadPolicy.cleanName(null)).isEqualTo("file");
		assertThat(UploadPolicy.cleanName("x".repeat(300) + ".pdf")).hasSize(UploadPolicy.MAX_NAME_LENGTH)
			.endsWith(".pdf");
	}

	@Test
	void aDownloadIsAnAttachmentWithTheExactTypeNameLengthAndDigest() {
		StoredFile file = evidence.accept("Décret n°12 «final».pdf", PDF);
		ResponseEntity<byte[]> response = FileDownloads.attachment(file);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getHeaders().getFirst("Content-Type")).isEqualTo("application/pdf");
		assertThat(response.getHeaders().getFirst("Content-Disposition"))
			.isEqualTo("attachment; filename=\"D_cret n_12 _final_.pdf\"; "
					+ "filename*=UTF-8''D%C3%A9cret%20n%C2%B012%20%C2%ABfinal%C2%BB.pdf");
		assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeaders().getContentLength()).isEqualTo(PDF.length);
		assertThat(response.getHeaders().getETag()).isEqualTo("\"" + UploadPolicy.sha256(PDF) + "\"");
		assertThat(response.getBody()).isEqualTo(PDF);
		assertThat(FileDownloads.contentDisposition("a\"b\\c*d'e.txt"))
			.isEqualTo("attachment; filename=\"a_b_c*d'e.txt\"; filename*=UTF-8''a%22b%5Cc%2Ad%27e.txt");
	}

}
