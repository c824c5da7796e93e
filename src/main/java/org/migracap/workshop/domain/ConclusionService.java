package org.migracap.workshop.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.Text;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.migracap.workshop.WorkshopConcluded;
import org.migracap.workshopoutcome.ActionPointAgreed;
import org.migracap.workshopoutcome.Actor;
import org.migracap.workshopoutcome.AgreementProposedByWorkshop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a workshop concludes: minutes in its working languages with every saved version kept (and shown side by side),
 * action points with an owner and a due date that can become an assistance request or an agreement proposal (made by
 * those modules after an event, ADR workshop-06), and the conclusion itself, published as {@link WorkshopConcluded}.
 */
@Service("workshopConclusionService")
public class ConclusionService {

	private static final Logger log = LoggerFactory.getLogger(ConclusionService.class);

	private final WorkshopAccess access;

	private final MinutesArchive minutes;

	private final ActionPoints actions;

	private final ScopeCountries scope;

	private final BallotService ballots;

	private final WorkshopService workshops;

	private final ReferenceApi reference;

	private final PartnerModules partners;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ConclusionService(WorkshopAccess access, MinutesArchive minutes, ActionPoints actions, ScopeCountries scope,
			BallotService ballots, WorkshopService workshops, ReferenceApi reference, PartnerModules partners, JdbcClient jdbc,
			ApplicationEventPublisher events) {
		this.access = access;
		this.minutes = minutes;
		this.actions = actions;
		this.scope = scope;
		this.ballots = ballots;
		this.workshops = workshops;
		this.reference = reference;
		this.partners = partners;
		this.jdbc = jdbc;
		this.events = events;
	}

	public record MinutesView(long version, Text text, String resolved, @Nullable Instant updatedAt,
			@Nullable String updatedBy, List<String> missingLanguages) {

		public boolean empty() {
			return text.isEmpty();
		}

	}

	public record MinutesVersion(long revision, long version, Instant changedAt, String username, Text text) {
	}

	public record ActionCommand(String title, @Nullable String description, String owner, LocalDate dueDate,
			@Nullable String countryCode, @Nullable FocusArea area) {
	}

	public record ActionView(long id, long version, String title, @Nullable String description, String owner,
			LocalDate dueDate, @Nullable String countryCode, @Nullable String countryName, @Nullable FocusArea area,
			ActionStatus status, @Nullable Long requestId, @Nullable Long agreementId, boolean requestPending,
			@Nullable String requestRefused, boolean agreementPending, @Nullable String agreementRefused) {

		public boolean overdue() {
			return status == ActionStatus.OPEN && dueDate.isBefore(LocalDate.now());
		}

	}

	@Transactional(readOnly = true)
	public MinutesView minutes(long workshopId, Optional<CurrentUser> viewer, Locale locale) {
		Workshop workshop = access.visible(workshopId, viewer);
		return minutes.findByWorkshopId(workshopId)
			.map(m -> new MinutesView(m.version, m.text(), m.text().resolve(locale, workshop.languages), m.updatedAt,
					m.updatedBy, m.text().missingIn(workshop.languages)))
			.orElse(new MinutesView(-1, Text.of(null, null, null), "", null, null, List.copyOf(workshop.languages)));
	}

	/**
	 * Saves the minutes if nobody saved since {@code version} (−1 for the first save); otherwise
	 * {@link ConcurrentEditException}.
	 */
	@Transactional
	public void saveMinutes(long workshopId, long version, Text text, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		Minutes record = minutes.findByWorkshopId(workshopId).orElse(null);
		if (record == null) {
			if (version != -1) {
				throw new ConcurrentEditException("minutes", workshopId, version, -1);
			}
			record = new Minutes(workshop.id(), user.displayName());
		}
		else {
			ConcurrentEditException.check(Minutes.class, record.id, "minutes", workshopId, version, record.version);
		}
		record.text = text;
		record.updatedAt = Instant.now();
		record.updatedBy = user.displayName();
		minutes.saveAndFlush(record);
	}

	/** Every saved version of the minutes, newest first, from the audit trail. */
	@Transactional(readOnly = true)
	public List<MinutesVersion> history(long workshopId, Optional<CurrentUser> viewer) {
		access.visible(workshopId, viewer);
		return minutes.findByWorkshopId(workshopId).map(m -> jdbc.sql("""
				select a.rev, a.version, a.text_en, a.text_fr, a.text_es, r.changed_at, r.username
				from workshop.minutes_aud a join audit.revision r on r.id = a.rev
				where a.id = :id and a.revtype <> 2 order by a.rev desc""")
			.param("id", m.id)
			.query((rs, i) -> new MinutesVersion(rs.getLong("rev"), rs.getLong("version"),
					rs.getTimestamp("changed_at").toInstant(), rs.getString("username"),
					Text.of(rs.getString("text_en"), rs.getString("text_fr"), rs.getString("text_es"))))
			.list()).orElse(List.of());
	}

	@Transactional(readOnly = true)
	public List<MinutesDiff.Line> diff(long workshopId, long fromRevision, long toRevision, String language,
			Optional<CurrentUser> viewer) {
		List<MinutesVersion> versions = history(workshopId, viewer);
		MinutesVersion from = versions.stream().filter(v -> v.revision() == fromRevision).findFirst()
			.orElseThrow(() -> NotFoundException.of("minutes version", fromRevision));
		MinutesVersion to = versions.stream().filter(v -> v.revision() == toRevision).findFirst()
			.orElseThrow(() -> NotFoundException.of("minutes version", toRevision));
		return MinutesDiff.between(from.text().in(language), to.text().in(language));
	}

	@Transactional(readOnly = true)
	public List<ActionView> actions(long workshopId, Optional<CurrentUser> viewer, Locale locale) {
		access.visible(workshopId, viewer);
		return actions.findByWorkshopIdOrderByDueDateAscIdAsc(workshopId).stream().map(a -> view(a, locale)).toList();
	}

	private ActionView view(ActionPoint a, Locale locale) {
		return new ActionView(a.id(), a.version, a.title, a.description, a.owner, a.dueDate, a.countryCode,
				a.countryCode == null ? null : reference.getCountry(a.countryCode).name(locale),
				a.areaCode == null ? null : FocusArea.of(a.areaCode), a.status, a.requestId, a.agreementId,
				a.requestPending, a.requestRefused, a.agreementPending, a.agreementRefused);
	}

	@Transactional
	public long addAction(long workshopId, ActionCommand command, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		ActionPoint action = new ActionPoint(workshop.id(), command.title().trim(), command.owner().trim(),
				command.dueDate());
		apply(workshop, action, command);
		return actions.save(action).id();
	}

	@Transactional
	public void updateAction(long workshopId, long actionId, long version, ActionCommand command, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		ActionPoint action = action(workshop, actionId);
		ConcurrentEditException.check("action point", actionId, version, action.version);
		apply(workshop, action, command);
		actions.save(action);
	}

	private void apply(Workshop workshop, ActionPoint action, ActionCommand command) {
		String country = Strings.blankToNull(command.countryCode());
		if (country != null && scope.findByWorkshopIdAndCountryCode(workshop.id(), country).isEmpty()) {
			throw RuleViolationException.invalid("workshop.action.error.countryOutOfScope", country);
		}
		action.title = command.title().trim();
		action.description = Strings.blankToNull(command.description());
		action.owner = command.owner().trim();
		action.dueDate = command.dueDate();
		action.countryCode = country;
		action.areaCode = command.area() == null ? null : command.area().code();
	}

	@Transactional
	public void setDone(long workshopId, long actionId, boolean done, CurrentUser user) {
		Workshop workshop = access.managed(workshopId, user);
		ActionPoint action = action(workshop, actionId);
		action.status = done ? ActionStatus.DONE : ActionStatus.OPEN;
		actions.save(action);
	}

	@Transactional
	public void deleteAction(long workshopId, long actionId, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		ActionPoint action = action(workshop, actionId);
		if (action.requestId != null || action.agreementId != null) {
			throw RuleViolationException.conflict("workshop.action.error.converted");
		}
		if (action.requestPending || action.agreementPending) {
			throw RuleViolationException.conflict("workshop.action.error.pending");
		}
		actions.delete(action);
	}

	/**
	 * Asks the request module to turn an action point into a submitted assistance request of its country, marked with
	 * the action point as its origin: publishes {@link ActionPointAgreed} (ADR workshop-06). The action point is
	 * pending until the answer ({@link #requestOpened}, {@link #requestRefused}) arrives.
	 */
	@Transactional
	public void toRequest(long workshopId, long actionId, String kind, String urgency, CurrentUser user) {
		Workshop workshop = access.managed(workshopId, user);
		ActionPoint action = action(workshop, actionId);
		if (action.requestId != null) {
			throw RuleViolationException.conflict("workshop.action.error.alreadyRequest", action.requestId);
		}
		if (action.requestPending) {
			throw RuleViolationException.conflict("workshop.action.error.requestPending");
		}
		if (action.countryCode == null || action.areaCode == null) {
			throw RuleViolationException.invalid("workshop.action.error.requestNeedsCountryAndArea");
		}
		partners.requireHelpKindAndUrgency(kind, urgency);
		action.requestPending = true;
		action.requestRefused = null;
		actions.save(action);
		events.publishEvent(new ActionPointAgreed(workshop.id(), action.id(), action.countryCode,
				FocusArea.of(action.areaCode), kind, urgency, action.title,
				Objects.toString(action.description, action.title), origin(workshop, action), Actor.of(user)));
	}

	/**
	 * Asks the cooperation module to turn an action point into a draft agreement among the workshop's countries:
	 * publishes {@link AgreementProposedByWorkshop} (ADR workshop-06). The action point is pending until the answer
	 * ({@link #agreementDrafted}, {@link #agreementRefused}) arrives.
	 */
	@Transactional
	public void toAgreement(long workshopId, long actionId, CurrentUser user) {
		Workshop workshop = access.managed(workshopId, user);
		ActionPoint action = action(workshop, actionId);
		if (action.agreementId != null) {
			throw RuleViolationException.conflict("workshop.action.error.alreadyAgreement", action.agreementId);
		}
		if (action.agreementPending) {
			throw RuleViolationException.conflict("workshop.action.error.agreementPending");
		}
		Set<String> parties = new LinkedHashSet<>();
		scope.findByWorkshopIdOrderByCountryCode(workshop.id()).forEach(c -> parties.add(c.countryCode));
		if (parties.size() < 2) {
			throw RuleViolationException.invalid("workshop.action.error.agreementNeedsParties");
		}
		Set<FocusArea> areas = action.areaCode != null ? EnumSet.of(FocusArea.of(action.areaCode))
				: workshop.themes.isEmpty() ? EnumSet.of(FocusArea.X) : EnumSet.copyOf(workshop.themes);
		action.agreementPending = true;
		action.agreementRefused = null;
		actions.save(action);
		events.publishEvent(new AgreementProposedByWorkshop(workshop.id(), action.id(), action.title,
				"MEMORANDUM_OF_UNDERSTANDING", parties, areas, Objects.toString(action.description, action.title),
				origin(workshop, action), Actor.of(user)));
	}

	private static String origin(Workshop workshop, ActionPoint action) {
		return "workshop:" + workshop.id() + " action " + action.id();
	}

	/** The request module submitted the request of an action point: the action point links it. */
	@Transactional
	void requestOpened(long actionId, long requestId) {
		answered(actionId, "request " + requestId, action -> {
			action.requestId = requestId;
			action.requestPending = false;
			action.requestRefused = null;
		});
	}

	/** The request module refused the request of an action point: the action point says why. */
	@Transactional
	void requestRefused(long actionId, String reason) {
		answered(actionId, "request refusal " + reason, action -> {
			action.requestPending = false;
			action.requestRefused = reason;
		});
	}

	/** The cooperation module drafted the agreement of an action point: the action point links it. */
	@Transactional
	void agreementDrafted(long actionId, long agreementId) {
		answered(actionId, "agreement " + agreementId, action -> {
			action.agreementId = agreementId;
			action.agreementPending = false;
			action.agreementRefused = null;
		});
	}

	/** The cooperation module refused the agreement of an action point: the action point says why. */
	@Transactional
	void agreementRefused(long actionId, String reason) {
		answered(actionId, "agreement refusal " + reason, action -> {
			action.agreementPending = false;
			action.agreementRefused = reason;
		});
	}

	private void answered(long actionId, String answer, java.util.function.Consumer<ActionPoint> change) {
		actions.findById(actionId).ifPresentOrElse(action -> {
			change.accept(action);
			actions.save(action);
		}, () -> log.warn("Action point {} is gone; {} not recorded", actionId, answer));
	}

	/**
	 * Concludes the workshop: minutes must exist and no ballot may still be open. Registration closes, and
	 * {@link WorkshopConcluded} is published with the area ranking of the last closed ballot on areas.
	 */
	@Transactional
	public WorkshopConcluded conclude(long workshopId, CurrentUser user) {
		Workshop workshop = access.managed(workshopId, user);
		if (workshop.status != WorkshopStatus.PUBLISHED) {
			throw RuleViolationException.conflict("workshop.conclude.error.status");
		}
		if (minutes.findByWorkshopId(workshopId).map(m -> m.text().isEmpty()).orElse(true)) {
			throw RuleViolationException.conflict("workshop.conclude.error.noMinutes");
		}
		if (ballots.ballotsOf(workshopId).stream().anyMatch(b -> b.status == BallotStatus.OPEN)) {
			throw RuleViolationException.conflict("workshop.conclude.error.openBallot");
		}
		workshop = workshops.markConcluded(workshop);
		List<FocusArea> priorities = new ArrayList<>();
		Map<FocusArea, Double> weights = Map.of();
		Optional<BallotService.BallotResults> areaResult = ballots.lastAreaResult(workshop, Locale.ENGLISH);
		if (areaResult.isPresent()) {
			areaResult.get().tiers().forEach(tier -> tier.forEach(o -> priorities.add(Objects.requireNonNull(o.area()))));
			weights = areaResult.get().areaWeights();
		}
		Set<String> countries = new LinkedHashSet<>();
		scope.findByWorkshopIdOrderByCountryCode(workshopId).forEach(c -> countries.add(c.countryCode));
		WorkshopConcluded event = new WorkshopConcluded(workshop.id(), workshop.title().resolve(Locale.ENGLISH,
				workshop.languages), countries, workshop.themes.isEmpty() ? Set.of() : EnumSet.copyOf(workshop.themes),
				workshop.startDate, workshop.endDate, priorities, weights,
				actions.findByWorkshopIdOrderByDueDateAscIdAsc(workshopId).size(), workshop.demo);
		events.publishEvent(event);
		return event;
	}

	private ActionPoint action(Workshop workshop, long actionId) {
		return actions.findById(actionId)
			.filter(a -> a.workshopId == workshop.id())
			.orElseThrow(() -> NotFoundException.of("action point", actionId));
	}

	private Workshop editable(long workshopId, CurrentUser user) {
		Workshop workshop = access.managed(workshopId, user);
		workshop.requireNotConcluded();
		return workshop;
	}

}
