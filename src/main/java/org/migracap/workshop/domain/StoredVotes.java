package org.migracap.workshop.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where votes are kept: who voted ({@code workshop.ballot_voter}) apart from the ballots themselves
 * ({@code workshop.ballot_vote}), written with {@link JdbcClient} outside the audit trail (ADR workshop-02). A secret
 * ballot's row carries neither voter nor time.
 */
@Component
class StoredVotes {

	/** A vote as stored: the registration only on open ballots. */
	record StoredVote(@Nullable Long registrationId, @Nullable Perspective perspective, @Nullable String ranking,
			@Nullable String approvals, @Nullable String judgments, @Nullable Double consistencyRatio) {
	}

	private final JdbcClient jdbc;

	StoredVotes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int voters(long ballotId) {
		return jdbc.sql("select count(*) from workshop.ballot_voter where ballot_id = :b")
			.param("b", ballotId)
			.query(Integer.class)
			.single();
	}

	boolean voted(long ballotId, long registrationId) {
		return jdbc.sql("select count(*) from workshop.ballot_voter where ballot_id = :b and registration_id = :r")
			.param("b", ballotId)
			.param("r", registrationId)
			.query(Integer.class)
			.single() > 0;
	}

	/** The open vote of one registration. */
	Optional<StoredVote> of(long ballotId, long registrationId) {
		return jdbc.sql("""
				select registration_id, perspective, ranking, approvals, judgments, consistency_ratio
				from workshop.ballot_vote where ballot_id = :b and registration_id = :r""")
			.param("b", ballotId)
			.param("r", registrationId)
			.query(StoredVotes::stored)
			.optional();
	}

	List<StoredVote> all(long ballotId) {
		return jdbc.sql("""
				select registration_id, perspective, ranking, approvals, judgments, consistency_ratio
				from workshop.ballot_vote where ballot_id = :b order by id""")
			.param("b", ballotId)
			.query(StoredVotes::stored)
			.list();
	}

	/**
	 * Stores a vote, replacing the registration's earlier one on an open ballot; answers whether one was replaced.
	 * The caller has refused a second vote on a secret ballot.
	 */
	boolean store(long ballotId, boolean secret, long registrationId, @Nullable Perspective perspective,
			@Nullable String ranking, @Nullable String approvals, @Nullable String judgments, @Nullable Double cr) {
		boolean replaced = false;
		Timestamp now = Timestamp.from(Instant.now());
		if (voted(ballotId, registrationId)) {
			jdbc.sql("delete from workshop.ballot_vote where ballot_id = :b and registration_id = :r")
				.param("b", ballotId)
				.param("r", registrationId)
				.update();
			jdbc.sql("update workshop.ballot_voter set voted_at = :at where ballot_id = :b and registration_id = :r")
				.param("at", now)
				.param("b", ballotId)
				.param("r", registrationId)
				.update();
			replaced = true;
		}
		else {
			jdbc.sql("insert into workshop.ballot_voter (ballot_id, registration_id, voted_at) values (:b, :r, :at)")
				.param("b", ballotId)
				.param("r", registrationId)
				.param("at", now)
				.update();
		}
		jdbc.sql("""
				insert into workshop.ballot_vote (id, ballot_id, registration_id, perspective, ranking, approvals,
				  judgments, consistency_ratio, cast_at)
				values (:id, :b, :r, :p, :ranking, :approvals, :judgments, :cr, :at)""")
			.param("id", UUID.randomUUID().toString())
			.param("b", ballotId)
			.param("r", secret ? null : registrationId)
			.param("p", perspective == null ? null : perspective.name())
			.param("ranking", ranking)
			.param("approvals", approvals)
			.param("judgments", judgments)
			.param("cr", cr)
			.param("at", secret ? null : now)
			.update();
		return replaced;
	}

	private static StoredVote stored(ResultSet rs, int row) throws SQLException {
		long registration = rs.getLong("registration_id");
		Long registrationId = rs.wasNull() ? null : registration;
		String perspective = rs.getString("perspective");
		double cr = rs.getDouble("consistency_ratio");
		Double consistency = rs.wasNull() ? null : cr;
		return new StoredVote(registrationId, perspective == null ? null : Perspective.valueOf(perspective),
				rs.getString("ranking"), rs.getString("approvals"), rs.getString("judgments"), consistency);
	}

	static Map<Long, Integer> parseRanks(@Nullable String ranking) {
		Map<Long, Integer> ranks = new LinkedHashMap<>();
		for (String part : Converters.split(ranking)) {
			String[] kv = part.split(":");
			ranks.put(Long.valueOf(kv[0]), Integer.valueOf(kv[1]));
		}
		return ranks;
	}

	static Set<Long> parseIds(@Nullable String ids) {
		Set<Long> out = new LinkedHashSet<>();
		Converters.split(ids).forEach(id -> out.add(Long.valueOf(id)));
		return out;
	}

	static Map<String, Integer> parseJudgmentSteps(@Nullable String judgments) {
		Map<String, Integer> steps = new LinkedHashMap<>();
		if (judgments == null || judgments.isBlank()) {
			return steps;
		}
		for (String part : judgments.split(";")) {
			String[] kv = part.split(":");
			steps.put(kv[0], Integer.valueOf(kv[1]));
		}
		return steps;
	}

}
