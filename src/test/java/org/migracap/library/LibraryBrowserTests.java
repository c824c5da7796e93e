package org.migracap.library;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.migracap.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The focal point's library journey in Chromium: upload a law, find it by typing, narrow by a facet, compare countries
 * in an area and look for peers; a damaged file is refused with the reason next to the file field. Every page passes
 * the accessibility checks.
 */
class LibraryBrowserTests extends BrowserTest {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@Test
	void aFocalPointUploadsALawAndFindsItBySearchingAsSheTypes() {
		signIn("focal.ken");
		open("/library/documents/new");
		assertThat(page.locator("h1")).hasText("Add a document");
		assertAccessible();
		page.getByLabel("Title in the original language").fill("Beekeepers Cooperative Labour Act (browser test)");
		page.locator("#kind").selectOption("LAW");
		page.locator("#status").selectOption("IN_FORCE");
		page.getByLabel("D · Regular labour migration").check();
		page.locator("#adoptedOn").fill("2024-02-01");
		page.setInputFiles("#file", new FilePayload("beekeepers.docx", DOCX, LibraryFixtures.docx(
				"Migrant beekeepers hired for the honey season shall receive a written contract before they travel.",
				"The labour office shall register every contract and visit the apiaries.")));
		page.locator("#save-document").click();
		page.waitForURL(Pattern.compile(".*/library/documents/\\d+$"));
		assertThat(page.locator("#document-title")).hasText("Beekeepers Cooperative Labour Act (browser test)");
		assertThat(page.locator(".document-text")).containsText("honey season");
		assertAccessible();

		open("/library");
		assertAccessible();
		page.getByLabel("Search the library").pressSequentially("apiarie", new Locator.PressSequentiallyOptions().setDelay(40));
		assertThat(page.locator("#library-hits .hit-title").first()).hasText("Beekeepers Cooperative Labour Act (browser test)");
		assertThat(page.locator("#library-hits mark").first()).hasText("apiaries");
		assertThat(page).hasURL(Pattern.compile(".*q=apiarie.*"));
		assertAccessible();

		page.getByLabel("Search the library").fill("");
		page.getByLabel("Search the library").pressSequentially("recruitment", new Locator.PressSequentiallyOptions().setDelay(30));
		assertThat(page.locator("#facet-country")).containsText("Philippines");
		page.locator("#f-country-KEN").check();
		assertThat(page.locator("#library-hits .library-hit")).not().containsText(new String[] { "Philippines" });
		assertThat(page.locator("#facet-country .form-check")).hasCount(1);
		assertThat(page).hasURL(Pattern.compile(".*country=KEN.*"));
		assertAccessible();
	}

	@Test
	void aDamagedFileIsRefusedWithTheReasonNextToTheFileField() {
		signIn("focal.ken");
		open("/library/documents/new");
		page.getByLabel("Title in the original language").fill("Damaged upload (browser test)");
		page.getByLabel("B · Border management: control and facilitation").check();
		page.setInputFiles("#file", new FilePayload("law.pdf", "application/pdf",
				LibraryFixtures.truncated(LibraryFixtures.pdf("A page that will be cut in half by the test."))));
		page.locator("#save-document").click();
		assertThat(page.locator("#file-error")).containsText("damaged or incomplete");
		assertThat(page.getByLabel("Title in the original language")).hasValue("Damaged upload (browser test)");
		assertAccessible();
		open("/library?q=damaged");
		assertThat(page.locator("#library-none")).isVisible();
	}

	@Test
	void anyoneComparesCountriesInAnAreaAndLooksForPeers() {
		open("/library/compare");
		assertAccessible();
		page.locator("#area").selectOption("D");
		page.locator("#country-0").selectOption("KEN");
		page.locator("#country-1").selectOption("PHL");
		page.locator("#compare-submit").click();
		assertThat(page.locator("#comparison-table thead")).containsText("Philippines");
		assertThat(page.locator("#row-documents")).containsText("Recruitment Agencies Regulations (demo)");
		assertThat(page.locator("#row-documents")).containsText("Rules on the Recruitment and Deployment of Workers Abroad (demo)");
		assertThat(page.locator("#comparison-table")).containsText("ILO C181");
		assertThat(page.locator("#row-area-score")).isVisible();
		assertThat(page.locator("#comparison-table .row-indicator").first()).containsText("Level");
		assertAccessible();

		open("/library/peers");
		page.locator("#peer-country").selectOption("KEN");
		page.locator("#peer-area").selectOption("D");
		page.locator("#peers-submit").click();
		assertThat(page.locator("#own-documents")).containsText("Recruitment Agencies Regulations (demo)");
		assertThat(page.locator("#own-score")).containsText("Kenya");
		assertThat(page.locator("#peer-list .peer").first()).isVisible();
		assertAccessible();
	}

}
