package org.migracap.platform;

import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@MigraCapIntegrationTest
class PdfRendererIntegrationTests {

	@Autowired
	PdfRenderer pdf;

	@Test
	void rendersATranslatedTemplateToAReadablePdf() throws Exception {
		byte[] bytes = pdf.render("platform/pdf-sample", Map.of("text", "Détail & <échappé>"), Locale.FRENCH);
		try (PDDocument document = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text.replaceAll("\\s+", " ")).contains("Renforcement des capacités en gestion des migrations")
				.contains("Détail & <échappé>");
		}
	}

}
