package org.migracap.platform;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.migracap.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The newcomer's first steps in a real browser: the home page, signing in with a demo account, switching language,
 * finding a country by typing and opening its page; each page passes the accessibility checks.
 */
class FoundationBrowserTests extends BrowserTest {

	@Test
	void signInSwitchLanguageFindACountryAndOpenIt() {
		open("/");
		assertThat(page.locator("h1")).containsText("Capacity-building in migration management");
		assertAccessible();

		signIn("focal.ken");
		assertThat(page.locator("#user-menu")).containsText("Kenya focal point");

		page.locator("#language-menu").click();
		page.locator("[data-lang=fr]").click();
		assertThat(page.locator("html")).hasAttribute("lang", "fr");

		open("/countries");
		assertThat(page.locator("h1")).hasText("Pays");
		assertAccessible();
		page.getByLabel("Rechercher").pressSequentially("Keny", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(50));
		assertThat(page.locator("#country-table tbody tr")).hasCount(1);
		assertThat(page.locator("#result-count")).containsText("1");
		page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Kenya")).click();
		assertThat(page.locator("#country-name")).hasText("Kenya");
		assertThat(page.locator("#ratification-table")).containsText("Migrant Workers Convention");
		assertAccessible();
	}

	@Test
	void anAdministratorImportsAFileWithABadRowAndSeesTheLine() {
		signIn("admin");
		open("/admin/reference/membership");
		assertAccessible();
		page.setInputFiles("#membership-file", new com.microsoft.playwright.options.FilePayload("bad.csv", "text/csv",
				"iso3,status\nKEN,MEMBER\nZZZ,MEMBER\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		page.locator("form[action$='/import'] button[type=submit]").click();
		assertThat(page.locator(".import-report")).containsText("ZZZ");
		assertThat(page.locator(".import-report td").first()).hasText("3");
	}

}
