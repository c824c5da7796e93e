package org.migracap.mobility;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.migracap.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corridor explorer in Chromium: world totals, a country's corridors with their charts and table alternatives,
 * a corridor in detail, the country page tab, an export, and the data sources with what they leave out.
 */
class CorridorBrowserTests extends BrowserTest {

	@Test
	void aVisitorExploresTheCorridorsOfACountry() {
		open("/corridors");
		assertThat(page.locator("#world-total")).hasText("260,180,560");
		assertThat(page.locator("#top-corridors")).containsText("Mexico → United States of America");
		assertThat(page.locator(".chart-map svg").first()).isVisible();
		assertAccessible();

		page.locator("#pick-country").selectOption(new SelectOption().setValue("PHL"));
		page.locator("#country-picker button[type=submit]").click();
		assertThat(page.locator("#corridors-heading")).hasText("Corridors of Philippines");
		assertThat(page.locator("#as-origin")).containsText("Saudi Arabia");
		assertThat(page.locator("#flow-map svg")).isVisible();
		assertThat(page.locator("#sankey svg")).isVisible();
		assertThat(page.locator("#trend-table")).containsText("1990");
		assertAccessible();

		page.locator("#top").selectOption("20");
		assertThat(page.locator("#as-origin tbody tr")).hasCount(20);

		Download download = page.waitForDownload(() -> page.locator("a[href*='role=ORIGIN'][href*='format=csv']").click());
		assertThat(download.suggestedFilename()).isEqualTo("migracap-corridors-PHL-origin.csv");

		page.locator("#as-origin a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Saudi Arabia")).click();
		assertThat(page.locator("#pair-heading")).hasText("Philippines → Saudi Arabia");
		assertThat(page.locator(".pair-stock").first()).containsText("2019");
		assertAccessible();
	}

	@Test
	void theCountryPageHasACorridorsTabAndTheSourcesSayWhatTheyLeaveOut() {
		open("/countries/KEN");
		page.locator("#tab-corridors").click();
		assertThat(page.locator("#corridors-tab")).containsText("United Kingdom");
		assertAccessible();
		page.locator("#tab-depends").click();
		assertThat(page.locator("#depends-tab")).isVisible();
		assertAccessible();

		open("/corridors/sources?source=UN%20DESA%202019");
		assertThat(page.locator("#exclusions")).containsText("South America");
		assertThat(page.locator("#exclusions")).containsText("Channel Islands");
		assertAccessible();
	}

}
