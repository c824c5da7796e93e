package org.migracap.assessment.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.migracap.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The assessment journey in Chromium: Senegal's focal point starts a self-assessment, answers indicators (each saved
 * as it is given), comes back and finds them saved, submits; the IOM coordinator comments an answer and returns the
 * assessment; the focal point corrects and resubmits; the coordinator validates and publishes; the country profile,
 * the comparison and the map show the new assessment to the public. Every page visited is checked for accessibility.
 */
class AssessmentJourneyBrowserTests extends BrowserTest {

	@Test
	void aSelfAssessmentGoesFromTheFocalPointToPublicationAndIntoTheProfileHeatmapAndMap() {
		page.onDialog(dialog -> dialog.accept());

		signIn("focal.sen");
		open("/?lang=en");
		assertThat(page.locator("#assessment-due")).isVisible();
		assertAccessible();
		page.locator("#assessment-due a[href='/assessments/new']").click();
		page.waitForURL(url -> url.endsWith("/assessments/new"));
		assertAccessible();
		page.locator("#confidentiality").selectOption("PUBLIC");
		page.locator("#create-assessment").click();
		page.waitForURL(Pattern.compile(".*/assessments/\\d+$"));
		String cycleUrl = page.url();
		assertThat(page.locator("#cycle-status")).hasText("Draft");
		assertAccessible();

		answer("A1", 3);
		answer("A2", 4);
		page.locator("#a-A1-evidenceText").fill("National diaspora policy adopted in 2024");
		saved("A1", () -> page.locator("#a-A1-evidenceText").blur());
		saved("A1", () -> page.locator("#a-A1-targetLevel").selectOption("4"));
		assertThat(page.locator("#completeness-text")).containsText("2 of 60");
		assertThat(page.locator("#area-badge-A")).hasText("2/6");

		page.reload();
		assertThat(page.locator("#a-A1-level-3")).isChecked();
		assertThat(page.locator("#a-A2-level-4")).isChecked();
		assertThat(page.locator("#a-A1-evidenceText")).hasValue("National diaspora policy adopted in 2024");
		assertThat(page.locator("#a-A1-targetLevel")).hasValue("4");
		page.locator("#next-area").click();
		page.waitForLoadState(LoadState.DOMCONTENTLOADED);
		answer("B1", 2);
		assertAccessible();
		page.locator("#submit-cycle").click();
		assertThat(page.locator("#cycle-status")).hasText("Submitted");

		switchTo("coordinator");
		assertThat(page.locator("#assessment-due")).containsText("Senegal");
		assertAccessible();
		page.navigate(cycleUrl);
		page.locator("#a-A1-review").fill("Please attach the policy document.");
		page.waitForResponse(r -> r.url().contains("/reviews/A1"), () -> page.locator("#a-A1-review").blur());
		assertThat(page.locator("#a-A1-review-status")).hasText("Comment saved.");
		page.locator("#return-comment-text").fill("Add evidence for area A before we validate.");
		assertAccessible();
		page.locator("#return-cycle").click();
		assertThat(page.locator("#cycle-status")).hasText("Returned with comments");

		switchTo("focal.sen");
		open("/notifications");
		assertThat(page.locator("main")).containsText("returned with comments");
		page.navigate(cycleUrl);
		assertThat(page.locator("#return-comment")).containsText("Add evidence for area A");
		assertThat(page.locator("#answer-A1")).containsText("Please attach the policy document.");
		assertAccessible();
		answer("A1", 4);
		page.locator("#submit-cycle").click();
		assertThat(page.locator("#cycle-status")).hasText("Submitted");

		switchTo("coordinator");
		page.navigate(cycleUrl);
		page.locator("#validate-publish-cycle").click();
		assertThat(page.locator("#cycle-status")).hasText("Published");
		assertThat(page.locator("#cycle-history")).containsText("Returned with comments");
		assertAccessible();

		context.clearCookies();
		open("/profiles/SEN");
		assertThat(page.locator("main")).containsText("Based on the 2026 assessment");
		assertThat(page.locator("#area-row-A")).containsText("75");
		assertAccessible();
		open("/compare?countries=SEN+KEN");
		assertThat(page.locator("#heat-SEN")).containsText("2026");
		assertThat(page.locator("#heat-KEN")).not().containsText("2025");
		assertAccessible();
		open("/map?layer=A");
		page.locator("#map-table-details summary").click();
		assertThat(page.locator("#map-table")).containsText("Senegal");
		assertThat(page.locator("#world-map svg")).isVisible();
		assertAccessible();
	}

	private void answer(String code, int level) {
		saved(code, () -> page.locator("#a-" + code + "-level-" + level).check());
		assertThat(page.locator("#a-" + code + "-status")).containsText("Saved at");
	}

	/** Runs an action that saves an answer and waits for the server's reply. */
	private void saved(String code, Runnable action) {
		page.waitForResponse(response -> response.url().contains("/answers/" + code) && response.status() == 200,
				action);
	}

	private void switchTo(String username) {
		context.clearCookies();
		signIn(username);
		open("/?lang=en");
	}

}
