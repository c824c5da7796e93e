package org.migracap.profile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public pages of capacity: the overview (SDG 10.7.2 per year, regional and income-group means), the map with
 * its table, the capacity tab of the country page (HTMX), the comparison filters.
 */
@MigraCapIntegrationTest
class ProfilePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theOverviewCountsCountriesPerSdgCategoryAndYear() throws Exception {
		String html = mvc.perform(get("/overview")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// 2019: 58 meet and 1 fully meets of 110 countries (counted from the file in SdgImportIntegrationTests) = 53.6%
		assertThat(row(html, "sdg-year-2019")).contains(">58<").contains(">1<").contains(">110<").contains("53.6%");
		assertThat(row(html, "sdg-year-2021")).contains(">88<");
		assertThat(html).contains("id=\"region-table\"").contains("id=\"income-table\"").contains("data-echarts=");
	}

	@Test
	void theMapOfOneSurveyYearListsExactlyItsCountries() throws Exception {
		String html = mvc.perform(get("/map").param("layer", "sdg").param("year", "2021"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String table = html.substring(html.indexOf("id=\"map-table\""));
		assertThat(Pattern.compile("<th scope=\"row\">").matcher(table).results().count()).isEqualTo(88);
		assertThat(html).contains("data-echarts-map=\"/geo/world.json\"");
	}

	@Test
	void theCapacityTabIsAFragmentOfTheCountryPage() throws Exception {
		mvc.perform(get("/countries/KEN").param("tab", "capacity").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"area-table\"")))
			.andExpect(content().string(not(containsString("<nav class=\"navbar"))));
		mvc.perform(get("/profiles/XXX")).andExpect(status().isNotFound());
	}

	@Test
	void theComparisonFiltersByRegionAndByAChosenList() throws Exception {
		String africa = mvc.perform(get("/compare").param("region", "002"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(africa).contains("id=\"heat-KEN\"").doesNotContain("id=\"heat-MEX\"");
		String chosen = mvc.perform(get("/compare").param("countries", "mex, esp").header("HX-Request", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Pattern.compile("id=\"heat-").matcher(chosen).results().count()).isEqualTo(2);
		assertThat(chosen).contains("id=\"heat-MEX\"").contains("id=\"heat-ESP\"");
	}

	private static String row(String html, String id) {
		Matcher matcher = Pattern.compile("<tr id=\"" + id + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
		assertThat(matcher.find()).as(id).isTrue();
		return matcher.group(1).replaceAll("\\s+", "");
	}

}
