package org.migracap.planning;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A coordinator's planning work through the web layer: a scenario built from a gap table, candidates generated from
 * the catalogue, solved in the background, explained, copied with half the budget, compared, and adopted (which
 * notifies the countries served); a bad gap file and infeasible constraints get clear answers.
 */
@MigraCapIntegrationTest
class PlanningWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor as(String username) {
		UserDetails principal = users.loadUserByUsername(username);
		return authentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
	}

	long createScenario(String name, String budgets, String extra) throws Exception {
		MvcResult created = mvc.perform(post("/planning/scenarios").with(as("coordinator")).with(csrf())
			.param("name", name)
			.param("startYear", "2027")
			.param("budgets", budgets)
			.param("countries", "KEN, UGA")
			.param("areas", "B", "C")
			.param("needWeight", "1")
			.param("leverageWeight", "1")
			.param("urgencyWeight", "1")
			.param("lowResourceWeight", "1")
			.param("areaWeightsSource", "typed")
			.param("regionalFloors", "")
			.param("absorption", extra))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
	}

	void importGaps(long id, String csv) throws Exception {
		mvc.perform(multipart("/planning/scenarios/" + id + "/gaps")
			.file(new MockMultipartFile("file", "gaps.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(as("coordinator"))
			.with(csrf())).andExpect(status().is3xxRedirection());
	}

	long solve(long id) throws Exception {
		MvcResult started = mvc.perform(post("/planning/scenarios/" + id + "/solve").with(as("coordinator")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long runId = Long.parseLong(started.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline)) {
			String state = jdbc.sql("select status from planning.solve_run where id = :id").param("id", runId).query(String.class).single();
			if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
				return runId;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("run " + runId + " did not finish");
	}

	String page(String path) throws Exception {
		return mvc.perform(get(path).with(as("coordinator"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void buildSolveExplainCopyCompareAndAdopt() throws Exception {
		long id = createScenario("Web journey", "400000, 400000, 400000", "KEN=100000");
		importGaps(id, "iso3,indicator,level,target,leverage\nKEN,B1,1,3,100\nKEN,B4,2,4,50\nUGA,C3,1,3,0\nUGA,B5,2,4,10\nKEN,B5,2,3,0\n");
		mvc.perform(post("/planning/scenarios/" + id + "/generate").with(as("coordinator")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long candidates = jdbc.sql("select count(*) from planning.candidate where scenario_id = :s").param("s", id).query(Long.class).single();
		assertThat(candidates).isGreaterThan(5);
		assertThat(jdbc.sql("select count(*) from planning.candidate where scenario_id = :s and countries = 'KEN,UGA'")
			.param("s", id).query(Long.class).single()).as("a joint candidate for neighbours sharing a B5 gap").isPositive();

		long run = solve(id);
		assertThat(jdbc.sql("select status from planning.solve_run where id = :id").param("id", run).query(String.class).single())
			.isEqualTo("OPTIMAL");
		String result = page("/planning/runs/" + run);
		assertThat(result).contains("id=\"chosen-table\"").contains("id=\"sweep-table\"").contains("data-echarts");
		long chosen = jdbc.sql("select count(*) from planning.solve_choice where run_id = :r and selected = true").param("r", run).query(Long.class).single();
		long explained = jdbc.sql("select count(*) from planning.solve_choice where run_id = :r and reason_key <> 'NOT_EXPLAINED'").param("r", run).query(Long.class).single();
		assertThat(chosen).isPositive();
		assertThat(explained).isEqualTo(candidates);
		assertThat(jdbc.sql("select count(*) from planning.sweep_point where run_id = :r").param("r", run).query(Long.class).single()).isEqualTo(7);

		MvcResult copied = mvc.perform(post("/planning/scenarios/" + id + "/copy").with(as("coordinator")).with(csrf())
			.param("name", "Web journey half").param("budgetFactor", "0.5")).andExpect(status().is3xxRedirection()).andReturn();
		long half = Long.parseLong(copied.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		assertThat(jdbc.sql("select budgets from planning.scenario where id = :id").param("id", half).query(String.class).single())
			.isEqualTo("200000,200000,200000");
		long halfRun = solve(half);
		double full = jdbc.sql("select objective from planning.solve_run where id = :id").param("id", run).query(Double.class).single();
		double smaller = jdbc.sql("select objective from planning.solve_run where id = :id").param("id", halfRun).query(Double.class).single();
		assertThat(smaller).isLessThanOrEqualTo(full + 1e-9);
		String compare = page("/planning/compare?ids=" + id + "&ids=" + half);
		assertThat(compare).contains("Web journey half").contains("id=\"compare-table\"");

		long version = jdbc.sql("select version from planning.scenario where id = :id").param("id", id).query(Long.class).single();
		mvc.perform(post("/planning/scenarios/" + id + "/adopt").with(as("coordinator")).with(csrf()).param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from planning.scenario where id = :id").param("id", id).query(String.class).single()).isEqualTo("ADOPTED");
		Instant deadline = Instant.now().plusSeconds(20);
		long notified = 0;
		while (notified == 0 && Instant.now().isBefore(deadline)) {
			notified = jdbc.sql("""
					select count(*) from identity.notification n join identity.user_account u on u.id = n.user_id
					where u.username = 'focal.ken' and n.message_key = 'planning.notify.adoptedCountry'""").query(Long.class).single();
			Thread.sleep(100);
		}
		assertThat(notified).as("Kenya's focal point is told of the adopted plan").isPositive();
		mvc.perform(post("/planning/scenarios/" + id + "/solve").with(as("coordinator")).with(csrf())).andExpect(status().isConflict());

		String kenyaOwn = mvc.perform(get("/countries/KEN?tab=plans").with(as("focal.ken"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(kenyaOwn).contains("id=\"adopted-plans\"").contains("Web journey");
		String kenyaOther = mvc.perform(get("/countries/KEN?tab=plans").with(as("focal.gtm"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(kenyaOther).doesNotContain("adopted-plans").doesNotContain("Web journey");
		String kenyaPublic = mvc.perform(get("/countries/KEN?tab=plans")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(kenyaPublic).doesNotContain("adopted-plans").doesNotContain("Web journey");
	}

	@Test
	void aRunningSolveCanBeCancelledAndKeepsItsPlan() throws Exception {
		long demo = jdbc.sql("select min(id) from planning.scenario where demo = true").query(Long.class).single();
		MvcResult copied = mvc.perform(post("/planning/scenarios/" + demo + "/copy").with(as("coordinator")).with(csrf())
			.param("name", "Cancel me").param("budgetFactor", "1")).andExpect(status().is3xxRedirection()).andReturn();
		long id = Long.parseLong(copied.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		MvcResult started = mvc.perform(post("/planning/scenarios/" + id + "/solve").with(as("coordinator")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn();
		long runId = Long.parseLong(started.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		Instant deadline = Instant.now().plusSeconds(120);
		String phase = "";
		while (Instant.now().isBefore(deadline) && !phase.equals("explain") && !phase.equals("done")) {
			phase = jdbc.sql("select phase from planning.solve_run where id = :id").param("id", runId).query(String.class).single();
			Thread.sleep(50);
		}
		String progress = page("/planning/runs/" + runId + "/progress");
		mvc.perform(post("/planning/runs/" + runId + "/cancel").with(as("coordinator")).with(csrf())).andExpect(status().is3xxRedirection());
		Instant stop = Instant.now();
		String state = "RUNNING";
		while (Instant.now().isBefore(stop.plusSeconds(30)) && (state.equals("RUNNING") || state.equals("QUEUED"))) {
			state = jdbc.sql("select status from planning.solve_run where id = :id").param("id", runId).query(String.class).single();
			Thread.sleep(50);
		}
		assertThat(phase).as("explaining 90 candidates by re-solving takes long enough to be caught").isEqualTo("explain");
		assertThat(progress).contains("id=\"cancel-run\"");
		assertThat(state).isEqualTo("OPTIMAL");
		assertThat(jdbc.sql("select message_key from planning.solve_run where id = :id").param("id", runId).query(String.class).single())
			.isEqualTo("planning.run.cancelledWithPlan");
		assertThat(page("/planning/runs/" + runId)).contains("best plan found until then");
	}

	@Test
	void infeasibleConstraintsAreNamed() throws Exception {
		long id = createScenario("Web infeasible", "100000", "");
		importGaps(id, "iso3,indicator,level,target\nKEN,B1,1,3\n");
		mvc.perform(post("/planning/scenarios/" + id + "/candidates").with(as("coordinator")).with(csrf())
			.param("code", "KEN-BIG").param("title", "Too big").param("countries", "KEN").param("area", "B")
			.param("indicatorCode", "B1").param("oneOffCost", "250000").param("recurrentCost", "0")
			.param("startYear", "2027").param("durationYears", "1").param("uplift", "1").param("decision", "MUST_INCLUDE"))
			.andExpect(status().is3xxRedirection());
		long run = solve(id);
		assertThat(jdbc.sql("select status from planning.solve_run where id = :id").param("id", run).query(String.class).single())
			.isEqualTo("INFEASIBLE");
		String page = page("/planning/runs/" + run);
		assertThat(page).contains("id=\"conflicts\"").contains("budget of 2027").contains("must include KEN-BIG");
	}

	@Test
	void aBadGapFileIsReportedLineByLineAndWritesNothing() throws Exception {
		long id = createScenario("Web bad gaps", "100000", "");
		importGaps(id, "iso3,indicator,level,target\nKEN,B1,1,3\nZZZ,B9,7,3\n");
		assertThat(jdbc.sql("select count(*) from planning.scenario_gap where scenario_id = :s").param("s", id).query(Long.class).single()).isZero();
		MvcResult redirect = mvc.perform(multipart("/planning/scenarios/" + id + "/gaps")
			.file(new MockMultipartFile("file", "gaps.csv", "text/csv", "iso3,indicator,level,target\nKEN,B1,1,3\nZZZ,B9,7,3\n".getBytes(StandardCharsets.UTF_8)))
			.with(as("coordinator")).with(csrf())).andReturn();
		assertThat(redirect.getFlashMap().get("importReport")).isNotNull();
		assertThat(((org.migracap.platform.ImportReport) redirect.getFlashMap().get("importReport")).problems())
			.extracting(org.migracap.platform.ImportProblem::line).containsOnly(3L);
	}

	@Test
	void aFormWithBadValuesShowsTheMessageNextToTheField() throws Exception {
		String page = mvc.perform(post("/planning/scenarios").with(as("coordinator")).with(csrf())
			.param("name", "Bad").param("startYear", "2027").param("budgets", "100000, lots")
			.param("countries", "KEN").param("needWeight", "1").param("leverageWeight", "1").param("urgencyWeight", "1")
			.param("lowResourceWeight", "1").param("areaWeightsSource", "typed"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"budgets-error\"").contains("lots");
		String unknown = mvc.perform(post("/planning/scenarios").with(as("coordinator")).with(csrf())
			.param("name", "Bad").param("startYear", "2027").param("budgets", "100000")
			.param("countries", "KEN, XXX").param("needWeight", "1").param("leverageWeight", "1").param("urgencyWeight", "1")
			.param("lowResourceWeight", "1").param("areaWeightsSource", "typed"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(unknown).contains("XXX is not an ISO 3166-1 alpha-3 country code");
		assertThat(List.of(mvc.perform(get("/planning").with(as("focal.ken"))).andReturn().getResponse().getStatus())).containsExactly(403);
	}

}
