package org.migracap.workshop.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.FocusArea;
import org.migracap.workshop.domain.counting.Ahp;
import org.migracap.workshop.domain.counting.Borda;
import org.migracap.workshop.domain.counting.RankedBallot;
import org.migracap.workshop.domain.counting.Rankings;
import org.migracap.workshop.domain.counting.Schulze;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ballots of a workshop and their counting. A ballot asks for a ranking (counted by the Schulze method with the Borda
 * count beside it), for pairwise comparisons (aggregated by AHP: geometric mean of the individual judgments, principal
 * eigenvector, consistency ratio; a participant above 0.1 is told which judgment to revisit and may revise), or for
 * approvals. Each confirmed participant votes once; an open ballot's vote can be changed while the ballot is open, a
 * secret ballot's vote is stored apart from the voter and is final. Results are split by perspective (origin, transit,
 * destination) with the Kendall tau distance between the perspectives' rankings.
 */
@Service("workshopBallotService")
public class BallotService {

	public static final int MAX_OPTIONS = 20;

	private final WorkshopAccess access;

	private final Ballots ballots;

	private final BallotOptions options;

	private final RegistrationService registrations;

	private final Registrations registrationRecords;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final WorkshopSettings settings;

	private final PartnerModules partners;

	BallotService(WorkshopAccess access, Ballots ballots, BallotOptions options, RegistrationService registrations,
			Registrations registrationRecords, JdbcClient jdbc, MessageSource messages, WorkshopSettings settings,
			PartnerModules partners) {
		this.access = access;
		this.ballots = ballots;
		this.options = options;
		this.registrations = registrations;
		this.registrationRecords = registrationRecords;
		this.jdbc = jdbc;
		this.messages = messages;
		this.settings = settings;
		this.partners = partners;
	}

	public record BallotCommand(BallotKind kind, Texts title, Texts question, boolean secret,
			@Nullable Integer maxApprovals, boolean areaOptions, List<Texts> customOptions) {
	}

	public record OptionView(long id, int index, String label, Texts labels, @Nullable FocusArea area) {
	}

	public record BallotView(long id, long version, BallotKind kind, String title, String question, Texts titles,
			Texts questions, boolean secret, BallotStatus status, @Nullable Integer maxApprovals,
			List<OptionView> options, int votes, int eligible, @Nullable Instant openedAt, @Nullable Instant closedAt,
			@Nullable Long appliedScenarioId, boolean areaBallot, List<String> languages) {

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

	public record PerspectiveResult(Perspective perspective, int voters, boolean hidden, List<List<OptionView>> tiers,
			double[] scores) {
	}

	public record Disagreement(Perspective a, Perspective b, double distance) {
	}

	public record OpenVote(String name, @Nullable Perspective perspective, String summary) {
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

	private record StoredVote(@Nullable Long registrationId, @Nullable Perspective perspective, @Nullable String ranking,
			@Nullable String approvals, @Nullable String judgments, @Nullable Double consistencyRatio) {
	}

	@Transactional(readOnly = true)
	public List<BallotView> list(long workshopId, Optional<CurrentUser> viewer, Locale locale) {
		Workshop workshop = access.visible(workshopId, viewer);
		return ballots.findByWorkshopIdOrderByIdAsc(workshopId)
			.stream()
			.filter(b -> b.status != BallotStatus.DRAFT || viewer.map(u -> WorkshopAccess.canManage(workshop, u)).orElse(false))
			.map(b -> view(workshop, b, locale))
			.toList();
	}

	@Transactional(readOnly = true)
	public BallotView ballot(long workshopId, long ballotId, Optional<CurrentUser> viewer, Locale locale) {
		Workshop workshop = access.visible(workshopId, viewer);
		Ballot ballot = ballot(workshop, ballotId);
		if (ballot.status == BallotStatus.DRAFT && !viewer.map(u -> WorkshopAccess.canManage(workshop, u)).orElse(false)) {
			throw NotFoundException.of("ballot", ballotId);
		}
		return view(workshop, ballot, locale);
	}

	BallotView view(Workshop workshop, Ballot b, Locale locale) {
		List<OptionView> optionViews = optionViews(workshop, b.id(), locale);
		boolean areaBallot = !optionViews.isEmpty() && optionViews.stream().allMatch(o -> o.area() != null);
		int votes = jdbc.sql("select count(*) from workshop.ballot_voter where ballot_id = :b")
			.param("b", b.id())
			.query(Integer.class)
			.single();
		return new BallotView(b.id(), b.version, b.kind, b.title().resolve(locale, workshop.languages),
				b.question().resolve(locale, workshop.languages), b.title(), b.question(), b.secret, b.status,
				b.maxApprovals, optionViews, votes, registrations.confirmed(workshop.id()).size(), b.openedAt,
				b.closedAt, b.appliedScenarioId, areaBallot, List.copyOf(workshop.languages));
	}

	private List<OptionView> optionViews(Workshop workshop, long ballotId, Locale locale) {
		List<BallotOption> list = options.findByBallotIdOrderBySortOrderAscIdAsc(ballotId);
		List<OptionView> views = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			BallotOption o = list.get(i);
			views.add(new OptionView(o.id(), i, o.label().resolve(locale, workshop.languages), o.label(),
					o.areaCode == null ? null : FocusArea.of(o.areaCode)));
		}
		return views;
	}

	public List<Pair> pairs(BallotView ballot) {
		List<Pair> pairs = new ArrayList<>();
		for (int i = 0; i < ballot.options().size(); i++) {
			for (int j = i + 1; j < ballot.options().size(); j++) {
				pairs.add(new Pair(ballot.options().get(i), ballot.options().get(j)));
			}
		}
		return pairs;
	}

	@Transactional
	public long create(long workshopId, BallotCommand command, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		RegistrationService.requireText(workshop, command.title());
		if (command.kind() == BallotKind.APPROVAL && command.maxApprovals() != null && command.maxApprovals() < 1) {
			throw RuleViolationException.invalid("workshop.ballot.error.maxApprovals");
		}
		Ballot ballot = ballots.save(new Ballot(workshop.id(), command.kind(), command.title(), command.question(),
				command.secret()));
		ballot.maxApprovals = command.kind() == BallotKind.APPROVAL ? command.maxApprovals() : null;
		int order = 1;
		if (command.areaOptions()) {
			Set<FocusArea> areas = workshop.themes.size() >= 2 ? workshop.themes : Set.of(FocusArea.values());
			for (FocusArea area : FocusArea.values()) {
				if (areas.contains(area)) {
					options.save(new BallotOption(ballot.id(), order++, areaText(area), area.code()));
				}
			}
		}
		for (Texts label : command.customOptions()) {
			if (!label.isEmpty()) {
				options.save(new BallotOption(ballot.id(), order++, label, null));
			}
		}
		return ballot.id();
	}

	Texts areaText(FocusArea area) {
		return Texts.of(messages.getMessage(area.nameKey(), null, Locale.ENGLISH),
				messages.getMessage(area.nameKey(), null, Locale.FRENCH),
				messages.getMessage(area.nameKey(), null, Locale.of("es")));
	}

	@Transactional
	public void addOption(long workshopId, long ballotId, Texts label, @Nullable FocusArea area, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		Ballot ballot = ballot(workshop, ballotId);
		ballot.requireStatus(BallotStatus.DRAFT);
		Texts text = area != null && label.isEmpty() ? areaText(area) : label;
		RegistrationService.requireText(workshop, text);
		List<BallotOption> existing = options.findByBallotIdOrderBySortOrderAscIdAsc(ballotId);
		if (existing.size() >= MAX_OPTIONS) {
			throw RuleViolationException.invalid("workshop.ballot.error.tooManyOptions", MAX_OPTIONS);
		}
		if (area != null && existing.stream().anyMatch(o -> area.code().equals(o.areaCode))) {
			throw RuleViolationException.conflict("workshop.ballot.error.areaTwice", area.code());
		}
		int next = existing.stream().mapToInt(o -> o.sortOrder).max().orElse(0) + 1;
		options.save(new BallotOption(ballotId, next, text, area == null ? null : area.code()));
	}

	@Transactional
	public void removeOption(long workshopId, long ballotId, long optionId, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		Ballot ballot = ballot(workshop, ballotId);
		ballot.requireStatus(BallotStatus.DRAFT);
		BallotOption option = options.findById(optionId).filter(o -> o.ballotId == ballotId)
			.orElseThrow(() -> NotFoundException.of("option", optionId));
		options.delete(option);
	}

	@Transactional
	public void open(long workshopId, long ballotId, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		if (workshop.status != WorkshopStatus.PUBLISHED) {
			throw RuleViolationException.conflict("workshop.error.publishFirst");
		}
		Ballot ballot = ballot(workshop, ballotId);
		ballot.requireStatus(BallotStatus.DRAFT);
		int count = options.findByBallotIdOrderBySortOrderAscIdAsc(ballotId).size();
		if (count < 2) {
			throw RuleViolationException.invalid("workshop.ballot.error.fewOptions");
		}
		if (ballot.kind == BallotKind.PAIRWISE && count > Ahp.MAX_ITEMS) {
			throw RuleViolationException.invalid("workshop.ballot.error.tooManyForAhp", Ahp.MAX_ITEMS);
		}
		ballot.status = BallotStatus.OPEN;
		ballot.openedAt = Instant.now();
		ballots.save(ballot);
	}

	@Transactional
	public void close(long workshopId, long ballotId, CurrentUser user) {
		Workshop workshop = access.managed(workshopId, user);
		Ballot ballot = ballot(workshop, ballotId);
		ballot.requireStatus(BallotStatus.OPEN);
		ballot.status = BallotStatus.CLOSED;
		ballot.closedAt = Instant.now();
		ballots.save(ballot);
	}

	@Transactional
	public void delete(long workshopId, long ballotId, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		Ballot ballot = ballot(workshop, ballotId);
		ballot.requireStatus(BallotStatus.DRAFT);
		options.deleteAll(options.findByBallotIdOrderBySortOrderAscIdAsc(ballotId));
		ballots.delete(ballot);
	}

	@Transactional(readOnly = true)
	public MyVote myVote(long workshopId, long ballotId, CurrentUser user) {
		Workshop workshop = access.visible(workshopId, Optional.of(user));
		Ballot ballot = ballot(workshop, ballotId);
		Optional<Registration> registration = registrations.confirmedRegistration(workshopId, user);
		if (registration.isEmpty()) {
			return new MyVote(false, false, Map.of(), Set.of(), Map.of(), null);
		}
		boolean voted = voted(ballotId, registration.get().id());
		if (!voted || ballot.secret) {
			return new MyVote(voted, !voted && ballot.status == BallotStatus.OPEN, Map.of(), Set.of(), Map.of(), null);
		}
		StoredVote vote = jdbc.sql("""
				select registration_id, perspective, ranking, approvals, judgments, consistency_ratio
				from workshop.ballot_vote where ballot_id = :b and registration_id = :r""")
			.param("b", ballotId)
			.param("r", registration.get().id())
			.query(BallotService::stored)
			.single();
		return new MyVote(true, ballot.status == BallotStatus.OPEN, parseRanks(vote.ranking()),
				parseIds(vote.approvals()), parseJudgmentSteps(vote.judgments()), vote.consistencyRatio());
	}

	/** Records the user's vote; a confirmed registration is the right to vote. */
	@Transactional
	public VoteOutcome vote(long workshopId, long ballotId, VoteCommand command, CurrentUser user, Locale locale) {
		Workshop workshop = access.visible(workshopId, Optional.of(user));
		Ballot ballot = ballot(workshop, ballotId);
		if (ballot.status != BallotStatus.OPEN) {
			throw RuleViolationException.conflict("workshop.vote.error.notOpen");
		}
		Registration registration = registrations.confirmedRegistration(workshopId, user)
			.orElseThrow(() -> RuleViolationException.conflict("workshop.vote.error.notRegistered"));
		return cast(workshop, ballot, registration, command, locale);
	}

	/**
	 * A facilitator records the paper ballot of a confirmed participant who has no account (registered on their
	 * behalf); participants with an account vote themselves.
	 */
	@Transactional
	public VoteOutcome recordPaperBallot(long workshopId, long ballotId, long registrationId, VoteCommand command,
			CurrentUser manager, Locale locale) {
		Workshop workshop = access.managed(workshopId, manager);
		Ballot ballot = ballot(workshop, ballotId);
		if (ballot.status != BallotStatus.OPEN) {
			throw RuleViolationException.conflict("workshop.vote.error.notOpen");
		}
		Registration registration = registrationRecords.findById(registrationId)
			.filter(r -> r.workshopId == workshopId && r.status == RegistrationStatus.CONFIRMED)
			.orElseThrow(() -> NotFoundException.of("registration", registrationId));
		if (registration.userId != null) {
			throw RuleViolationException.conflict("workshop.vote.error.hasAccount");
		}
		return cast(workshop, ballot, registration, command, locale);
	}

	/** Confirmed participants without an account who have not voted on the ballot yet (for paper ballots). */
	@Transactional(readOnly = true)
	public List<RegistrationService.RegistrationView> paperVoters(long workshopId, long ballotId, CurrentUser manager,
			Locale locale) {
		access.managed(workshopId, manager);
		return registrations.confirmed(workshopId)
			.stream()
			.filter(r -> r.userId == null && !voted(ballotId, r.id()))
			.map(r -> registrations.view(r, locale))
			.toList();
	}

	VoteOutcome cast(Workshop workshop, Ballot ballot, Registration registration, VoteCommand command, Locale locale) {
		List<OptionView> optionList = optionViews(workshop, ballot.id(), locale);
		Set<Long> ids = optionList.stream().map(OptionView::id).collect(Collectors.toSet());
		String ranking = null;
		String approvals = null;
		String judgments = null;
		Double cr = null;
		switch (ballot.kind) {
			case RANKED -> {
				Map<Long, Integer> ranks = new LinkedHashMap<>();
				command.ranks().forEach((option, rank) -> {
					if (!ids.contains(option)) {
						throw NotFoundException.of("option", option);
					}
					if (rank != null) {
						if (rank < 1 || rank > optionList.size()) {
							throw RuleViolationException.invalid("workshop.vote.error.rankRange", optionList.size());
						}
						ranks.put(option, rank);
					}
				});
				if (ranks.isEmpty()) {
					throw RuleViolationException.invalid("workshop.vote.error.nothingRanked");
				}
				ranking = ranks.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
			}
			case APPROVAL -> {
				if (!ids.containsAll(command.approvals())) {
					throw NotFoundException.of("option", command.approvals());
				}
				if (command.approvals().isEmpty()) {
					throw RuleViolationException.invalid("workshop.vote.error.nothingApproved");
				}
				if (ballot.maxApprovals != null && command.approvals().size() > ballot.maxApprovals) {
					throw RuleViolationException.invalid("workshop.vote.error.tooManyApprovals", ballot.maxApprovals);
				}
				approvals = command.approvals().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
			}
			case PAIRWISE -> {
				int n = optionList.size();
				double[] upper = new double[n * (n - 1) / 2];
				List<String> parts = new ArrayList<>();
				int k = 0;
				for (int i = 0; i < n; i++) {
					for (int j = i + 1; j < n; j++) {
						String key = optionList.get(i).id() + "-" + optionList.get(j).id();
						Integer step = command.judgments().get(key);
						if (step == null || step == 0 || step == -1 || Math.abs(step) > 9) {
							throw new JudgmentMissingException(key);
						}
						upper[k++] = value(step);
						parts.add(key + ":" + step);
					}
				}
				double[][] matrix = Ahp.fromUpperTriangle(n, upper);
				Ahp.Priorities priorities = Ahp.priorities(matrix);
				cr = priorities.consistencyRatio();
				if (!priorities.consistent() && !command.acceptInconsistent()) {
					Ahp.Revision revision = Ahp.mostInconsistent(matrix, priorities.weights());
					return new VoteOutcome.Inconsistent(cr, optionList.get(revision.i()), optionList.get(revision.j()),
							revision.given(), revision.suggested());
				}
				judgments = String.join(";", parts);
			}
		}
		boolean replaced = false;
		Timestamp now = Timestamp.from(Instant.now());
		if (voted(ballot.id(), registration.id())) {
			if (ballot.secret) {
				throw RuleViolationException.conflict("workshop.vote.error.alreadyVoted");
			}
			jdbc.sql("delete from workshop.ballot_vote where ballot_id = :b and registration_id = :r")
				.param("b", ballot.id())
				.param("r", registration.id())
				.update();
			jdbc.sql("update workshop.ballot_voter set voted_at = :at where ballot_id = :b and registration_id = :r")
				.param("at", now)
				.param("b", ballot.id())
				.param("r", registration.id())
				.update();
			replaced = true;
		}
		else {
			jdbc.sql("insert into workshop.ballot_voter (ballot_id, registration_id, voted_at) values (:b, :r, :at)")
				.param("b", ballot.id())
				.param("r", registration.id())
				.param("at", now)
				.update();
		}
		Perspective perspective = registrations.perspectiveOf(registration);
		jdbc.sql("""
				insert into workshop.ballot_vote (id, ballot_id, registration_id, perspective, ranking, approvals,
				  judgments, consistency_ratio, cast_at)
				values (:id, :b, :r, :p, :ranking, :approvals, :judgments, :cr, :at)""")
			.param("id", UUID.randomUUID().toString())
			.param("b", ballot.id())
			.param("r", ballot.secret ? null : registration.id())
			.param("p", perspective == null ? null : perspective.name())
			.param("ranking", ranking)
			.param("approvals", approvals)
			.param("judgments", judgments)
			.param("cr", cr)
			.param("at", ballot.secret ? null : now)
			.update();
		return new VoteOutcome.Recorded(replaced, cr);
	}

	private boolean voted(long ballotId, long registrationId) {
		return jdbc.sql("select count(*) from workshop.ballot_voter where ballot_id = :b and registration_id = :r")
			.param("b", ballotId)
			.param("r", registrationId)
			.query(Integer.class)
			.single() > 0;
	}

	/** Saaty value of a signed step: 1 → 1, 3 → 3, −3 → 1/3. */
	public static double value(int step) {
		return step > 0 ? step : 1.0 / -step;
	}

	/** Results for managers at any time (live), for other signed-in users once the ballot is closed. */
	@Transactional(readOnly = true)
	public Optional<BallotResults> results(long workshopId, long ballotId, Optional<CurrentUser> viewer, Locale locale) {
		Workshop workshop = access.visible(workshopId, viewer);
		Ballot ballot = ballot(workshop, ballotId);
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
		BallotView view = view(workshop, ballot, locale);
		List<OptionView> optionList = view.options();
		int n = optionList.size();
		List<StoredVote> votes = jdbc.sql("""
				select registration_id, perspective, ranking, approvals, judgments, consistency_ratio
				from workshop.ballot_vote where ballot_id = :b order by id""")
			.param("b", ballot.id())
			.query(BallotService::stored)
			.list();
		Map<Long, Integer> index = new HashMap<>();
		optionList.forEach(o -> index.put(o.id(), o.index()));
		Tally overall = tally(ballot.kind, n, votes, index);
		List<PerspectiveResult> perspectives = new ArrayList<>();
		Map<Perspective, int[]> positions = new EnumMap<>(Perspective.class);
		for (Perspective perspective : Perspective.values()) {
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
		List<Perspective> shown = new ArrayList<>(positions.keySet());
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
					parseRanks(vote.ranking()).forEach((option, r) -> {
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
					for (long option : parseIds(vote.approvals())) {
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
					matrices.add(matrix(n, vote.judgments(), index));
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

	static double[][] matrix(int n, @Nullable String judgments, Map<Long, Integer> index) {
		double[][] m = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				m[i][j] = 1;
			}
		}
		parseJudgmentSteps(judgments).forEach((key, step) -> {
			String[] ids = key.split("-");
			Integer a = index.get(Long.valueOf(ids[0]));
			Integer b = index.get(Long.valueOf(ids[1]));
			if (a != null && b != null) {
				m[a][b] = value(step);
				m[b][a] = 1 / value(step);
			}
		});
		return m;
	}

	private static String summary(BallotKind kind, StoredVote vote, List<OptionView> optionList) {
		Map<Long, String> labels = new HashMap<>();
		optionList.forEach(o -> labels.put(o.id(), o.label()));
		return switch (kind) {
			case RANKED -> parseRanks(vote.ranking()).entrySet()
				.stream()
				.sorted(Map.Entry.comparingByValue())
				.map(e -> e.getValue() + ". " + labels.getOrDefault(e.getKey(), "?"))
				.collect(Collectors.joining(" · "));
			case APPROVAL -> parseIds(vote.approvals()).stream()
				.map(id -> labels.getOrDefault(id, "?"))
				.collect(Collectors.joining(" · "));
			case PAIRWISE -> vote.consistencyRatio() == null ? "" : String.format(Locale.ROOT, "CR %.3f", vote.consistencyRatio());
		};
	}

	private static List<List<OptionView>> options(List<List<Integer>> tiers, List<OptionView> optionList) {
		return tiers.stream().map(tier -> tier.stream().map(optionList::get).toList()).toList();
	}

	/** Area weights of a closed ballot whose options are all focus areas, for a planning scenario. */
	@Transactional(readOnly = true)
	public Map<FocusArea, Double> areaWeights(long workshopId, long ballotId, CurrentUser user, Locale locale) {
		Workshop workshop = access.managed(workshopId, user);
		Ballot ballot = ballot(workshop, ballotId);
		ballot.requireStatus(BallotStatus.CLOSED);
		BallotResults results = count(workshop, ballot, locale);
		if (results.areaWeights().isEmpty()) {
			throw RuleViolationException.conflict("workshop.ballot.error.notAreaBallot");
		}
		return results.areaWeights();
	}

	/** Sets a planning scenario's area weights from a closed area ballot. */
	@Transactional
	public void applyToScenario(long workshopId, long ballotId, long scenarioId, CurrentUser user, Locale locale) {
		Workshop workshop = access.managed(workshopId, user);
		Ballot ballot = ballot(workshop, ballotId);
		ballot.requireStatus(BallotStatus.CLOSED);
		BallotResults results = count(workshop, ballot, locale);
		if (results.areaWeights().isEmpty()) {
			throw RuleViolationException.conflict("workshop.ballot.error.notAreaBallot");
		}
		partners.applyAreaWeights(scenarioId, results.planningWeights(), "workshop:" + workshopId + " vote " + ballotId,
				user);
		ballot.appliedScenarioId = scenarioId;
		ballots.save(ballot);
	}

	/** The last closed ballot of a workshop whose options are all areas, counted; for the conclusion event. */
	Optional<BallotResults> lastAreaResult(Workshop workshop, Locale locale) {
		List<Ballot> closed = new ArrayList<>(ballots.findByWorkshopIdOrderByIdAsc(workshop.id())
			.stream()
			.filter(b -> b.status == BallotStatus.CLOSED)
			.toList());
		java.util.Collections.reverse(closed);
		for (Ballot ballot : closed) {
			BallotResults results = count(workshop, ballot, locale);
			if (!results.areaWeights().isEmpty()) {
				return Optional.of(results);
			}
		}
		return Optional.empty();
	}

	List<Ballot> ballotsOf(long workshopId) {
		return ballots.findByWorkshopIdOrderByIdAsc(workshopId);
	}

	private Ballot ballot(Workshop workshop, long ballotId) {
		return ballots.findById(ballotId)
			.filter(b -> b.workshopId == workshop.id())
			.orElseThrow(() -> NotFoundException.of("ballot", ballotId));
	}

	private Workshop editable(long workshopId, CurrentUser user) {
		Workshop workshop = access.managed(workshopId, user);
		workshop.requireNotConcluded();
		return workshop;
	}

	private static StoredVote stored(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
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
