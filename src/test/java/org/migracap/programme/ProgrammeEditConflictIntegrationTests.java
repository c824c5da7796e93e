package org.migracap.programme;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two people working on the same programme: the second to save a result or remove a budget line with the version
 * both saw is told (409, in the page or as a problem detail), and the first one's change stands.
 */
@MigraCapIntegrationTest
@WithUserDetails("coordinator")
class ProgrammeEditConflictIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long kenya() {
		return jdbc.sql("select id from programme.programme where title like 'Kenya diaspora skills registry%'")
			.query(Long.class)
			.single();
	}

	@Test
	void theSecondRemovalOfABudgetLineWithTheSameVersionIsRefusedAndTheFirstSaverKeepsItsChange() throws Exception {
		long kenya = kenya();
		mvc.perform(post("/programmes/" + kenya + "/budget").param("year", "2027").param("kind", "ONE_OFF")
			.param("amount", "1234").param("source", "IOM_FUND").param("description", "Conflict test line").with(csrf()));
		Map<String, Object> line = jdbc.sql("""
				select id, version from programme.budget_line where programme_id = :p and description = 'Conflict test line'""")
			.param("p", kenya)
			.query()
			.singleRow();
		long id = ((Number) line.get("id")).longValue();
		long seen = ((Number) line.get("version")).longValue();
		jdbc.sql("update programme.budget_line set amount = 2345, version = version + 1 where id = :id")
			.param("id", id)
			.update();

		mvc.perform(post("/programmes/" + kenya + "/budget/" + id + "/delete").param("version", String.valueOf(seen))
			.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"action-error\"")));
		assertThat(jdbc.sql("select amount from programme.budget_line where id = :id").param("id", id)
			.query(BigDecimal.class).single()).isEqualByComparingTo("2345");

		mvc.perform(post("/programmes/" + kenya + "/budget/" + id + "/delete").param("version", String.valueOf(seen + 1))
			.with(csrf())).andExpect(redirectedUrl("/programmes/" + kenya + "#budget"));
		assertThat(jdbc.sql("select count(*) from programme.budget_line where id = :id").param("id", id)
			.query(Long.class).single()).isZero();
	}

	@Test
	void theSecondSaverOfAResultWithTheSameVersionGetsAProblemDetailAndTheFirstValueStands() throws Exception {
		long kenya = kenya();
		Map<String, Object> period = jdbc.sql("""
				select id, version from programme.indicator_period where programme_id = :p order by id desc limit 1""")
			.param("p", kenya)
			.query()
			.singleRow();
		long id = ((Number) period.get("id")).longValue();
		long seen = ((Number) period.get("version")).longValue();

		mvc.perform(post("/api/programmes/" + kenya + "/periods/" + id + "/actual").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"actual\": 41, \"comment\": \"first\", \"version\": " + seen + "}"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/programmes/" + kenya + "/periods/" + id + "/actual").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"actual\": 99, \"comment\": \"second\", \"version\": " + seen + "}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:migracap:problem:conflict"))
			.andExpect(jsonPath("$.what").value("result period"))
			.andExpect(jsonPath("$.changes[?(@.field == 'actualComment')].after", hasItem("first")))
			.andExpect(jsonPath("$.changes[?(@.field == 'actual')].after", hasItem(startsWith("41"))))
			.andExpect(jsonPath("$.yourVersion").value(seen))
			.andExpect(jsonPath("$.currentVersion").value(seen + 1));
		assertThat(jdbc.sql("select actual from programme.indicator_period where id = :id").param("id", id)
			.query(BigDecimal.class).single()).isEqualByComparingTo("41");

		mvc.perform(post("/programmes/" + kenya + "/periods/" + id + "/actual").param("actual", "77")
			.param("version", String.valueOf(seen)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"action-error\"")))
			.andExpect(content().string(containsString("id=\"changes\"")))
			.andExpect(content().string(containsString("→ first")));
		assertThat(jdbc.sql("select actual from programme.indicator_period where id = :id").param("id", id)
			.query(BigDecimal.class).single()).isEqualByComparingTo("41");
	}

}
