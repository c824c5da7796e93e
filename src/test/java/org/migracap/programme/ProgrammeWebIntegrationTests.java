package org.migracap.programme;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees which parts of a programme: the public sees published programmes' public parts only; a focal point also
 * sees the budget lines and drafts of its own country's programmes and reports their results; recurrent financing is
 * the country's and IOM's only. Also the coordinator's home panel and the list export.
 */
@MigraCapIntegrationTest
class ProgrammeWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long programme(String title) {
		return jdbc.sql("select id from programme.programme where title like :t").param("t", title + "%")
			.query(Long.class).single();
	}

	@Test
	@WithAnonymousUser
	void thePublicSeesPublishedProgrammesWithoutTheirBudgetLines() throws Exception {
		long kenya = programme("Kenya diaspora skills registry");
		mvc.perform(get("/programmes/" + kenya))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("budget-years")))
			.andExpect(content().string(not(containsString("budget-lines"))))
			.andExpect(content().string(not(containsString("Registry staff and hosting"))))
			.andExpect(content().string(not(containsString("recurrent-risk"))));
		// signed out: asked to sign in, as for any programme id that is not public (SignInWhenHidden)
		mvc.perform(get("/programmes/" + programme("Fair recruitment"))).andExpect(status().is3xxRedirection())
			.andExpect(content().string(not(containsString("Fair recruitment"))));
		mvc.perform(get("/programmes/999999999")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/programmes/" + kenya).accept(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.budgetLines").doesNotExist());
		mvc.perform(get("/programmes")).andExpect(content().string(not(containsString("Fair recruitment"))));
		mvc.perform(get("/recurrent/KEN")).andExpect(status().is3xxRedirection());
	}

	@Test
	@WithUserDetails("focal.gtm")
	void aFocalPointOfAnotherCountrySeesOnlyThePublicParts() throws Exception {
		long kenya = programme("Kenya diaspora skills registry");
		mvc.perform(get("/programmes/" + kenya))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("budget-lines"))))
			.andExpect(content().string(not(containsString("actual-form"))));
		long period = jdbc.sql("select min(id) from programme.indicator_period where programme_id = :p")
			.param("p", kenya).query(Long.class).single();
		mvc.perform(post("/programmes/" + kenya + "/periods/" + period + "/actual").param("actual", "1")
			.param("version", "0").with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/recurrent/KEN")).andExpect(status().isForbidden());
		mvc.perform(get("/api/recurrent/KEN").accept(MediaType.APPLICATION_JSON)).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("focal.ken")
	void aFocalPointSeesItsOwnProgrammesInFullAndReportsResults() throws Exception {
		long kenya = programme("Kenya diaspora skills registry");
		mvc.perform(get("/programmes/" + kenya))
			.andExpect(content().string(containsString("budget-lines")))
			.andExpect(content().string(containsString("Registry staff and hosting")))
			.andExpect(content().string(containsString("recurrent-risk")))
			.andExpect(content().string(not(containsString("budget-form"))));
		record Period(long id, long version) {
		}
		Period open = jdbc.sql("""
				select min(p.id) as id, min(p.version) as version from programme.indicator_period p
				where p.programme_id = :p and p.actual is null and p.id = (select min(id) from programme.indicator_period
				where programme_id = :p and actual is null)""").param("p", kenya).query(Period.class).single();
		mvc.perform(post("/programmes/" + kenya + "/periods/" + open.id() + "/actual").param("actual", "lots")
			.param("version", String.valueOf(open.version())).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("action-error")));
		mvc.perform(post("/programmes/" + kenya + "/periods/" + open.id() + "/actual").param("actual", "1,5")
			.param("version", String.valueOf(open.version())).with(csrf()))
			.andExpect(redirectedUrlPattern("/programmes/*"));
		assertThat(jdbc.sql("select actual from programme.indicator_period where id = :id").param("id", open.id())
			.query(java.math.BigDecimal.class).single()).isEqualByComparingTo("1.5");
		mvc.perform(get("/recurrent/KEN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at-risk")))
			.andExpect(content().string(containsString("data-echarts")));
		String year = String.valueOf(java.time.LocalDate.now().getYear() + 4);
		mvc.perform(post("/recurrent/KEN/capacity").param("year", year).param("amount", "abc").with(csrf()))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/recurrent/KEN/capacity").param("year", year).param("amount", "20000").param("version", "-1")
			.with(csrf())).andExpect(redirectedUrl("/recurrent/KEN"));
		long version = jdbc.sql("select version from programme.absorption_capacity where iso3 = 'KEN' and fiscal_year = :y")
			.param("y", Integer.parseInt(year)).query(Long.class).single();
		mvc.perform(post("/recurrent/KEN/capacity").param("year", year).param("amount", "25000")
			.param("version", String.valueOf(version)).with(csrf())).andExpect(redirectedUrl("/recurrent/KEN"));
		mvc.perform(post("/recurrent/KEN/capacity").param("year", year).param("amount", "1").param("version", "-1")
			.with(csrf())).andExpect(status().isConflict());
		assertThat(jdbc.sql("select amount from programme.absorption_capacity where iso3 = 'KEN' and fiscal_year = :y")
			.param("y", Integer.parseInt(year)).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("25000");
		mvc.perform(get("/recurrent/KEN")).andExpect(content().string(containsString("value=\"25000\"")));
	}

	@Test
	@WithUserDetails("coordinator")
	void theCoordinatorSeesOverdueResultsAndTheRecurrentOverview() throws Exception {
		mvc.perform(get("/"))
			.andExpect(content().string(containsString("panel-overdue")))
			.andExpect(content().string(containsString("Trainers certified")));
		mvc.perform(get("/recurrent"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/recurrent/KEN")));
		String csv = mvc.perform(get("/programmes/export").param("format", "csv"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Fair recruitment").contains("Kenya diaspora");
		mvc.perform(get("/programmes/" + programme("Kenya diaspora skills registry") + "/impact"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("impact-caveats")));
	}

	@Test
	@WithUserDetails("coordinator")
	void aCoordinatorCreatesAProgrammeFromAnAcceptedRequest() throws Exception {
		long request = jdbc.sql("""
				insert into request.assistance_request (version, title, description, lead_country, areas, kind,
				urgency, status, status_changed_at, submitted_at, submitted_by, submitted_by_name, demo)
				values (0, 'Accepted for a test', 'Help needed for the test of programme creation.', 'SEN', 'G',
				'TRAINING', 'HIGH', 'ACCEPTED', current_timestamp, current_timestamp, 1, 'test', false)""")
			.update() == 1 ? jdbc.sql("select max(id) from request.assistance_request").query(Long.class).single() : -1;
		jdbc.sql("insert into request.assistance_request_country (request_id, ordinal, country) values (:id, 0, 'SEN')")
			.param("id", request)
			.update();
		mvc.perform(get("/programmes/new").param("request", String.valueOf(request)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Accepted for a test")));
		mvc.perform(post("/programmes").with(csrf())
			.param("title", "Accepted for a test")
			.param("description", "Help needed")
			.param("countries", "SEN")
			.param("areas", "G")
			.param("plannedStart", "2026-01-01")
			.param("plannedEnd", "2025-01-01")
			.param("requestId", String.valueOf(request)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("plannedEnd-error")));
		mvc.perform(post("/programmes").with(csrf())
			.param("title", "Accepted for a test")
			.param("description", "Help needed")
			.param("countries", "SEN")
			.param("areas", "G")
			.param("plannedStart", "2026-01-01")
			.param("plannedEnd", "2027-12-31")
			.param("requestId", String.valueOf(request)))
			.andExpect(redirectedUrlPattern("/programmes/*"));
		long created = jdbc.sql("select programme_id from request.assistance_request where id = :id")
			.param("id", request)
			.query(Long.class)
			.single();

		// two coordinators edit the programme from version 0: the second gets 409, what the first changed, and the
		// current version to save over
		mvc.perform(edit(created, "Accepted for a test, first edit", 0)).andExpect(redirectedUrl("/programmes/" + created));
		String conflict = mvc.perform(edit(created, "Accepted for a test, second edit", 0))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(conflict).contains("Accepted for a test, first edit").contains("name=\"version\" value=\"1\"");
		assertThat(jdbc.sql("select title from programme.programme where id = :id").param("id", created)
			.query(String.class).single()).isEqualTo("Accepted for a test, first edit");
		mvc.perform(edit(created, "Accepted for a test, second edit", 1)).andExpect(redirectedUrl("/programmes/" + created));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(long id, String title,
			long version) {
		return post("/programmes/" + id).with(csrf())
			.param("title", title)
			.param("description", "Help needed")
			.param("countries", "SEN")
			.param("areas", "G")
			.param("plannedStart", "2026-01-01")
			.param("plannedEnd", "2027-12-31")
			.param("status", "1")
			.param("version", String.valueOf(version));
	}

}
