package org.migracap.planning;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.migracap.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Journey 4 of the coordinator in Chromium: build a scenario for a region (budgets, weights, constraints, gaps,
 * candidates), solve it and read why each candidate is in or out, copy it with half the budget and solve that,
 * compare the two side by side, and adopt one. Every page passes the accessibility checks.
 */
class PlanningBrowserTests extends BrowserTest {

	@Test
	void aCoordinatorBuildsSolvesComparesAndAdoptsAScenario() {
		signIn("coordinator");
		open("/planning");
		assertThat(page.locator("#scenario-table")).containsText("(demo)");
		assertAccessible();

		page.locator("#new-scenario").click();
		assertAccessible();
		page.getByLabel("Name", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("Horn of Africa borders 2027");
		page.locator("#startYear").fill("2027");
		page.locator("#budgets").fill("500000, 500000, 300000");
		page.locator("#countries").fill("KEN, UGA, ETH");
		page.locator("input[name=areas][value=B]").check();
		page.locator("input[name=areas][value=C]").check();
		page.locator("#aw-B").fill("2");
		page.locator("#absorption").fill("KEN=120000");
		page.locator("#save-scenario").click();
		assertThat(page.locator("#scenario-name")).containsText("Horn of Africa borders 2027");
		assertAccessible();

		page.setInputFiles("#gap-file", new FilePayload("gaps.csv", "text/csv", """
				iso3,indicator,level,target,leverage
				KEN,B1,1,3,200
				KEN,B4,2,4,150
				UGA,B5,2,4,80
				KEN,B5,2,3,40
				ETH,C3,1,3,0
				ETH,B2,2,3,10
				""".getBytes(StandardCharsets.UTF_8)));
		page.locator("#import-gaps").click();
		assertThat(page.locator(".alert-success")).containsText("6 rows");
		page.locator("#generate").click();
		assertThat(page.locator("#candidate-table tbody tr").first()).isVisible();

		page.locator("#solve").click();
		assertThat(page.locator("#run-status")).containsText("Optimal plan found", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
		assertThat(page.locator("#chosen-table .why").first()).containsText("Chosen");
		assertThat(page.locator("#sweep-table tbody tr")).hasCount(7);
		assertThat(page.locator("#ratio")).not().isEmpty();
		assertAccessible();

		page.locator(".breadcrumb a").nth(1).click();
		page.locator("#copy-name").fill("Horn of Africa borders 2027 — half");
		page.locator("#copy-factor").fill("0.5");
		page.locator("#copy").click();
		assertThat(page.locator("#scenario-name")).containsText("half");
		assertThat(page.locator("#settings-table")).containsText("250,000");
		page.locator("#solve").click();
		assertThat(page.locator("#run-status")).containsText("Optimal plan found", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(90_000));

		open("/planning");
		page.locator("#scenario-table tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Horn of Africa borders 2027 — half")).locator("input[type=checkbox]").check();
		page.locator("#scenario-table tr").filter(new Locator.FilterOptions().setHasText("Horn of Africa borders 2027")).filter(new Locator.FilterOptions().setHasNotText("half")).locator("input[type=checkbox]").check();
		page.locator("#compare-selected").click();
		assertThat(page.locator("#compare-table thead th")).hasCount(3);
		assertThat(page.locator("#compare-table .benefit").first()).not().containsText("not solved");
		assertAccessible();

		page.locator("#compare-table thead a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("half")).click();
		page.onDialog(dialog -> dialog.accept());
		page.locator("#adopt").click();
		assertThat(page.locator("#scenario-status")).hasText("Adopted");
		assertThat(page.locator("#adopted-note")).containsText("coordinator");
		assertAccessible();
	}

}
