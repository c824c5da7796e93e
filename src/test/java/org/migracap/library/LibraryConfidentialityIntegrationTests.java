package org.migracap.library;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.migracap.library.domain.LibrarySearch;
import org.migracap.library.domain.SearchHit;
import org.migracap.library.domain.SearchQuery;
import org.migracap.library.domain.SearchResults;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A confidential document of Kenya (the demo draft counter-trafficking strategy) is found, counted, suggested and
 * exported for Kenya's focal point and IOM staff, and for nobody else: not the public, not Guatemala's focal point,
 * through no page, API, facet, suggestion, export, comparison or country tab.
 */
@MigraCapIntegrationTest
class LibraryConfidentialityIntegrationTests {

	static final String SECRET_TITLE = "Draft Counter-Trafficking Strategy 2025-2029 (demo)";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LibrarySearch search;

	long secretId() {
		return jdbc.sql("select id from library.document where title_original = :t").param("t", SECRET_TITLE)
			.query(Long.class)
			.single();
	}

	long count(String where) {
		return jdbc.sql("select count(*) from library.document where " + where).query(Long.class).single();
	}

	static CurrentUser user(Role role, String country) {
		return new CurrentUser(999, "test", "Test", java.util.Set.of(role), country);
	}

	@Test
	void theLuceneQueryItselfFiltersByAudienceSoTotalsAndFacetCountsMatchWhatEachViewerMaySee() {
		SearchQuery all = SearchQuery.all().withPage(0, 100);
		long publicCount = count("visibility = 'PUBLIC'");
		long kenyaAll = count("country_iso3 = 'KEN'");
		long kenyaPublic = count("country_iso3 = 'KEN' and visibility = 'PUBLIC'");
		long guatemalaPublic = count("country_iso3 = 'GTM' and visibility = 'PUBLIC'");
		long guatemalaAll = count("country_iso3 = 'GTM'");
		assertThat(kenyaAll).as("the demo data has a confidential Kenyan document").isGreaterThan(kenyaPublic);

		SearchResults anonymous = search.search(all, Optional.empty());
		assertThat(anonymous.total()).isEqualTo(publicCount);
		assertThat(anonymous.hits()).extracting(SearchHit::visibility).containsOnly(Visibility.PUBLIC);
		assertThat(countryFacet(anonymous, "KEN")).isEqualTo(kenyaPublic);

		SearchResults guatemala = search.search(all, Optional.of(user(Role.FOCAL_POINT, "GTM")));
		assertThat(guatemala.total()).isEqualTo(publicCount + guatemalaAll - guatemalaPublic);
		assertThat(countryFacet(guatemala, "KEN")).isEqualTo(kenyaPublic);
		assertThat(countryFacet(guatemala, "GTM")).isEqualTo(guatemalaAll);
		assertThat(guatemala.hits()).noneMatch(h -> h.iso3().equals("KEN") && h.visibility() == Visibility.CONFIDENTIAL);

		SearchResults kenya = search.search(all, Optional.of(user(Role.FOCAL_POINT, "KEN")));
		assertThat(countryFacet(kenya, "KEN")).isEqualTo(kenyaAll);
		assertThat(countryFacet(kenya, "GTM")).isEqualTo(guatemalaPublic);

		SearchResults staff = search.search(all, Optional.of(user(Role.COORDINATOR, null)));
		assertThat(staff.total()).isEqualTo(count("1 = 1"));

		SearchResults participant = search.search(all, Optional.of(user(Role.PARTICIPANT, null)));
		assertThat(participant.total()).isEqualTo(publicCount);
	}

	@Test
	void suggestionsNeverOfferAnotherCountrysConfidentialTitle() {
		assertThat(search.suggest("counter traff", Optional.empty(), 10)).isEmpty();
		assertThat(search.suggest("counter traff", Optional.of(user(Role.FOCAL_POINT, "GTM")), 10)).isEmpty();
		assertThat(search.suggest("counter traff", Optional.of(user(Role.FOCAL_POINT, "KEN")), 10))
			.extracting(s -> s.title())
			.containsExactly(SECRET_TITLE);
	}

	@Test
	@WithAnonymousUser
	void thePublicFindsNothingConfidentialOnAnyPageOrApi() throws Exception {
		assertHidden(true);
	}

	@Test
	@WithUserDetails("focal.gtm")
	void anotherCountrysFocalPointFindsNothingConfidentialOnAnyPageOrApi() throws Exception {
		assertHidden(false);
	}

	@Test
	@WithUserDetails("focal.ken")
	void theCountrysOwnFocalPointFindsItEverywhere() throws Exception {
		long id = secretId();
		mvc.perform(get("/library").param("q", "counter-trafficking"))
			.andExpect(content().string(containsString(SECRET_TITLE)));
		mvc.perform(get("/api/library/documents").param("q", "counter-trafficking"))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.facets.country[0].value").value("KEN"));
		mvc.perform(get("/api/library/suggestions").param("q", "counter"))
			.andExpect(content().string(containsString(SECRET_TITLE)));
		String csv = mvc.perform(get("/library/export").param("q", "counter-trafficking"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains(SECRET_TITLE);
		mvc.perform(get("/library/documents/" + id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("confidential-badge")));
		mvc.perform(get("/library/documents/" + id + "/file")).andExpect(status().isOk());
		mvc.perform(get("/countries/KEN").param("tab", "documents"))
			.andExpect(content().string(containsString(SECRET_TITLE)));
	}

	@Test
	@WithUserDetails("coordinator")
	void iomStaffFindItToo() throws Exception {
		mvc.perform(get("/api/library/documents").param("q", "counter-trafficking"))
			.andExpect(jsonPath("$.page.totalElements").value(1));
		mvc.perform(get("/api/library/documents/" + secretId())).andExpect(status().isOk());
	}

	private void assertHidden(boolean signedOut) throws Exception {
		long id = secretId();
		mvc.perform(get("/library").param("q", "counter-trafficking strategy"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Counter-Trafficking"))));
		mvc.perform(get("/library").param("q", "trafficking").param("country", "KEN"))
			.andExpect(content().string(not(containsString("Counter-Trafficking"))));
		mvc.perform(get("/api/library/documents").param("q", "counter-trafficking"))
			.andExpect(jsonPath("$.page.totalElements").value(0))
			.andExpect(jsonPath("$.facets.country").isEmpty())
			.andExpect(jsonPath("$.facets.year").isEmpty());
		mvc.perform(get("/api/library/suggestions").param("q", "counter"))
			.andExpect(content().string(not(containsString("Counter-Trafficking"))));
		String csv = mvc.perform(get("/library/export").param("country", "KEN").param("format", "csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).doesNotContain("Counter-Trafficking");
		assertThat(csv.lines().count() - 1).isEqualTo(count("country_iso3 = 'KEN' and visibility = 'PUBLIC'"));
		if (signedOut) {
			// the signed-out reader is asked to sign in, as for any document id (SignInWhenHidden)
			mvc.perform(get("/library/documents/" + id)).andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", endsWith("/login")))
				.andExpect(content().string(not(containsString("Counter-Trafficking"))));
			mvc.perform(get("/library/documents/" + Long.MAX_VALUE)).andExpect(status().is3xxRedirection());
		}
		else {
			// a signed-in reader who may not see it is told nothing more than for an id that does not exist
			mvc.perform(get("/library/documents/" + id)).andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("Counter-Trafficking"))));
		}
		mvc.perform(get("/library/documents/" + id + "/file")).andExpect(status().isNotFound());
		mvc.perform(get("/api/library/documents/" + id)).andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Counter-Trafficking"))));
		mvc.perform(get("/api/library/documents/" + id + "/file")).andExpect(status().isNotFound());
		mvc.perform(get("/library/compare").param("area", "C").param("country", "KEN"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Counter-Trafficking"))));
		mvc.perform(get("/api/library/compare").param("area", "B").param("country", "KEN"))
			.andExpect(content().string(not(containsString("Counter-Trafficking"))));
		mvc.perform(get("/countries/KEN").param("tab", "documents"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Counter-Trafficking"))));
	}

	private static long countryFacet(SearchResults results, String iso3) {
		List<SearchResults.FacetCount> countries = results.facets().get("country");
		return countries.stream().filter(c -> c.value().equals(iso3)).mapToLong(SearchResults.FacetCount::count)
			.findFirst()
			.orElse(0);
	}

}
