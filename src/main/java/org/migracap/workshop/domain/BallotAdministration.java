package org.migracap.workshop.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.Text;
import org.migracap.reference.FocusArea;
import org.migracap.workshop.domain.BallotService.BallotCommand;
import org.migracap.workshop.domain.BallotService.BallotView;
import org.migracap.workshop.domain.BallotService.OptionView;
import org.migracap.workshop.domain.BallotService.Pair;
import org.migracap.workshop.domain.counting.Ahp;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a facilitator does with a ballot before and after the vote: creates it with its options (areas or own
 * labels), opens it once the workshop is published, closes or deletes it; and what anyone sees of it.
 */
@Service
public class BallotAdministration {

	private final WorkshopAccess access;

	private final Ballots ballots;

	private final BallotOptions options;

	private final RegistrationService registrations;

	private final StoredVotes votes;

	private final MessageSource messages;

	BallotAdministration(WorkshopAccess access, Ballots ballots, BallotOptions options,
			RegistrationService registrations, StoredVotes votes, MessageSource messages) {
		this.access = access;
		this.ballots = ballots;
		this.options = options;
		this.registrations = registrations;
		this.votes = votes;
		this.messages = messages;
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
		Ballot ballot = find(workshop, ballotId);
		if (ballot.status == BallotStatus.DRAFT && !viewer.map(u -> WorkshopAccess.canManage(workshop, u)).orElse(false)) {
			throw NotFoundException.of("ballot", ballotId);
		}
		return view(workshop, ballot, locale);
	}

	BallotView view(Workshop workshop, Ballot b, Locale locale) {
		List<OptionView> optionViews = optionViews(workshop, b.id(), locale);
		boolean areaBallot = !optionViews.isEmpty() && optionViews.stream().allMatch(o -> o.area() != null);
		return new BallotView(b.id(), b.version, b.kind, b.title().resolve(locale, workshop.languages),
				b.question().resolve(locale, workshop.languages), b.title(), b.question(), b.secret, b.status,
				b.maxApprovals, optionViews, votes.voters(b.id()), registrations.confirmed(workshop.id()).size(),
				b.openedAt, b.closedAt, b.appliedScenarioId, b.weightsSentScenarioId, b.weightsRefused, areaBallot, List.copyOf(workshop.languages));
	}

	List<OptionView> optionViews(Workshop workshop, long ballotId, Locale locale) {
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
		for (Text label : command.customOptions()) {
			if (!label.isEmpty()) {
				options.save(new BallotOption(ballot.id(), order++, label, null));
			}
		}
		return ballot.id();
	}

	Text areaText(FocusArea area) {
		return Text.of(messages.getMessage(area.nameKey(), null, Locale.ENGLISH),
				messages.getMessage(area.nameKey(), null, Locale.FRENCH),
				messages.getMessage(area.nameKey(), null, Locale.of("es")));
	}

	@Transactional
	public void addOption(long workshopId, long ballotId, Text label, @Nullable FocusArea area, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		Ballot ballot = find(workshop, ballotId);
		ballot.requireStatus(BallotStatus.DRAFT);
		Text text = area != null && label.isEmpty() ? areaText(area) : label;
		RegistrationService.requireText(workshop, text);
		List<BallotOption> existing = options.findByBallotIdOrderBySortOrderAscIdAsc(ballotId);
		if (existing.size() >= BallotService.MAX_OPTIONS) {
			throw RuleViolationException.invalid("workshop.ballot.error.tooManyOptions", BallotService.MAX_OPTIONS);
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
		Ballot ballot = find(workshop, ballotId);
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
		Ballot ballot = find(workshop, ballotId);
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
		Ballot ballot = find(workshop, ballotId);
		ballot.requireStatus(BallotStatus.OPEN);
		ballot.status = BallotStatus.CLOSED;
		ballot.closedAt = Instant.now();
		ballots.save(ballot);
	}

	@Transactional
	public void delete(long workshopId, long ballotId, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		Ballot ballot = find(workshop, ballotId);
		ballot.requireStatus(BallotStatus.DRAFT);
		options.deleteAll(options.findByBallotIdOrderBySortOrderAscIdAsc(ballotId));
		ballots.delete(ballot);
	}

	List<Ballot> ballotsOf(long workshopId) {
		return ballots.findByWorkshopIdOrderByIdAsc(workshopId);
	}

	void save(Ballot ballot) {
		ballots.save(ballot);
	}

	/** A ballot of any workshop, for an answer of another module (ADR workshop-06). */
	Optional<Ballot> findById(long ballotId) {
		return ballots.findById(ballotId);
	}

	/** The ballot of the workshop, or 404. */
	Ballot find(Workshop workshop, long ballotId) {
		return ballots.findById(ballotId)
			.filter(b -> b.workshopId == workshop.id())
			.orElseThrow(() -> NotFoundException.of("ballot", ballotId));
	}

	private Workshop editable(long workshopId, CurrentUser user) {
		Workshop workshop = access.managed(workshopId, user);
		workshop.requireNotConcluded();
		return workshop;
	}

}
