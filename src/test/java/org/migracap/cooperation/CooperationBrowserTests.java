package org.migracap.cooperation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.migracap.mobility.domain.SuppliedAreaScores;
import org.migracap.reference.FocusArea;
import org.migracap.reference.IomStatus;
import org.migracap.reference.domain.MembershipService;
import org.migracap.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Shared goals, partnerships and coverage in Chromium: a focal point states a stance and sees the common ground of its
 * route change; a coordinator records an agreement with a State and a non-state party and a document; the coverage
 * view shows the exposed legs no agreement covers. Every page passes the accessibility checks.
 */
class CooperationBrowserTests extends BrowserTest {

	@Autowired
	SuppliedAreaScores scores;

	@Autowired
	MembershipService memberships;

	@AfterEach
	void resetScores() {
		scores.reset();
	}

	@Test
	void aFocalPointStatesAGoalAndSeesTheCommonGroundOfItsRouteChange() {
		signIn("focal.phl");
		open("/countries/PHL?tab=cooperation");
		assertAccessible();
		page.locator("#cooperation-tab").getByText("State our goals").click();
		assertThat(page.locator("h1")).containsText("Goals of Philippines");
		assertAccessible();
		// B3 (manage shared borders jointly): the demo stance of the Philippines is neutral; Saudi Arabia supports it.
		Locator b3 = page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions().setHas(page.locator("#objective-B3")));
		b3.locator("select").first().selectOption(new SelectOption().setValue("2"));
		b3.locator("input[type=text]").fill("Joint posts at sea and air borders");
		page.locator("#save-stances").click();
		assertThat(page.locator(".alert-success")).containsText("1 stance(s) changed");
		assertThat(page.locator("#stance-table")).containsText("Joint posts at sea and air borders");
		assertAccessible();

		// Saudi Arabia's demo stances are shared with members: the Philippines' focal point sees them once the
		// Philippines is recorded as an IOM Member State (issue 16 point 5), as it is
		MembershipService.MembershipRecord before = memberships.get("PHL");
		memberships.record("PHL", IomStatus.MEMBER, null, "CooperationBrowserTests", before.version());
		try {
			open("/cooperation/common-ground");
			assertAccessible();
			page.locator("#route").selectOption(new SelectOption().setLabel("Philippines - Saudi Arabia (demo)"));
			page.locator("#by-route button[type=submit]").click();
			assertThat(page.locator("#group-heading")).containsText("Philippines - Saudi Arabia (demo)");
			assertThat(page.locator("#shared-table")).containsText("Manage shared borders jointly");
			assertThat(page.locator("#contested-table")).containsText("Open pathways for family reunification");
			assertAccessible();
		}
		finally {
			memberships.record("PHL", before.status(), before.since(), before.note(), memberships.get("PHL").version());
		}
	}

	@Test
	void aCoordinatorRecordsAnAgreementWithPartiesAndADocument() {
		signIn("coordinator");
		open("/agreements");
		assertAccessible();
		page.locator("#new-agreement").click();
		assertAccessible();
		page.getByLabel("Title", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
			.fill("Skills partnership Philippines - United Arab Emirates");
		page.locator("#type").selectOption("BILATERAL_LABOUR_AGREEMENT");
		page.locator("#status").selectOption("IN_FORCE");
		page.getByLabel("D · Labour migration").check();
		page.locator("#parties0\\.kind").selectOption("STATE");
		page.locator("#parties0\\.iso3").selectOption("PHL");
		page.locator("#parties1\\.kind").selectOption("STATE");
		page.locator("#parties1\\.iso3").selectOption("ARE");
		page.locator("#parties2\\.kind").selectOption("INTERNATIONAL_ORGANISATION");
		page.locator("#parties2\\.name").fill("International Labour Organization");
		page.locator("#save-agreement").click();
		assertThat(page.locator("#agreement-title")).hasText("Skills partnership Philippines - United Arab Emirates");
		assertThat(page.locator("#party-table")).containsText("International Labour Organization");
		assertThat(page.locator("#agreement-facts")).containsText("in force today");
		page.locator("#doc-title").fill("Text of the agreement");
		page.locator("#doc-url").fill("https://example.org/agreement.pdf");
		page.locator("#add-document").click();
		assertThat(page.locator("#document-list")).containsText("Text of the agreement");
		assertAccessible();

		open("/agreements?country=ARE");
		assertThat(page.locator("#agreement-table")).containsText("Skills partnership Philippines - United Arab Emirates");
		assertAccessible();
	}

	static double[] b(double score) {
		double[] s = new double[FocusArea.values().length];
		Arrays.fill(s, Double.NaN);
		s[FocusArea.B.ordinal()] = score;
		return s;
	}

	@Test
	void theCoverageViewShowsExposedLegsThatNoAgreementCovers() {
		Map<String, double[]> supplied = new HashMap<>();
		supplied.put("NGA", b(45));
		supplied.put("NER", b(25));
		supplied.put("LBY", b(15));
		supplied.put("ITA", b(80));
		scores.supply(viewer -> supplied);
		signIn("coordinator");
		open("/agreements/coverage?area=B&limit=250");
		assertThat(page.locator("#coverage-table")).containsText("Nigeria - Niger - Libya - Italy (demo)");
		assertThat(page.locator("#coverage-table")).containsText("NER–LBY");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
			.setName("Nigeria - Niger - Libya - Italy (demo)")).first().click();
		assertThat(page.locator("#route-breakdown")).containsText("Bottleneck");
		assertAccessible();
	}

}
