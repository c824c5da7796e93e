package org.migracap.mobility;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.migracap.mobility.domain.SuppliedAreaScores;
import org.migracap.platform.CurrentUser;
import org.migracap.reference.FocusArea;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The chain analysis pages with scores supplied by the test: the numbers of a demo route computed by hand, the
 * "who depends on us" tab, the leverage API, and a confidential score that reaches only those allowed to see it.
 */
@MigraCapIntegrationTest
class ChainIntegrationTests {

	@Autowired
	SuppliedAreaScores scores;

	@Autowired
	MobilityApi mobility;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@AfterEach
	void reset() {
		scores.reset();
	}

	static double[] area(FocusArea area, double score) {
		double[] s = new double[FocusArea.values().length];
		Arrays.fill(s, Double.NaN);
		s[area.ordinal()] = score;
		return s;
	}

	void supplyCentralAmerica() {
		Map<String, double[]> b = new HashMap<>();
		b.put("GTM", area(FocusArea.B, 40));
		b.put("MEX", area(FocusArea.B, 30));
		b.put("USA", area(FocusArea.B, 80));
		b.put("HND", area(FocusArea.B, 50));
		scores.supply(viewer -> b);
	}

	String page(String path, String username) throws Exception {
		MockHttpServletRequestBuilder request = get(path);
		if (username != null) {
			request.with(user(users.loadUserByUsername(username)));
		}
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aDemoRouteShowsItsBottleneckExposureAndGainAsComputedByHand() throws Exception {
		supplyCentralAmerica();
		RouteView route = mobility.routes()
			.stream()
			.filter(r -> r.name().equals("Guatemala - Mexico - United States (demo)"))
			.findFirst()
			.orElseThrow();
		// Area B, default relevance origin 0.6, transit 1, destination 1: GTM 100-0.6*(100-40)=64, MEX 30, USA 80.
		// Capacity 30 (MEX); exposure 1,070,743 x 70 = 74,952,010; gain to GTM's 64: 1,070,743 x 34 = 36,405,262.
		CorridorExposure b = mobility.exposures(Optional.empty())
			.stream()
			.filter(e -> route.id() == (e.routeId() == null ? -1 : e.routeId()) && e.area() == FocusArea.B)
			.findFirst()
			.orElseThrow();
		assertThat(b.bottleneckIso3()).isEqualTo("MEX");
		assertThat(b.chainCapacity()).isEqualTo(30);
		assertThat(b.exposure()).isEqualTo(74_952_010);
		String html = page("/routes/" + route.id() + "?area=B", null);
		assertThat(html).contains("74,952,010").contains("36,405,262").contains("64.0");
		assertThat(page("/countries/MEX?tab=depends", null)).contains("Guatemala - Mexico - United States (demo)");
		assertThat(page("/chain?area=B&scope=ROUTES", null)).contains("Guatemala - Mexico - United States (demo)");
		assertThat(mobility.leverage(Optional.empty())).anySatisfy(l -> {
			assertThat(l.iso3()).isEqualTo("MEX");
			assertThat(l.area()).isEqualTo(FocusArea.B);
		});
	}

	@Test
	void aConfidentialScoreChangesTheAnalysisOnlyForThoseWhoMaySeeIt() throws Exception {
		// Kenya's area B score is private: only IOM staff and Kenya's focal points see it.
		scores.supply(viewer -> {
			Map<String, double[]> visible = new HashMap<>();
			visible.put("GBR", area(FocusArea.B, 50));
			if (viewer.map(u -> u.canSeeConfidentialOf("KEN")).orElse(false)) {
				visible.put("KEN", area(FocusArea.B, 10));
			}
			return visible;
		});
		// Kenya as origin: 100 - 0.6 * (100 - 10) = 46 < the United Kingdom's 50, so Kenya is the bottleneck for those
		// who see its score; for everybody else only one country on the route is scored and nothing is analysed.
		assertThat(page("/countries/KEN?tab=depends", "coordinator")).contains("Kenya - United Kingdom (demo)");
		assertThat(page("/countries/KEN?tab=depends", "focal.ken")).contains("Kenya - United Kingdom (demo)");
		for (String outsider : new String[] { null, "focal.gtm", "participant" }) {
			assertThat(page("/countries/KEN?tab=depends", outsider)).as(String.valueOf(outsider))
				.doesNotContain("Kenya - United Kingdom (demo)");
			assertThat(page("/chain/leverage/KEN/B", outsider)).as(String.valueOf(outsider))
				.doesNotContain("Kenya - United Kingdom (demo)");
		}
		assertThat(mobility.leverage(Optional.empty())).noneMatch(l -> l.iso3().equals("KEN"));
		CurrentUser staff = new CurrentUser(2, "coordinator", "C", java.util.Set.of(org.migracap.platform.Role.COORDINATOR), null);
		assertThat(mobility.leverage(Optional.of(staff))).anyMatch(l -> l.iso3().equals("KEN") && l.area() == FocusArea.B);
	}

}
