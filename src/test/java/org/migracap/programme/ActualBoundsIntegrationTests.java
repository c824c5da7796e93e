package org.migracap.programme;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16, point 1: an actual and its comment are bounded by their columns (numeric(18,4), varchar(1000)) with a
 * problem detail naming the field and its limit instead of a 500; an unknown period is "not found" even without a
 * figure; an actual can be cleared back to empty, in the API and in the page.
 */
@MigraCapIntegrationTest
class ActualBoundsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long kenya() {
		return jdbc.sql("select id from programme.programme where title like 'Kenya diaspora skills registry%'")
			.query(Long.class).single();
	}

	long lastPeriod(long programme) {
		return jdbc.sql("select max(id) from programme.indicator_period where programme_id = :p")
			.param("p", programme).query(Long.class).single();
	}

	String state(long period) {
		return jdbc.sql("select coalesce(cast(actual as varchar(40)), '-') || '|' || coalesce(actual_comment, '-') "
				+ "|| '|' || version from programme.indicator_period where id = :id")
			.param("id", period).query(String.class).single();
	}

	long version(long period) {
		return jdbc.sql("select version from programme.indicator_period where id = :id").param("id", period)
			.query(Long.class).optional().orElse(0L);
	}

	org.springframework.test.web.servlet.ResultActions api(long programme, long period, String json) throws Exception {
		json = json.equals("{}") ? "{\"version\": " + version(period) + "}"
				: json.replaceFirst("\\{", "{\"version\": " + version(period) + ", ");
		return mvc.perform(post("/api/programmes/" + programme + "/periods/" + period + "/actual")
			.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(json).with(csrf()));
	}

	@Test
	@WithUserDetails("focal.ken")
	void hugeFiguresAndLongCommentsAreRefusedWithTheLimitAndChangeNothing() throws Exception {
		long kenya = kenya();
		long period = lastPeriod(kenya);
		String before = state(period);
		for (String huge : new String[] { "1e15", "1e20", "1e308", "-1e15", "100000000000000", "1.00001" }) {
			api(kenya, period, "{\"actual\": " + huge + "}").andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.detail", containsString("actual")))
				.andExpect(jsonPath("$.detail", containsString("100000000000000")));
		}
		api(kenya, period, "{\"actual\": 1, \"comment\": \"" + "x".repeat(5000) + "\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("comment")))
			.andExpect(jsonPath("$.detail", containsString("1000")));
		mvc.perform(post("/programmes/" + kenya + "/periods/" + period + "/actual").param("actual", "1e20")
			.param("version", String.valueOf(version(period))).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("action-error")));
		mvc.perform(post("/programmes/" + kenya + "/periods/" + period + "/actual").param("actual", "2")
			.param("comment", "y".repeat(1001)).param("version", String.valueOf(version(period))).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("1000")));
		assertThat(state(period)).isEqualTo(before);
	}

	@Test
	@WithUserDetails("focal.ken")
	void anUnknownPeriodIsNotFoundEvenWithoutAFigure() throws Exception {
		api(kenya(), 987654321L, "{}").andExpect(status().isNotFound());
		api(kenya(), 987654321L, "{\"actual\": null}").andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("focal.ken")
	void anActualCanBeClearedBackToEmptyInTheApiAndThePage() throws Exception {
		long kenya = kenya();
		long period = lastPeriod(kenya);
		api(kenya, period, "{\"actual\": 99999999999999.9999, \"comment\": \"" + "z".repeat(1000) + "\"}")
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select actual from programme.indicator_period where id = :id").param("id", period)
			.query(BigDecimal.class).single()).isEqualByComparingTo("99999999999999.9999");
		api(kenya, period, "{\"actual\": null}").andExpect(status().isOk());
		assertThat(state(period)).startsWith("-|-|");
		api(kenya, period, "{\"actual\": 3}").andExpect(status().isOk());
		mvc.perform(post("/programmes/" + kenya + "/periods/" + period + "/actual").param("actual", "")
			.param("version", String.valueOf(version(period))).with(csrf())).andExpect(redirectedUrlPattern("/programmes/*"));
		assertThat(state(period)).startsWith("-|-|");
	}

}
