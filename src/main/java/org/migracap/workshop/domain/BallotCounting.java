package org.migracap.workshop.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.migracap.mobility.CountryRole;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.reference.FocusArea;
import org.migracap.workshop.domain.BallotService.BallotResults;
import org.migracap.workshop.domain.BallotService.BallotView;
import org.migracap.workshop.domain.BallotService.Disagreement;
import org.migracap.workshop.domain.BallotService.OpenVote;
import org.migracap.workshop.domain.BallotService.OptionView;
import org.migracap.workshop.domain.BallotService.PerspectiveResult;
import org.migracap.workshop.domain.StoredVotes.StoredVote;
import org.migracap.workshop.domain.counting.Ahp;
import org.migracap.workshop.domain.counting.Borda;
import org.migracap.workshop.domain.counting.RankedBallot;
import org.migracap.workshop.domain.counting.Rankings;
import org.migracap.workshop.domain.counting.Schulze;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counting a ballot: rankings by the Schulze method with the Borda count beside it, pairwise comparisons by AHP
 * (geometric mean of the judgments), approvals by count; split by perspective with the Kendall tau distance between
 * the perspectives' rankings, small groups of a secret ballot hidden; and the area weights of a ballot on areas.
 */
@Service
public class BallotCounting {

	private final WorkshopAccess access;

	private final BallotAdministration administration;

	private final Registrations registrationRecords;

	private final StoredVotes storedVotes;

	private final WorkshopSettings settings;

	BallotCounting(WorkshopAccess access, BallotAdministration administration, Registrations registrationRecords,
			StoredVotes storedVotes, WorkshopSettings settings) {
		this.access = access;
		this.administration = administration;
		this.registrationRecords = registrationRecords;
		this.storedVotes = storedVotes;
		this.settings = settings;
	}

	/** Results for managers at any time (live), for other signed-in users once the ballot is closed. */
	@Transactional(readOnly = true)
	public Optional<BallotResults> results(long workshopId, long ballotId, Optional<CurrentUser> viewer, Locale locale) {
		Workshop workshop = access.visible(workshopId, viewer);
		Ballot ballot = administration.find(workshop, ballotId);
		boolean manager = viewer.map(u -> WorkshopAccess.canManage(workshop, u)).orElse(false);
		if (!manager && ballot.status != BallotStatus.CLOSED) {
			if (ballot.status == BallotStatus.DRAFT) {
				throw NotFoundException.of("ballot", ballotId);
			}
			return Optional.empty();
		}
		return Optional.of(count(workshop, ballot, locale));
	}

	BallotResults count(Workshop workshop, Ballot ballot, Locale locale) {
		BallotView view = administration.view(workshop, ballot, locale);
		List<OptionView> optionList = view.options();
		int n = optionList.size();
		List<StoredVote> votes = storedVotes.all(ballot.id());
		Map<Long, Integer> index = new HashMap<>();
		optionList.forEach(o -> index.put(o.id(), o.index()));
		Tally overall = tally(ballot.kind, n, votes, index);
		List<PerspectiveResult> perspectives = new ArrayList<>();
		Map<CountryRole, int[]> positions = new EnumMap<>(CountryRole.class);
		for (CountryRole perspective : CountryRole.values()) {
			List<StoredVote> group = votes.stream().filter(v -> v.perspective() == perspective).toList();
			if (group.isEmpty()) {
				continue;
			}
			boolean hidden = ballot.secret && group.size() < settings.secretMinGroup();
			Tally tally = tally(ballot.kind, n, group, index);
			perspectives.add(new PerspectiveResult(perspective, group.size(), hidden,
					hidden ? List.of() : options(tally.tiers(), optionList), hidden ? new double[0] : tally.scores()));
			if (!hidden) {
				positions.put(perspective, Rankings.positions(n, tally.tiers()));
			}
		}
		List<Disagreement> disagreements = new ArrayList<>();
		List<CountryRole> shown = new ArrayList<>(positions.keySet());
		for (int i = 0; i < shown.size(); i++) {
			for (int j = i + 1; j < shown.size(); j++) {
				disagreements.add(new Disagreement(shown.get(i), shown.get(j),
						Rankings.kendallTauDistance(positions.get(shown.get(i)), positions.get(shown.get(j)))));
			}
		}
		Double mean = disagreements.isEmpty() ? null
				: disagreements.stream().mapToDouble(Disagreement::distance).average().orElse(0);
		List<OpenVote> openVotes = new ArrayList<>();
		if (!ballot.secret) {
			Map<Long, String> names = new HashMap<>();
			registrationRecords.findByWorkshopIdOrderByRegisteredAtAscIdAsc(workshop.id())
				.forEach(r -> names.put(r.id(), r.name));
			for (StoredVote vote : votes) {
				openVotes.add(new OpenVote(names.getOrDefault(vote.registrationId(), "?"), vote.perspective(),
						summary(ballot.kind, vote, optionList)));
			}
		}
		Map<FocusArea, Double> areaWeights = new EnumMap<>(FocusArea.class);
		if (view.areaBallot() && !votes.isEmpty()) {
			double[] weights = switch (ballot.kind) {
				case PAIRWISE -> overall.scores();
				case RANKED -> Rankings.rankOrderCentroid(n, overall.tiers());
				case APPROVAL -> normalise(overall.scores());
			};
			for (OptionView option : optionList) {
				areaWeights.put(Objects.requireNonNull(option.area()), weights[option.index()]);
			}
		}
		int withoutPerspective = (int) votes.stream().filter(v -> v.perspective() == null).count();
		return new BallotResults(view, votes.size(), view.eligible(), optionList, options(overall.tiers(), optionList),
				overall.scores(), overall.preferences(), overall.strongestPaths(), overall.borda(),
				overall.borda() == null ? null : options(Borda.tiers(overall.borda()), optionList),
				overall.groupCr(), overall.consistentVoters(), perspectives, disagreements, mean, withoutPerspective,
				openVotes, areaWeights);
	}

	private record Tally(List<List<Integer>> tiers, double[] scores, @Nullable int[][] preferences,
			@Nullable int[][] strongestPaths, @Nullable double[] borda, @Nullable Double groupCr, int consistentVoters) {
	}

	private static Tally tally(BallotKind kind, int n, List<StoredVote> votes, Map<Long, Integer> index) {
		switch (kind) {
			case RANKED -> {
				List<RankedBallot> ballots = new ArrayList<>();
				for (StoredVote vote : votes) {
					int[] rank = new int[n];
					java.util.Arrays.fill(rank, RankedBallot.UNRANKED);
					vote.vote().ranks().forEach((option, r) -> {
						Integer i = index.get(option);
						if (i != null) {
							rank[i] = r;
						}
					});
					ballots.add(new RankedBallot(rank, 1));
				}
				Schulze.Result schulze = Schulze.count(n, ballots);
				double[] borda = Borda.scores(n, ballots);
				double[] wins = new double[n];
				for (int i = 0; i < n; i++) {
					for (int j = 0; j < n; j++) {
						if (i != j && schulze.beats(i, j)) {
							wins[i]++;
						}
					}
				}
				return new Tally(schulze.tiers(), wins, schulze.preferences(), schulze.strongestPaths(), borda, null, 0);
			}
			case APPROVAL -> {
				double[] counts = new double[n];
				for (StoredVote vote : votes) {
					for (long option : vote.vote().approvals()) {
						Integer i = index.get(option);
						if (i != null) {
							counts[i]++;
						}
					}
				}
				return new Tally(Rankings.tiersByScore(counts), counts, null, null, null, null, 0);
			}
			default -> {
				if (votes.isEmpty()) {
					double[] equal = new double[n];
					java.util.Arrays.fill(equal, 1.0 / Math.max(n, 1));
					return new Tally(Rankings.tiersByScore(equal), equal, null, null, null, null, 0);
				}
				List<double[][]> matrices = new ArrayList<>();
				int consistent = 0;
				for (StoredVote vote : votes) {
					matrices.add(matrix(n, vote.vote(), index));
					if (vote.consistencyRatio() != null && vote.consistencyRatio() <= Ahp.ACCEPTABLE_CR + 1e-12) {
						consistent++;
					}
				}
				Ahp.Priorities group = Ahp.priorities(Ahp.geometricMean(matrices));
				return new Tally(Rankings.tiersByScore(round(group.weights())), group.weights(), null, null, null,
						group.consistencyRatio(), consistent);
			}
		}
	}

	private static double[] round(double[] weights) {
		double[] rounded = new double[weights.length];
		for (int i = 0; i < weights.length; i++) {
			rounded[i] = Math.round(weights[i] * 1e9) / 1e9;
		}
		return rounded;
	}

	private static double[] normalise(double[] values) {
		double sum = 0;
		for (double v : values) {
			sum += v;
		}
		double[] out = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = sum == 0 ? 0 : values[i] / sum;
		}
		return out;
	}

	static double[][] matrix(int n, Vote vote, Map<Long, Integer> index) {
		double[][] m = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				m[i][j] = 1;
			}
		}
		for (Vote.Choice judgment : vote.choices()) {
			Integer a = index.get(judgment.option());
			Integer b = judgment.versus() == null ? null : index.get(judgment.versus());
			if (a != null && b != null) {
				m[a][b] = BallotService.value(judgment.value());
				m[b][a] = 1 / BallotService.value(judgment.value());
			}
		}
		return m;
	}

	private static String summary(BallotKind kind, StoredVote vote, List<OptionView> optionList) {
		Map<Long, String> labels = new HashMap<>();
		optionList.forEach(o -> labels.put(o.id(), o.label()));
		return switch (kind) {
			case RANKED -> vote.vote().ranks().entrySet()
				.stream()
				.sorted(Map.Entry.comparingByValue())
				.map(e -> e.getValue() + ". " + labels.getOrDefault(e.getKey(), "?"))
				.collect(Collectors.joining(" · "));
			case APPROVAL -> vote.vote().approvals().stream()
				.map(id -> labels.getOrDefault(id, "?"))
				.collect(Collectors.joining(" · "));
			case PAIRWISE -> vote.consistencyRatio() == null ? "" : String.format(Locale.ROOT, "CR %.3f", vote.consistencyRatio());
		};
	}

	private static List<List<OptionView>> options(List<List<Integer>> tiers, List<OptionView> optionList) {
		return tiers.stream().map(tier -> tier.stream().map(optionList::get).toList()).toList();
	}

}
