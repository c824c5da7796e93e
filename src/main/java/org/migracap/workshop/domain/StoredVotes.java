package org.migracap.workshop.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.migracap.mobility.CountryRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where votes are kept: who voted ({@code workshop.ballot_voter}) apart from the ballots themselves
 * ({@code workshop.ballot_vote}, one row of {@code workshop.ballot_vote_choice} a choice), written with {@link JdbcClient} outside the audit trail (ADR workshop-02). A secret
 * ballot's row carries neither voter nor time.
 */
@Component
class StoredVotes {

	/** A vote as stored: the registration only on open ballots. */
	record StoredVote(String id, @Nullable Long registrationId, @Nullable CountryRole perspective, Vote vote,
			@Nullable Double consistencyRatio) {
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
		return read("v.ballot_id = :b and v.registration_id = :r", Map.of("b", ballotId, "r", registrationId)).stream()
			.findFirst();
	}

	List<StoredVote> all(long ballotId) {
		return read("v.ballot_id = :b", Map.of("b", ballotId));
	}

	private record Row(String id, @Nullable Long registrationId, @Nullable CountryRole perspective,
			@Nullable Double consistencyRatio, Vote.@Nullable Choice choice) {
	}

	/** Votes with their choices, in the order of their keys (random, so not the order they were cast in). */
	private List<StoredVote> read(String where, Map<String, Object> params) {
		List<Row> rows = jdbc.sql("""
				select v.id, v.registration_id, v.perspective, v.consistency_ratio, c.option_id, c.versus_option_id,
				  c.choice_value
				from workshop.ballot_vote v left join workshop.ballot_vote_choice c on c.vote_id = v.id
				where %s order by v.id, c.id""".formatted(where))
			.params(params)
			.query(StoredVotes::row)
			.list();
		Map<String, List<Row>> byVote = new LinkedHashMap<>();
		rows.forEach(r -> byVote.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
		List<StoredVote> votes = new ArrayList<>();
		byVote.forEach((id, choices) -> {
			Row first = choices.get(0);
			votes.add(new StoredVote(id, first.registrationId(), first.perspective(),
					new Vote(choices.stream().map(Row::choice).filter(Objects::nonNull).toList()),
					first.consistencyRatio()));
		});
		return votes;
	}

	/**
	 * Stores a vote, replacing the registration's earlier one on an open ballot; answers whether one was replaced.
	 * The caller has refused a second vote on a secret ballot.
	 */
	boolean store(long ballotId, boolean secret, long registrationId, @Nullable CountryRole perspective, Vote vote,
			@Nullable Double cr) {
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
		String id = UUID.randomUUID().toString();
		jdbc.sql("""
				insert into workshop.ballot_vote (id, ballot_id, registration_id, perspective, consistency_ratio, cast_at)
				values (:id, :b, :r, :p, :cr, :at)""")
			.param("id", id)
			.param("b", ballotId)
			.param("r", secret ? null : registrationId)
			.param("p", perspective == null ? null : perspective.name())
			.param("cr", cr)
			.param("at", secret ? null : now)
			.update();
		for (Vote.Choice choice : vote.choices()) {
			jdbc.sql("""
					insert into workshop.ballot_vote_choice (vote_id, option_id, versus_option_id, choice_value)
					values (:v, :o, :versus, :value)""")
				.param("v", id)
				.param("o", choice.option())
				.param("versus", choice.versus())
				.param("value", choice.value())
				.update();
		}
		return replaced;
	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		long registration = rs.getLong("registration_id");
		Long registrationId = rs.wasNull() ? null : registration;
		String perspective = rs.getString("perspective");
		double cr = rs.getDouble("consistency_ratio");
		Double consistency = rs.wasNull() ? null : cr;
		long option = rs.getLong("option_id");
		boolean noChoice = rs.wasNull();
		long versus = rs.getLong("versus_option_id");
		Long versusId = rs.wasNull() ? null : versus;
		int value = rs.getInt("choice_value");
		return new Row(rs.getString("id"), registrationId,
				perspective == null ? null : CountryRole.valueOf(perspective), consistency,
				noChoice ? null : new Vote.Choice(option, versusId, value));
	}

}
