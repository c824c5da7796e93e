package org.migracap.workshop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that turns the vote strings into rows ({@code V95__workshop_vote_choices.sql}), run on the test
 * database (PostgreSQL or H2) against a scratch copy of the old table with votes written the old way.
 */
@MigraCapIntegrationTest
class WorkshopVoteMigrationIntegrationTests {

	private static final String SCHEMA = "vote_migration_check";

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void dropScratchSchema() {
		jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
	}

	record Choice(String vote, long option, Long versus, int value) {
	}

	@Test
	void rankingsApprovalsAndJudgmentsBecomeOneRowAChoice() throws IOException {
		jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
		jdbc.sql("create schema " + SCHEMA).update();
		jdbc.sql("""
				create table %s.ballot_vote (id varchar(36) primary key, ballot_id bigint not null,
				  registration_id bigint, perspective varchar(20), ranking varchar(1000), approvals varchar(1000),
				  judgments varchar(4000), consistency_ratio double precision, cast_at timestamp with time zone)"""
			.formatted(SCHEMA)).update();
		insert("r1", "12:1,13:3,14:1", null, null);
		insert("a1", null, "21,22", null);
		insert("a2", null, "", null);
		insert("j1", null, null, "31-32:3;31-33:-2;32-33:1");
		String script = new ClassPathResource("db/migration/workshop/V95__workshop_vote_choices.sql")
			.getContentAsString(StandardCharsets.UTF_8)
			.replace("workshop.", SCHEMA + ".");
		String code = String.join("\n", script.lines().filter(l -> !l.trim().startsWith("--")).toList());
		// Statements end with a semicolon at the end of a line; the script also holds ';' as a literal.
		List<String> statements = Arrays.stream(code.split(";\\s*\\n")).map(String::trim).map(s -> s.replaceAll(";$", ""))
			.filter(s -> !s.isEmpty())
			.toList();
		assertThat(statements).hasSizeGreaterThan(5);
		statements.forEach(statement -> jdbc.sql(statement).update());

		List<Choice> choices = jdbc.sql("select vote_id, option_id, versus_option_id, choice_value from " + SCHEMA
				+ ".ballot_vote_choice order by vote_id, option_id, versus_option_id")
			.query((rs, n) -> {
				long versus = rs.getLong("versus_option_id");
				Long versusId = rs.wasNull() ? null : versus;
				return new Choice(rs.getString("vote_id"), rs.getLong("option_id"), versusId, rs.getInt("choice_value"));
			})
			.list();
		assertThat(choices).containsExactly(new Choice("a1", 21, null, 1), new Choice("a1", 22, null, 1),
				new Choice("j1", 31, 32L, 3), new Choice("j1", 31, 33L, -2), new Choice("j1", 32, 33L, 1),
				new Choice("r1", 12, null, 1), new Choice("r1", 13, null, 3), new Choice("r1", 14, null, 1));
		assertThat(jdbc.sql("select count(*) from " + SCHEMA + ".ballot_vote").query(Integer.class).single())
			.isEqualTo(4);
	}

	private void insert(String id, String ranking, String approvals, String judgments) {
		jdbc.sql("insert into " + SCHEMA + ".ballot_vote (id, ballot_id, ranking, approvals, judgments) values (:id, 1, :r, :a, :j)")
			.param("id", id)
			.param("r", ranking)
			.param("a", approvals)
			.param("j", judgments)
			.update();
	}

}
