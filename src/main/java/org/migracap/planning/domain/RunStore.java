package org.migracap.planning.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Optimiser runs and their results, kept in the database so that any instance can show a run's progress, take its
 * cancellation and show its results. Results are derived data, written with plain SQL.
 */
@Repository
public class RunStore {

	private final JdbcClient jdbc;

	/** This instance, as owner of the runs it queues; new on every start. */
	private final String instance = java.util.UUID.randomUUID().toString();

	private final java.time.Duration staleAfter;

	RunStore(JdbcClient jdbc,
			@org.springframework.beans.factory.annotation.Value("${migracap.planning.run-stale-seconds:60}") long staleSeconds) {
		this.jdbc = jdbc;
		this.staleAfter = java.time.Duration.ofSeconds(staleSeconds);
	}

	String instance() {
		return instance;
	}

	public record RunView(long id, long scenarioId, long scenarioVersion, RunStatus status, String phase, int progress,
			boolean cancelRequested, String solver, String startedBy, Instant startedAt, @Nullable Instant finishedAt,
			@Nullable Long solveMillis, @Nullable Double objective, @Nullable Double bestBound,
			@Nullable Double greedyObjective, @Nullable Boolean greedyFeasible, @Nullable Double totalCost,
			@Nullable Double greedyCost, @Nullable String messageKey, List<String> messageArgs, List<String> greedyBreaks) {
	}

	public record ChoiceRow(long candidateId, boolean selected, boolean greedySelected, double benefit, String reasonKey,
			List<String> reasonArgs, String method) {
	}

	public record SweepRow(double factor, double budget, @Nullable Double objective, @Nullable Double bestBound,
			@Nullable Double greedyObjective, boolean feasible) {
	}

	private static final String COLUMNS = """
			id, scenario_id, scenario_version, status, phase, progress, cancel_requested, solver, started_by, started_at,
			finished_at, solve_millis, objective, best_bound, greedy_objective, greedy_feasible, total_cost, greedy_cost,
			message_key, message_args, greedy_breaks""";

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	long create(long scenarioId, long scenarioVersion, String solver, String username) {
		org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into planning.solve_run (scenario_id, scenario_version, status, phase, progress, cancel_requested,
				  solver, started_by, started_at, owner_instance, heartbeat_at)
				  values (:s, :v, 'QUEUED', 'queued', 0, false, :solver, :u, :at, :owner, :at)""")
			.param("owner", instance)
			.param("s", scenarioId)
			.param("v", scenarioVersion)
			.param("solver", solver)
			.param("u", username)
			.param("at", Timestamp.from(Instant.now()))
			.update(keys, "id");
		Number key = keys.getKey();
		if (key == null) {
			throw new IllegalStateException("No id generated for the run");
		}
		return key.longValue();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void progress(long runId, String phase, int progress) {
		jdbc.sql("update planning.solve_run set status = 'RUNNING', phase = :p, progress = :g where id = :id and status in ('QUEUED','RUNNING')")
			.param("p", phase)
			.param("g", Math.max(0, Math.min(100, progress)))
			.param("id", runId)
			.update();
	}

	/** Marking the scenario solved gives it a new version with the same content: the run stays current. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void solvedVersion(long runId, long scenarioVersion) {
		jdbc.sql("update planning.solve_run set scenario_version = :v where id = :id")
			.param("v", scenarioVersion)
			.param("id", runId)
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	boolean requestCancel(long runId) {
		return jdbc.sql("update planning.solve_run set cancel_requested = true where id = :id and status in ('QUEUED','RUNNING')")
			.param("id", runId)
			.update() > 0;
	}

	@Transactional(readOnly = true)
	boolean cancelRequested(long runId) {
		return jdbc.sql("select cancel_requested from planning.solve_run where id = :id")
			.param("id", runId)
			.query(Boolean.class)
			.optional()
			.orElse(true);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void finish(long runId, RunStatus status, @Nullable Long millis, @Nullable Double objective,
			@Nullable Double bound, @Nullable Double greedy, @Nullable Boolean greedyFeasible, @Nullable Double cost,
			@Nullable Double greedyCost, @Nullable String messageKey, List<String> messageArgs) {
		jdbc.sql("""
				update planning.solve_run set status = :st, phase = 'done', progress = 100, finished_at = :at,
				  solve_millis = :ms, objective = :obj, best_bound = :bound, greedy_objective = :greedy,
				  greedy_feasible = :gf, total_cost = :cost, greedy_cost = :gcost, message_key = :key, message_args = :args
				where id = :id""")
			.param("st", status.name())
			.param("at", Timestamp.from(Instant.now()))
			.param("ms", millis)
			.param("obj", objective)
			.param("bound", bound)
			.param("greedy", greedy)
			.param("gf", greedyFeasible)
			.param("cost", cost)
			.param("gcost", greedyCost)
			.param("key", messageKey)
			.param("args", join(messageArgs))
			.param("id", runId)
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void greedyBreaks(long runId, List<String> tokens) {
		jdbc.sql("update planning.solve_run set greedy_breaks = :b where id = :id")
			.param("b", join(tokens))
			.param("id", runId)
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void saveChoices(long runId, List<ChoiceRow> rows) {
		jdbc.sql("delete from planning.solve_choice where run_id = :r").param("r", runId).update();
		for (ChoiceRow row : rows) {
			jdbc.sql("""
					insert into planning.solve_choice (run_id, candidate_id, selected, greedy_selected, benefit, reason_key,
					  reason_args, method) values (:r, :c, :sel, :gsel, :b, :k, :a, :m)""")
				.param("r", runId)
				.param("c", row.candidateId())
				.param("sel", row.selected())
				.param("gsel", row.greedySelected())
				.param("b", row.benefit())
				.param("k", row.reasonKey())
				.param("a", join(row.reasonArgs()))
				.param("m", row.method())
				.update();
		}
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void saveSweep(long runId, List<SweepRow> rows) {
		jdbc.sql("delete from planning.sweep_point where run_id = :r").param("r", runId).update();
		for (SweepRow row : rows) {
			jdbc.sql("""
					insert into planning.sweep_point (run_id, factor, budget, objective, best_bound, greedy_objective, feasible)
					values (:r, :f, :b, :o, :bb, :g, :ok)""")
				.param("r", runId)
				.param("f", row.factor())
				.param("b", row.budget())
				.param("o", row.objective())
				.param("bb", row.bestBound())
				.param("g", row.greedyObjective())
				.param("ok", row.feasible())
				.update();
		}
	}

	@Transactional(readOnly = true)
	Optional<RunView> find(long runId) {
		return jdbc.sql("select " + COLUMNS + " from planning.solve_run where id = :id")
			.param("id", runId)
			.query(RunStore::run)
			.optional();
	}

	@Transactional(readOnly = true)
	List<RunView> ofScenario(long scenarioId) {
		return jdbc.sql("select " + COLUMNS + " from planning.solve_run where scenario_id = :s order by id desc")
			.param("s", scenarioId)
			.query(RunStore::run)
			.list();
	}

	/** The latest run of the scenario that found a plan (optimal or feasible). */
	@Transactional(readOnly = true)
	Optional<RunView> latestUsable(long scenarioId) {
		return ofScenario(scenarioId).stream().filter(r -> r.status().hasPlan()).findFirst();
	}

	@Transactional(readOnly = true)
	List<Long> selectedCandidates(long runId) {
		return jdbc.sql("select candidate_id from planning.solve_choice where run_id = :r and selected = true order by candidate_id")
			.param("r", runId)
			.query(Long.class)
			.list();
	}

	@Transactional(readOnly = true)
	List<ChoiceRow> choices(long runId) {
		return jdbc.sql("""
				select candidate_id, selected, greedy_selected, benefit, reason_key, reason_args, method
				from planning.solve_choice where run_id = :r order by candidate_id""")
			.param("r", runId)
			.query((rs, i) -> new ChoiceRow(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3), rs.getDouble(4),
					rs.getString(5), split(rs.getString(6)), rs.getString(7)))
			.list();
	}

	@Transactional(readOnly = true)
	List<SweepRow> sweep(long runId) {
		return jdbc.sql("""
				select factor, budget, objective, best_bound, greedy_objective, feasible from planning.sweep_point
				where run_id = :r order by factor""")
			.param("r", runId)
			.query((rs, i) -> new SweepRow(rs.getDouble(1), rs.getDouble(2), nullable(rs.getDouble(3), rs.wasNull()),
					nullableAfter(rs, 4), nullableAfter(rs, 5), rs.getBoolean(6)))
			.list();
	}

	/** Says that this instance is alive and still owns its queued and running runs. */
	@Transactional
	int heartbeat() {
		return jdbc.sql("""
				update planning.solve_run set heartbeat_at = :at
				where owner_instance = :owner and status in ('QUEUED','RUNNING')""")
			.param("at", Timestamp.from(Instant.now()))
			.param("owner", instance)
			.update();
	}

	/**
	 * Runs left queued or running by an instance that stopped: marked cancelled. An instance has stopped when its
	 * heartbeat is older than {@code migracap.planning.run-stale-seconds}; runs of a live instance are left alone.
	 */
	@Transactional
	int abandonUnfinished() {
		Instant now = Instant.now();
		return jdbc.sql("""
				update planning.solve_run set status = 'CANCELLED', phase = 'done', message_key = 'planning.run.abandoned',
				  finished_at = :at where status in ('QUEUED','RUNNING') and (owner_instance is null or owner_instance <> :owner)
				  and (heartbeat_at is null or heartbeat_at < :stale)""")
			.param("at", Timestamp.from(now))
			.param("owner", instance)
			.param("stale", Timestamp.from(now.minus(staleAfter)))
			.update();
	}

	@Transactional
	void deleteScenario(long scenarioId) {
		jdbc.sql("delete from planning.solve_choice where run_id in (select id from planning.solve_run where scenario_id = :s)")
			.param("s", scenarioId)
			.update();
		jdbc.sql("delete from planning.sweep_point where run_id in (select id from planning.solve_run where scenario_id = :s)")
			.param("s", scenarioId)
			.update();
		jdbc.sql("delete from planning.solve_run where scenario_id = :s").param("s", scenarioId).update();
	}

	private static RunView run(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new RunView(rs.getLong("id"), rs.getLong("scenario_id"), rs.getLong("scenario_version"),
				RunStatus.valueOf(rs.getString("status")), rs.getString("phase"), rs.getInt("progress"),
				rs.getBoolean("cancel_requested"), rs.getString("solver"), rs.getString("started_by"),
				rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
				(Long) rs.getObject("solve_millis", Long.class), (Double) rs.getObject("objective", Double.class),
				(Double) rs.getObject("best_bound", Double.class), (Double) rs.getObject("greedy_objective", Double.class),
				(Boolean) rs.getObject("greedy_feasible", Boolean.class), (Double) rs.getObject("total_cost", Double.class),
				(Double) rs.getObject("greedy_cost", Double.class), rs.getString("message_key"),
				split(rs.getString("message_args")), split(rs.getString("greedy_breaks")));
	}

	private static @Nullable Double nullable(double value, boolean wasNull) {
		return wasNull ? null : value;
	}

	private static @Nullable Double nullableAfter(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	static final String SEPARATOR = "\u001f";

	static String join(List<String> values) {
		return String.join(SEPARATOR, values);
	}

	static List<String> split(@Nullable String text) {
		return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(SEPARATOR, -1));
	}

}
