package org.migracap.programme;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.migracap.planning.AdoptedIntervention;
import org.migracap.planning.PlanAdopted;
import org.migracap.reference.FocusArea;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An adopted plan drafts one programme per intervention, with its budget by year and kind and the assessment
 * indicator it lifts; publishing the same plan again drafts nothing more (ADR delivery-05).
 */
@MigraCapIntegrationTest
class PlanDraftingIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	static final long SCENARIO = 987_654;

	@Test
	void anAdoptedPlanDraftsItsProgrammesOnce() {
		PlanAdopted plan = new PlanAdopted(SCENARIO, "Test plan", 2027, 5, List.of(
				new AdoptedIntervention(1, "Border information system", Set.of("KEN"), FocusArea.B, "B4", 300_000, 40_000,
						2027, 3),
				new AdoptedIntervention(2, "Joint labour migration training", Set.of("MAR", "ESP"), FocusArea.D, null,
						90_000, 0, 2028, 1)));
		transactions.executeWithoutResult(status -> events.publishEvent(plan));
		await().atMost(Duration.ofSeconds(30)).until(() -> count() == 2);

		long border = programme("Border information system");
		List<Map<String, Object>> lines = jdbc
			.sql("select fiscal_year, kind, amount, country from programme.budget_line where programme_id = :id order by fiscal_year, kind")
			.param("id", border)
			.query()
			.listOfRows();
		assertThat(lines).extracting(l -> ((Number) l.get("fiscal_year")).intValue() + " " + l.get("kind"))
			.containsExactly("2027 ONE_OFF", "2028 RECURRENT", "2029 RECURRENT");
		assertThat(((BigDecimal) lines.get(0).get("amount")).doubleValue()).isEqualTo(300_000);
		assertThat(jdbc.sql("select assessment_indicator from programme.indicator where programme_id = :id")
			.param("id", border)
			.query(String.class)
			.single()).isEqualTo("B4");

		long training = programme("Joint labour migration training");
		List<Map<String, Object>> shared = jdbc
			.sql("select country, amount from programme.budget_line where programme_id = :id order by country")
			.param("id", training)
			.query()
			.listOfRows();
		assertThat(shared).extracting(l -> l.get("country")).containsExactly("ESP", "MAR");
		assertThat(shared).allSatisfy(l -> assertThat(((BigDecimal) l.get("amount")).doubleValue()).isEqualTo(45_000));

		transactions.executeWithoutResult(status -> events.publishEvent(plan));
		await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> true);
		assertThat(count()).isEqualTo(2);
	}

	private long count() {
		return jdbc.sql("select count(*) from programme.programme where scenario_id = :s")
			.param("s", SCENARIO)
			.query(Long.class)
			.single();
	}

	private long programme(String title) {
		return jdbc.sql("select id from programme.programme where scenario_id = :s and title = :t")
			.param("s", SCENARIO)
			.param("t", title)
			.query(Long.class)
			.single();
	}

}
