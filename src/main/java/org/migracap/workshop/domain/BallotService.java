package org.migracap.workshop.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.mobility.CountryRole;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Text;
import org.migracap.reference.FocusArea;
import org.springframework.stereotype.Service;

/**
 * The ballots of a workshop as the pages and the API see them: the records they exchange, and one entry point that
 * hands each call to the service of what the person is doing: {@link BallotAdministration} (create, edit, open,
 * close), {@link VoteCasting} (vote, paper ballots), {@link BallotCounting} (results) and {@link BallotWeights} (area
 * weights to planning). A ballot asks for a ranking (Schulze with Borda beside it), for pairwise comparisons (AHP) or
 * for approvals; see ADR workshop-03.
 */
@Service("workshopBallotService")
public class BallotService {

	public static final int MAX_OPTIONS = 20;

	private final BallotAdministration administration;

	private final VoteCasting casting;

	private final BallotCounting counting;

	private final BallotWeights weights;

	BallotService(BallotAdministration administration, VoteCasting casting, BallotCounting counting,
			BallotWeights weights) {
		this.administration = administration;
		this.casting = casting;
		this.counting = counting;
		this.weights = weights;
	}

	public record BallotCommand(BallotKind kind, Text title, Text question, boolean secret,
			@Nullable Integer maxApprovals, boolean areaOptions, List<Text> customOptions) {
	}

	public record OptionView(long id, int index, String label, Text labels, @Nullable FocusArea area) {
	}

	public record BallotView(long id, long version, BallotKind kind, String title, String question, Text titles,
			Text questions, boolean secret, BallotStatus status, @Nullable Integer maxApprovals,
			List<OptionView> options, int votes, int eligible, @Nullable Instant openedAt, @Nullable Instant closedAt,
			@Nullable Long appliedScenarioId, @Nullable Long weightsSentScenarioId, @Nullable String weightsRefused,
			boolean areaBallot, List<String> languages) {

		/** The weights were sent to planning (ADR workshop-06), which has not answered yet. */
		public boolean weightsPending() {
			return weightsSentScenarioId != null && weightsRefused == null;
		}

		public boolean open() {
			return status == BallotStatus.OPEN;
		}

		public boolean closed() {
			return status == BallotStatus.CLOSED;
		}

		public int pairs() {
			return options.size() * (options.size() - 1) / 2;
		}

	}

	/** A pair of options to compare, in the order the judgment is stored (a before b). */
	public record Pair(OptionView a, OptionView b) {

		public String key() {
			return a.id() + "-" + b.id();
		}

	}

	/**
	 * A vote. Ranks: option id → 1-based rank (equal ranks are ties, missing options are unranked). Judgments: pair key
	 * {@code a-b} → how much more important a is than b on Saaty's scale, as a signed step: 1 equal, 2…9 a more
	 * important, −2…−9 b more important.
	 */
	public record VoteCommand(Map<Long, Integer> ranks, Set<Long> approvals, Map<String, Integer> judgments,
			boolean acceptInconsistent) {
	}

	public sealed interface VoteOutcome {

		record Recorded(boolean replaced, @Nullable Double consistencyRatio) implements VoteOutcome {
		}

		/** The judgments are too inconsistent (CR &gt; 0.1); nothing was stored. */
		record Inconsistent(double consistencyRatio, OptionView a, OptionView b, double given, double suggested)
				implements VoteOutcome {
		}

	}

	public record MyVote(boolean voted, boolean changeable, Map<Long, Integer> ranks, Set<Long> approvals,
			Map<String, Integer> judgments, @Nullable Double consistencyRatio) {
	}

	public record PerspectiveResult(CountryRole perspective, int voters, boolean hidden, List<List<OptionView>> tiers,
			double[] scores) {
	}

	public record Disagreement(CountryRole a, CountryRole b, double distance) {
	}

	public record OpenVote(String name, @Nullable CountryRole perspective, String summary) {
	}

	public record BallotResults(BallotView ballot, int voters, int eligible, List<OptionView> options,
			List<List<OptionView>> tiers, double[] scores, @Nullable int[][] preferences,
			@Nullable int[][] strongestPaths, @Nullable double[] borda, @Nullable List<List<OptionView>> bordaTiers,
			@Nullable Double groupConsistencyRatio, int consistentVoters, List<PerspectiveResult> perspectives,
			List<Disagreement> disagreements, @Nullable Double meanDisagreement, int withoutPerspective,
			List<OpenVote> openVotes, Map<FocusArea, Double> areaWeights) {

		public boolean empty() {
			return voters == 0;
		}

		/**
		 * The area weights on the planning module's scale, where an area it is not given keeps weight 1: scaled so
		 * that the voted areas average 1 (their shares times their number), rounded to three decimals.
		 */
		public Map<FocusArea, Double> planningWeights() {
			Map<FocusArea, Double> scaled = new EnumMap<>(FocusArea.class);
			int n = areaWeights.size();
			areaWeights.forEach((area, weight) -> scaled.put(area, Math.round(weight * n * 1000) / 1000.0));
			return scaled;
		}

	}

	public List<BallotView> list(long workshopId, Optional<CurrentUser> viewer, Locale locale) {
		return administration.list(workshopId, viewer, locale);
	}

	public BallotView ballot(long workshopId, long ballotId, Optional<CurrentUser> viewer, Locale locale) {
		return administration.ballot(workshopId, ballotId, viewer, locale);
	}

	BallotView view(Workshop workshop, Ballot ballot, Locale locale) {
		return administration.view(workshop, ballot, locale);
	}

	public List<Pair> pairs(BallotView ballot) {
		return administration.pairs(ballot);
	}

	public long create(long workshopId, BallotCommand command, CurrentUser user) {
		return administration.create(workshopId, command, user);
	}

	public void addOption(long workshopId, long ballotId, Text label, @Nullable FocusArea area, CurrentUser user) {
		administration.addOption(workshopId, ballotId, label, area, user);
	}

	public void removeOption(long workshopId, long ballotId, long optionId, CurrentUser user) {
		administration.removeOption(workshopId, ballotId, optionId, user);
	}

	public void open(long workshopId, long ballotId, CurrentUser user) {
		administration.open(workshopId, ballotId, user);
	}

	public void close(long workshopId, long ballotId, CurrentUser user) {
		administration.close(workshopId, ballotId, user);
	}

	public void delete(long workshopId, long ballotId, CurrentUser user) {
		administration.delete(workshopId, ballotId, user);
	}

	List<Ballot> ballotsOf(long workshopId) {
		return administration.ballotsOf(workshopId);
	}

	public MyVote myVote(long workshopId, long ballotId, CurrentUser user) {
		return casting.myVote(workshopId, ballotId, user);
	}

	/** Records the user's vote; a confirmed registration is the right to vote. */
	public VoteOutcome vote(long workshopId, long ballotId, VoteCommand command, CurrentUser user, Locale locale) {
		return casting.vote(workshopId, ballotId, command, user, locale);
	}

	/** A facilitator records the paper ballot of a confirmed participant who has no account. */
	public VoteOutcome recordPaperBallot(long workshopId, long ballotId, long registrationId, VoteCommand command,
			CurrentUser manager, Locale locale) {
		return casting.recordPaperBallot(workshopId, ballotId, registrationId, command, manager, locale);
	}

	public List<RegistrationService.RegistrationView> paperVoters(long workshopId, long ballotId, CurrentUser manager,
			Locale locale) {
		return casting.paperVoters(workshopId, ballotId, manager, locale);
	}

	VoteOutcome cast(Workshop workshop, Ballot ballot, Registration registration, VoteCommand command, Locale locale) {
		return casting.cast(workshop, ballot, registration, command, locale);
	}

	/** Results for managers at any time (live), for other signed-in users once the ballot is closed. */
	public Optional<BallotResults> results(long workshopId, long ballotId, Optional<CurrentUser> viewer, Locale locale) {
		return counting.results(workshopId, ballotId, viewer, locale);
	}

	BallotResults count(Workshop workshop, Ballot ballot, Locale locale) {
		return counting.count(workshop, ballot, locale);
	}

	public Map<FocusArea, Double> areaWeights(long workshopId, long ballotId, CurrentUser user, Locale locale) {
		return weights.areaWeights(workshopId, ballotId, user, locale);
	}

	/** Sends a closed area ballot's weights to a planning scenario (ADR workshop-06); planning applies them later. */
	public void applyToScenario(long workshopId, long ballotId, long scenarioId, CurrentUser user, Locale locale) {
		weights.applyToScenario(workshopId, ballotId, scenarioId, user, locale);
	}

	Optional<BallotResults> lastAreaResult(Workshop workshop, Locale locale) {
		return weights.lastAreaResult(workshop, locale);
	}

	/** Saaty value of a signed step: 1 → 1, 3 → 3, −3 → 1/3. */
	public static double value(int step) {
		return step > 0 ? step : 1.0 / -step;
	}

	/** A pairwise ballot submitted without a judgment for one pair; shown next to that pair. */
	public static class JudgmentMissingException extends RuntimeException {

		private final String pair;

		JudgmentMissingException(String pair) {
			super("No judgment for pair " + pair);
			this.pair = pair;
		}

		public String pair() {
			return pair;
		}

	}

}
