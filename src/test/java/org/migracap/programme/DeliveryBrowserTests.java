package org.migracap.programme;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.migracap.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The delivery journey in Chromium: a focal point asks for help, a coordinator triages and accepts the request,
 * creates a programme from it, fills its log frame and results, the actual value is reported, and the impact page
 * shows its table and caveats. Every page visited passes the accessibility checks.
 */
class DeliveryBrowserTests extends BrowserTest {

	@Test
	void requestTriageAcceptProgrammeResultsImpact() {
		signIn("focal.ken");
		open("/requests/new");
		assertAccessible();
		page.getByLabel("Title").fill("Browser test: training of border officers");
		page.locator("input[name=areas][value=B]").check();
		page.selectOption("#kind", "TRAINING");
		page.selectOption("#urgency", "HIGH");
		page.locator("#description").fill("Officers at two border posts need a course in document examination.");
		page.setInputFiles("#files", new FilePayload("note.txt", "text/plain", "Terms of reference".getBytes()));
		page.locator("#submit-request").click();
		assertThat(page.locator("#request-title")).hasText("Browser test: training of border officers");
		assertThat(page.locator("#request-status")).hasText("Waiting for triage");
		assertThat(page.locator("#attachments")).containsText("note.txt");
		assertAccessible();
		String requestUrl = page.url();
		signOut();

		signIn("coordinator");
		open("/");
		assertThat(page.locator("#panel-triage")).isVisible();
		assertAccessible();
		open("/requests/triage");
		assertThat(page.locator("#request-table")).containsText("Browser test: training of border officers");
		assertAccessible();
		page.navigate(requestUrl);
		assertThat(page.locator("#similar")).containsText("Training");
		page.locator("#decline").click();
		assertThat(page.locator("#decline-error")).isVisible();
		assertAccessible();
		page.locator("#accept-note").fill("Fits the border management plan.");
		page.locator("#accept").click();
		assertThat(page.locator("#request-status")).hasText("Accepted");
		assertAccessible();

		page.locator("#create-programme").click();
		assertThat(page.locator("#title")).hasValue("Browser test: training of border officers");
		assertAccessible();
		page.locator("#save-programme").click();
		assertThat(page.locator("#programme-title")).hasText("Browser test: training of border officers");
		assertAccessible();

		page.selectOption("#lf-level", "OUTCOME");
		page.locator("#lf-text").fill("Officers detect forged documents");
		page.locator("#logframe-form button[type=submit]").click();
		assertThat(page.locator("#logframe-tree")).containsText("Officers detect forged documents");
		page.locator("#ind-title").fill("Officers trained");
		page.selectOption("#ind-item", new com.microsoft.playwright.options.SelectOption().setIndex(1));
		page.locator("#indicator-form button[type=submit]").click();
		assertThat(page.locator(".indicator h3")).hasText("Officers trained");
		page.locator(".period-form input[name=start]").fill("2025-01-01");
		page.locator(".period-form input[name=end]").fill("2025-12-31");
		page.locator(".period-form input[name=target]").fill("40");
		page.locator(".period-form button[type=submit]").click();
		assertThat(page.locator(".indicator tbody tr")).containsText("Overdue");
		page.locator(".actual-form input[name=actual]").fill("37");
		page.locator(".actual-form button[type=submit]").click();
		assertThat(page.locator(".actual-value")).hasText("37");
		assertAccessible();

		page.locator("#edit-programme").click();
		page.locator("#actualStart").fill("2023-03-01");
		page.selectOption("#status", "2");
		page.locator("#save-programme").click();
		assertThat(page.locator("#programme-status")).hasText("Implementation");

		page.locator("#impact-link").click();
		assertThat(page.locator("#impact-table")).containsText("KEN");
		assertThat(page.locator("#impact-estimate")).containsText("Estimated effect");
		assertThat(page.locator("#impact-caveats")).containsText("Parallel trends");
		assertAccessible();
	}

	@Test
	void aFocalPointReadsItsCountrysRecurrentFinancing() {
		signIn("focal.ken");
		open("/recurrent/KEN");
		assertThat(page.locator("#recurrent-years")).isVisible();
		assertThat(page.locator("#at-risk")).isVisible();
		assertAccessible();
		open("/programmes");
		assertAccessible();
	}

	private void signOut() {
		page.locator("#user-menu").click();
		page.locator("#sign-out").click();
		page.waitForURL(url -> !url.contains("/requests"));
	}

}
