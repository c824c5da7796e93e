package org.migracap.assessment.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Confidentiality;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes whole published cycles in bulk (imported statistics, demo data, benchmark data) with JDBC batches, and
 * scores them as publication would. Such cycles have no audit history: they were never edited in MigraCap.
 */
@Component
public class CycleBulkWriter {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	CycleBulkWriter(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
		this.jdbc = jdbc;
		this.named = named;
	}

	/** One answer of a bulk cycle. */
	public record BulkAnswer(String indicatorCode, int level, @Nullable Integer targetLevel,
			@Nullable Integer targetYear, @Nullable Confidence confidence, @Nullable String evidenceText) {

		public static BulkAnswer level(String indicatorCode, int level) {
			return new BulkAnswer(indicatorCode, level, null, null, null, null);
		}

	}

	/** A cycle to write: published unless {@code status} says otherwise. */
	public record BulkCycle(String iso3, FrameworkView framework, CycleKind kind, int year, CycleStatus status,
			Confidentiality confidentiality, boolean demo, @Nullable String source, String actor, Instant at,
			List<BulkAnswer> answers) {
	}

	/** Writes the cycles, their answers and (for published ones) their area scores; returns the new cycle ids. */
	public List<Long> write(List<BulkCycle> bulk) {
		bumpStamp();
		List<Long> ids = new ArrayList<>();
		List<MapSqlParameterSource> answerRows = new ArrayList<>();
		List<MapSqlParameterSource> scoreRows = new ArrayList<>();
		for (BulkCycle cycle : bulk) {
			long id = insertCycle(cycle);
			ids.add(id);
			Map<String, CapacityScoring.LevelTarget> answers = new HashMap<>();
			for (BulkAnswer answer : cycle.answers()) {
				if (cycle.framework().indicator(answer.indicatorCode()).isEmpty()
						|| !cycle.framework().scale().contains(answer.level())) {
					throw new IllegalArgumentException("Answer " + answer + " does not fit " + cycle.framework().label());
				}
				answers.put(answer.indicatorCode(),
						new CapacityScoring.LevelTarget(answer.level(), answer.targetLevel()));
				answerRows.add(new MapSqlParameterSource().addValue("cycle", id)
					.addValue("code", answer.indicatorCode())
					.addValue("level", answer.level())
					.addValue("confidence", answer.confidence() == null ? null : answer.confidence().name())
					.addValue("targetLevel", answer.targetLevel())
					.addValue("targetYear", answer.targetLevel() == null ? null : answer.targetYear())
					.addValue("evidence", answer.evidenceText())
					.addValue("at", Timestamp.from(cycle.at()))
					.addValue("by", cycle.actor()));
			}
			if (cycle.status() == CycleStatus.PUBLISHED) {
				for (CapacityScoring.AreaResult area : CapacityScoring.areas(cycle.framework().scale(),
						CapacityScoring.inputs(cycle.framework(), answers))) {
					scoreRows.add(new MapSqlParameterSource().addValue("cycle", id)
						.addValue("area", area.areaCode())
						.addValue("iso3", cycle.iso3())
						.addValue("framework", cycle.framework().code())
						.addValue("year", cycle.year())
						.addValue("confidentiality", cycle.confidentiality().name())
						.addValue("publishedAt", Timestamp.from(cycle.at()))
						.addValue("score", area.score())
						.addValue("completeness", area.completeness())
						.addValue("targetScore", area.targetScore())
						.addValue("gap", area.gap())
						.addValue("answered", area.answered())
						.addValue("indicators", area.indicators()));
				}
			}
			if (answerRows.size() >= 5000) {
				flushAnswers(answerRows);
			}
		}
		flushAnswers(answerRows);
		List<MapSqlParameterSource> stepRows = new ArrayList<>();
		for (int c = 0; c < bulk.size(); c++) {
			BulkCycle cycle = bulk.get(c);
			for (WorkflowStep.Action action : steps(cycle.status())) {
				stepRows.add(new MapSqlParameterSource().addValue("cycle", ids.get(c))
					.addValue("action", action.name())
					.addValue("actor", cycle.actor())
					.addValue("at", Timestamp.from(cycle.at()))
					.addValue("note", action == WorkflowStep.Action.IMPORTED ? cycle.source() : null));
			}
		}
		for (int i = 0; i < stepRows.size(); i += 5000) {
			named.batchUpdate("""
					insert into assessment.workflow_step (version, cycle_id, action, actor, acted_at, note)
					values (0, :cycle, :action, :actor, :at, :note)""",
					stepRows.subList(i, Math.min(stepRows.size(), i + 5000)).toArray(MapSqlParameterSource[]::new));
		}
		for (int i = 0; i < scoreRows.size(); i += 5000) {
			named.batchUpdate("""
					insert into assessment.area_score (cycle_id, area_code, iso3, framework_code, assessment_year,
					    confidentiality, published_at, score, completeness, target_score, gap, answered, indicators)
					values (:cycle, :area, :iso3, :framework, :year, :confidentiality, :publishedAt, :score,
					    :completeness, :targetScore, :gap, :answered, :indicators)""",
					scoreRows.subList(i, Math.min(scoreRows.size(), i + 5000)).toArray(MapSqlParameterSource[]::new));
		}
		return ids;
	}

	/** Deletes cycles (with their answers and scores) by id. */
	public void delete(List<Long> cycleIds) {
		if (!cycleIds.isEmpty()) {
			bumpStamp();
		}
		for (int i = 0; i < cycleIds.size(); i += 500) {
			List<Long> chunk = cycleIds.subList(i, Math.min(cycleIds.size(), i + 500));
			jdbc.sql("delete from assessment.area_score where cycle_id in (:ids)").param("ids", chunk).update();
			jdbc.sql("""
					delete from assessment.evidence_file where response_id in
					    (select id from assessment.response where cycle_id in (:ids))""").param("ids", chunk).update();
			jdbc.sql("delete from assessment.response where cycle_id in (:ids)").param("ids", chunk).update();
			jdbc.sql("delete from assessment.workflow_step where cycle_id in (:ids)").param("ids", chunk).update();
			jdbc.sql("delete from assessment.cycle where id in (:ids)").param("ids", chunk).update();
		}
	}

	private static List<WorkflowStep.Action> steps(CycleStatus status) {
		return switch (status) {
			case DRAFT -> List.of(WorkflowStep.Action.IMPORTED);
			case SUBMITTED, RETURNED -> List.of(WorkflowStep.Action.IMPORTED, WorkflowStep.Action.SUBMITTED);
			case VALIDATED -> List.of(WorkflowStep.Action.IMPORTED, WorkflowStep.Action.SUBMITTED,
					WorkflowStep.Action.VALIDATED);
			case PUBLISHED -> List.of(WorkflowStep.Action.IMPORTED, WorkflowStep.Action.PUBLISHED);
		};
	}

	private void bumpStamp() {
		jdbc.sql("update assessment.score_stamp set stamp = stamp + 1 where id = 1").update();
	}

	private void flushAnswers(List<MapSqlParameterSource> rows) {
		if (rows.isEmpty()) {
			return;
		}
		named.batchUpdate("""
				insert into assessment.response (version, cycle_id, indicator_code, level, confidence, target_level,
				    target_year, evidence_text, updated_at, updated_by)
				values (0, :cycle, :code, :level, :confidence, :targetLevel, :targetYear, :evidence, :at, :by)""",
				rows.toArray(MapSqlParameterSource[]::new));
		rows.clear();
	}

	private long insertCycle(BulkCycle cycle) {
		KeyHolder keys = new GeneratedKeyHolder();
		boolean published = cycle.status() == CycleStatus.PUBLISHED;
		boolean submitted = cycle.status() != CycleStatus.DRAFT;
		boolean validated = cycle.status() == CycleStatus.VALIDATED || published;
		Timestamp at = Timestamp.from(cycle.at());
		jdbc.sql("""
				insert into assessment.cycle (version, iso3, framework_id, framework_code, kind, assessment_year,
				    status, confidentiality, demo, source, created_at, created_by, submitted_at, submitted_by,
				    validated_at, validated_by, published_at, published_by)
				values (0, :iso3, :frameworkId, :frameworkCode, :kind, :year, :status, :confidentiality, :demo,
				    :source, :at, :actor, :submittedAt, :submittedBy, :validatedAt, :validatedBy, :publishedAt,
				    :publishedBy)""")
			.param("iso3", cycle.iso3())
			.param("frameworkId", cycle.framework().id())
			.param("frameworkCode", cycle.framework().code())
			.param("kind", cycle.kind().name())
			.param("year", cycle.year())
			.param("status", cycle.status().name())
			.param("confidentiality", cycle.confidentiality().name())
			.param("demo", cycle.demo())
			.param("source", cycle.source())
			.param("at", at)
			.param("actor", cycle.actor())
			.param("submittedAt", submitted ? at : null)
			.param("submittedBy", submitted ? cycle.actor() : null)
			.param("validatedAt", validated ? at : null)
			.param("validatedBy", validated ? cycle.actor() : null)
			.param("publishedAt", published ? at : null)
			.param("publishedBy", published ? cycle.actor() : null)
			.update(keys, "id");
		return Objects.requireNonNull(keys.getKey()).longValue();
	}

}
