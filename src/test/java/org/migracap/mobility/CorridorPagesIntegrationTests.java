package org.migracap.mobility;

import org.junit.jupiter.api.Test;
import org.migracap.mobility.domain.Measure;
import org.migracap.mobility.domain.MigrationQueries;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The corridor explorer's figures as the pages and exports show them: the remittance matrix with its decimals, the
 * export of a country's corridors, an HTMX request answered with the fragment only.
 */
@MigraCapIntegrationTest
class CorridorPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MigrationQueries queries;

	@Test
	void theRemittanceMatrixShowsItsWorldTotalInMillionsWithADecimal() throws Exception {
		double total = queries.worldTotal(new MigrationQueries.Selection("WB/KNOMAD 2017", Measure.REMITTANCES, 2017));
		String html = mvc.perform(get("/corridors").param("measure", "REMITTANCES"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains(String.format(java.util.Locale.UK, "%,.1f", total));
	}

	@Test
	void aCountrysCorridorsExportWithTheSourceAndTheRemittancesBeside() throws Exception {
		String csv = mvc.perform(get("/corridors/PHL/export").param("role", "ORIGIN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// UN DESA 2019: 628,894 people born in the Philippines live in Saudi Arabia.
		assertThat(csv).contains("PHL,Philippines,SAU,Saudi Arabia,2019,628894").contains("UN DESA 2019");
	}

	@Test
	void anHtmxRequestGetsTheResultsFragmentOnly() throws Exception {
		String fragment = mvc.perform(get("/corridors/KEN").param("top", "20").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).contains("id=\"results\"").doesNotContain("<nav class=\"navbar");
	}

}
