package org.migracap.workshop.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.IdentityApi;
import org.migracap.identity.UserSummary;
import org.migracap.mobility.CountryRole;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.Text;
import org.migracap.reference.ReferenceApi;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration to workshops: the form with its conditional questions, places and the waiting list (the first in line
 * moves up when a place frees), interpretation and accessibility needs, attendance on the day, and the participant
 * list. Registrations of one workshop are serialised on the workshop row, so two people never take the last place.
 */
@Service("workshopRegistrationService")
public class RegistrationService {

	private final Workshops workshops;

	private final WorkshopAccess access;

	private final Registrations registrations;

	private final RegistrationQuestions questions;

	private final RegistrationAnswers answers;

	private final IdentityApi identity;

	private final ReferenceApi reference;

	private final PartnerModules partners;

	private final ScopeService scope;

	private final WorkshopMail mail;

	RegistrationService(Workshops workshops, WorkshopAccess access, Registrations registrations,
			RegistrationQuestions questions, RegistrationAnswers answers, IdentityApi identity, ReferenceApi reference,
			PartnerModules partners, @Lazy ScopeService scope, WorkshopMail mail) {
		this.mail = mail;
		this.workshops = workshops;
		this.access = access;
		this.registrations = registrations;
		this.questions = questions;
		this.answers = answers;
		this.identity = identity;
		this.reference = reference;
		this.partners = partners;
		this.scope = scope;
	}

	public record RegistrationCommand(String name, String email, @Nullable String countryCode,
			@Nullable String organisation, @Nullable String positionTitle, String language, Attendance attendance,
			@Nullable CountryRole perspective, @Nullable String interpretationInto, @Nullable String accessibilityNeeds,
			Map<Long, String> answers) {
	}

	public record QuestionView(long id, long version, int sortOrder, String label, Text labels, QuestionKind kind,
			boolean required, ShownWhen shownWhen) {
	}

	public record QuestionCommand(Text label, QuestionKind kind, boolean required, ShownWhen shownWhen) {
	}

	public record RegistrationView(long id, long version, @Nullable Long userId, String name, String email,
			@Nullable String countryCode, @Nullable String countryName, @Nullable String organisation,
			@Nullable String positionTitle, String language, Attendance attendance, @Nullable CountryRole perspective,
			@Nullable CountryRole effectivePerspective, @Nullable String interpretationInto,
			@Nullable String accessibilityNeeds, RegistrationStatus status, Instant registeredAt,
			@Nullable Integer waitlistPosition, boolean attended, Map<Long, String> answers, boolean demo) {

		public boolean confirmed() {
			return status == RegistrationStatus.CONFIRMED;
		}

	}

	public record RegistrationFilter(@Nullable String q, @Nullable RegistrationStatus status,
			@Nullable Attendance attendance, @Nullable String sort) {
	}

	/** What the registration form starts with for a user: their account and country, the reader's language. */
	@Transactional(readOnly = true)
	public RegistrationCommand prefill(long workshopId, CurrentUser user, Locale locale) {
		Workshop workshop = access.visible(workshopId, Optional.of(user));
		Optional<Registration> existing = registrations.findByWorkshopIdAndUserId(workshopId, user.id());
		if (existing.isPresent()) {
			Registration r = existing.get();
			Map<Long, String> given = new HashMap<>();
			answers.findByRegistrationId(r.id()).forEach(a -> given.put(a.questionId, a.answer));
			return new RegistrationCommand(r.name, r.email, r.countryCode, r.organisation, r.positionTitle, r.language,
					r.attendance, r.perspective, r.interpretationInto, r.accessibilityNeeds, given);
		}
		UserSummary account = identity.user(user.id()).orElseThrow();
		String language = workshop.languages.contains(locale.getLanguage()) ? locale.getLanguage()
				: workshop.languages.contains(account.preferredLanguage()) ? account.preferredLanguage()
						: workshop.primaryLanguage();
		Attendance attendance = workshop.format == WorkshopFormat.ONLINE ? Attendance.ONLINE : Attendance.IN_PERSON;
		CountryRole perspective = account.countryCode() == null ? null
				: partners.mainRole(account.countryCode()).orElse(null);
		return new RegistrationCommand(account.displayName(), account.email(), account.countryCode(), null, null,
				language, attendance, perspective, null, null, Map.of());
	}

	@Transactional(readOnly = true)
	public List<QuestionView> questions(long workshopId, Optional<CurrentUser> viewer, Locale locale) {
		Workshop workshop = access.visible(workshopId, viewer);
		return questions.findByWorkshopIdOrderBySortOrderAscIdAsc(workshopId)
			.stream()
			.map(q -> new QuestionView(Objects.requireNonNull(q.id), q.version, q.sortOrder,
					q.label().resolve(locale, workshop.languages), q.label(), q.kind, q.required, q.shownWhen))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<RegistrationView> mine(long workshopId, CurrentUser user, Locale locale) {
		access.visible(workshopId, Optional.of(user));
		return registrations.findByWorkshopIdAndUserId(workshopId, user.id()).map(r -> view(r, locale));
	}

	/** Registers the user, or updates their registration; returns it with its status (confirmed or waiting). */
	@Transactional
	public RegistrationView register(long workshopId, RegistrationCommand command, CurrentUser user, Locale locale) {
		if (!user.has(Role.PARTICIPANT, Role.FOCAL_POINT)) {
			throw RuleViolationException.conflict("workshop.registration.error.role");
		}
		access.visible(workshopId, Optional.of(user));
		Workshop workshop = workshops.lockById(workshopId).orElseThrow();
		if (workshop.status != WorkshopStatus.PUBLISHED || !workshop.registrationOpen) {
			throw RuleViolationException.conflict("workshop.registration.error.closed");
		}
		String country = Strings.blankToNull(command.countryCode());
		if (user.has(Role.FOCAL_POINT) && !user.has(Role.PARTICIPANT) && country != null
				&& !country.equalsIgnoreCase(user.countryCode())) {
			throw RuleViolationException.invalid("workshop.registration.error.ownCountry");
		}
		Registration registration = registrations.findByWorkshopIdAndUserId(workshopId, user.id())
			.orElseGet(() -> new Registration(workshopId, user.id(), command.name().trim(), command.email().trim()));
		boolean heldPlace = registration.id != null && registration.status == RegistrationStatus.CONFIRMED
				&& workshop.seatsLimitedFor(registration.attendance);
		boolean wasConfirmed = registration.id != null && registration.status == RegistrationStatus.CONFIRMED;
		fill(workshop, registration, command);
		save(workshop, registration, heldPlace, command.answers());
		scope.markRegistered(workshop, user.id(), registration.email);
		if (!wasConfirmed && registration.status == RegistrationStatus.CONFIRMED) {
			mail.confirmed(workshop, registration, false);
		}
		return view(registration, locale);
	}

	/** A manager registers somebody who has no account or registers on the day. */
	@Transactional
	public RegistrationView registerOnBehalf(long workshopId, RegistrationCommand command, CurrentUser manager,
			Locale locale) {
		access.managed(workshopId, manager);
		Workshop workshop = workshops.lockById(workshopId).orElseThrow();
		workshop.requireNotConcluded();
		Registration registration = new Registration(workshopId, null, command.name().trim(), command.email().trim());
		fill(workshop, registration, command);
		save(workshop, registration, false, command.answers());
		scope.markRegistered(workshop, null, registration.email);
		if (registration.status == RegistrationStatus.CONFIRMED) {
			mail.confirmed(workshop, registration, false);
		}
		return view(registration, locale);
	}

	private void fill(Workshop workshop, Registration registration, RegistrationCommand command) {
		if (!workshop.languages.contains(command.language())) {
			throw RuleViolationException.invalid("workshop.error.notWorkingLanguage", command.language());
		}
		boolean allowed = switch (workshop.format) {
			case IN_PERSON -> command.attendance() == Attendance.IN_PERSON;
			case ONLINE -> command.attendance() == Attendance.ONLINE;
			case HYBRID -> true;
		};
		if (!allowed) {
			throw RuleViolationException.invalid("workshop.registration.error.attendance");
		}
		String country = Strings.blankToNull(command.countryCode());
		if (country != null && !reference.isCountry(country)) {
			throw RuleViolationException.invalid("workshop.scope.error.unknownCountry", country);
		}
		String interpretation = Strings.blankToNull(command.interpretationInto());
		if (interpretation != null && !Text.LANGUAGES.contains(interpretation)) {
			throw RuleViolationException.invalid("workshop.error.unknownLanguage", interpretation);
		}
		registration.name = command.name().trim();
		registration.email = command.email().trim();
		registration.countryCode = country;
		registration.organisation = Strings.blankToNull(command.organisation());
		registration.positionTitle = Strings.blankToNull(command.positionTitle());
		registration.language = command.language();
		registration.attendance = command.attendance();
		registration.perspective = command.perspective();
		registration.interpretationInto = interpretation;
		registration.accessibilityNeeds = Strings.blankToNull(command.accessibilityNeeds());
	}

	private void save(Workshop workshop, Registration registration, boolean heldPlace, Map<Long, String> given) {
		List<RegistrationQuestion> asked = questions.findByWorkshopIdOrderBySortOrderAscIdAsc(workshop.id())
			.stream()
			.filter(q -> q.appliesTo(registration.attendance))
			.toList();
		Map<Long, String> kept = new LinkedHashMap<>();
		for (RegistrationQuestion question : asked) {
			String answer = Strings.blankToNull(given.get(question.id));
			if (answer == null && question.required) {
				throw new AnswerRequiredException(Objects.requireNonNull(question.id));
			}
			if (answer != null && question.kind == QuestionKind.YES_NO && !answer.equals("yes") && !answer.equals("no")) {
				throw new AnswerRequiredException(Objects.requireNonNull(question.id));
			}
			if (answer != null) {
				kept.put(question.id, answer.length() > 1000 ? answer.substring(0, 1000) : answer);
			}
		}
		if (!workshop.seatsLimitedFor(registration.attendance)) {
			registration.status = RegistrationStatus.CONFIRMED;
			registration.waitlistedAt = null;
		}
		else if (registration.id != null && registration.status == RegistrationStatus.CONFIRMED && heldPlace) {
			// keeps the place it holds
		}
		else if (registration.id != null && registration.status == RegistrationStatus.WAITLISTED) {
			// keeps its place in the line
		}
		else if (freePlaces(workshop, registration) > 0) {
			registration.status = RegistrationStatus.CONFIRMED;
			registration.waitlistedAt = null;
		}
		else {
			registration.status = RegistrationStatus.WAITLISTED;
			registration.waitlistedAt = Instant.now();
		}
		Registration saved = registrations.saveAndFlush(registration);
		Map<Long, RegistrationAnswer> existing = new HashMap<>();
		answers.findByRegistrationId(saved.id()).forEach(a -> existing.put(a.questionId, a));
		for (RegistrationAnswer old : existing.values()) {
			if (!kept.containsKey(old.questionId)) {
				answers.delete(old);
			}
		}
		kept.forEach((questionId, answer) -> {
			RegistrationAnswer row = existing.get(questionId);
			if (row == null) {
				answers.save(new RegistrationAnswer(saved.id(), questionId, answer));
			}
			else if (!row.answer.equals(answer)) {
				row.answer = answer;
			}
		});
		fillFreePlaces(workshop);
	}

	/**
	 * Places left for seat-taking registrations besides {@code except}; none while others wait, so that nobody
	 * passes the line.
	 */
	private long freePlaces(Workshop workshop, Registration except) {
		if (workshop.capacity == null) {
			return Long.MAX_VALUE;
		}
		List<Registration> all = registrations.findByWorkshopIdOrderByRegisteredAtAscIdAsc(workshop.id())
			.stream()
			.filter(r -> except.id == null || !Objects.equals(r.id, except.id))
			.toList();
		if (all.stream().anyMatch(r -> r.status == RegistrationStatus.WAITLISTED)) {
			return 0;
		}
		long taken = all.stream()
			.filter(r -> r.status == RegistrationStatus.CONFIRMED && workshop.seatsLimitedFor(r.attendance))
			.count();
		return workshop.capacity - taken;
	}

	/** Moves people up from the waiting list while places are free, first come first served, and tells them. */
	void fillFreePlaces(Workshop workshop) {
		if (workshop.capacity == null) {
			for (Registration waiting : registrations.findByWorkshopIdAndStatusOrderByWaitlistedAtAscIdAsc(workshop.id(),
					RegistrationStatus.WAITLISTED)) {
				promote(workshop, waiting);
			}
			return;
		}
		long taken = registrations.findByWorkshopIdOrderByRegisteredAtAscIdAsc(workshop.id())
			.stream()
			.filter(r -> r.status == RegistrationStatus.CONFIRMED && workshop.seatsLimitedFor(r.attendance))
			.count();
		for (Registration waiting : registrations.findByWorkshopIdAndStatusOrderByWaitlistedAtAscIdAsc(workshop.id(),
				RegistrationStatus.WAITLISTED)) {
			if (taken >= workshop.capacity) {
				break;
			}
			promote(workshop, waiting);
			taken++;
		}
	}

	private void promote(Workshop workshop, Registration waiting) {
		waiting.status = RegistrationStatus.CONFIRMED;
		waiting.waitlistedAt = null;
		mail.confirmed(workshop, waiting, true);
		registrations.save(waiting);
		if (waiting.userId != null) {
			identity.notify(List.of(waiting.userId), "workshop.notification.promoted",
					List.of(workshop.title().resolve(Locale.of(waiting.language), workshop.languages)),
					"/workshops/" + workshop.id());
		}
	}

	@Transactional
	public void cancelMine(long workshopId, CurrentUser user) {
		access.visible(workshopId, Optional.of(user));
		Workshop workshop = workshops.lockById(workshopId).orElseThrow();
		workshop.requireNotConcluded();
		Registration registration = registrations.findByWorkshopIdAndUserId(workshopId, user.id())
			.filter(Registration::active)
			.orElseThrow(() -> RuleViolationException.conflict("workshop.registration.error.notRegistered"));
		cancel(workshop, registration);
	}

	@Transactional
	public void cancelByManager(long workshopId, long registrationId, CurrentUser manager) {
		access.managed(workshopId, manager);
		Workshop workshop = workshops.lockById(workshopId).orElseThrow();
		workshop.requireNotConcluded();
		cancel(workshop, registration(workshop, registrationId));
	}

	private void cancel(Workshop workshop, Registration registration) {
		if (registration.status == RegistrationStatus.CONFIRMED) {
			mail.cancelled(workshop, registration);
		}
		registration.status = RegistrationStatus.CANCELLED;
		registration.waitlistedAt = null;
		registrations.saveAndFlush(registration);
		fillFreePlaces(workshop);
	}

	@Transactional
	public void setAttended(long workshopId, long registrationId, boolean attended, CurrentUser manager) {
		Workshop workshop = access.managed(workshopId, manager);
		Registration registration = registration(workshop, registrationId);
		if (registration.status != RegistrationStatus.CONFIRMED) {
			throw RuleViolationException.conflict("workshop.registration.error.notConfirmed");
		}
		registration.attended = attended;
		registrations.save(registration);
	}

	private Registration registration(Workshop workshop, long registrationId) {
		return registrations.findById(registrationId)
			.filter(r -> r.workshopId == workshop.id())
			.orElseThrow(() -> NotFoundException.of("registration", registrationId));
	}

	@Transactional(readOnly = true)
	public List<RegistrationView> list(long workshopId, RegistrationFilter filter, CurrentUser manager, Locale locale) {
		access.managed(workshopId, manager);
		String needle = filter.q() == null ? "" : filter.q().trim().toLowerCase(Locale.ROOT);
		Comparator<RegistrationView> order = switch (filter.sort() == null ? "" : filter.sort()) {
			case "name" -> Comparator.comparing(r -> r.name().toLowerCase(Locale.ROOT));
			case "country" -> Comparator.comparing((RegistrationView r) -> Objects.toString(r.countryName(), "~"))
				.thenComparing(RegistrationView::name);
			case "status" -> Comparator.comparing((RegistrationView r) -> r.status().ordinal())
				.thenComparing(r -> r.waitlistPosition() == null ? 0 : r.waitlistPosition());
			default -> Comparator.comparing(RegistrationView::registeredAt).thenComparing(RegistrationView::id);
		};
		return registrations.findByWorkshopIdOrderByRegisteredAtAscIdAsc(workshopId)
			.stream()
			.filter(r -> filter.status() == null || r.status == filter.status())
			.filter(r -> filter.attendance() == null || r.attendance == filter.attendance())
			.map(r -> view(r, locale))
			.filter(r -> needle.isEmpty() || r.name().toLowerCase(Locale.ROOT).contains(needle)
					|| r.email().toLowerCase(Locale.ROOT).contains(needle)
					|| (r.organisation() != null && r.organisation().toLowerCase(Locale.ROOT).contains(needle))
					|| (r.countryName() != null && r.countryName().toLowerCase(Locale.ROOT).contains(needle)))
			.sorted(order)
			.toList();
	}

	/** Confirmed registrations of a workshop (for votes, agenda language, attendance). */
	List<Registration> confirmed(long workshopId) {
		return registrations.findByWorkshopIdOrderByRegisteredAtAscIdAsc(workshopId)
			.stream()
			.filter(r -> r.status == RegistrationStatus.CONFIRMED)
			.toList();
	}

	Optional<Registration> confirmedRegistration(long workshopId, CurrentUser user) {
		return registrations.findByWorkshopIdAndUserId(workshopId, user.id())
			.filter(r -> r.status == RegistrationStatus.CONFIRMED);
	}

	@Nullable CountryRole perspectiveOf(Registration registration) {
		if (registration.perspective != null) {
			return registration.perspective;
		}
		return registration.countryCode == null ? null : partners.mainRole(registration.countryCode).orElse(null);
	}

	RegistrationView view(Registration r, Locale locale) {
		Map<Long, String> given = new LinkedHashMap<>();
		if (r.id != null) {
			answers.findByRegistrationId(r.id()).forEach(a -> given.put(a.questionId, a.answer));
		}
		Integer position = null;
		if (r.status == RegistrationStatus.WAITLISTED) {
			List<Registration> line = registrations.findByWorkshopIdAndStatusOrderByWaitlistedAtAscIdAsc(r.workshopId,
					RegistrationStatus.WAITLISTED);
			position = line.stream().map(x -> x.id).toList().indexOf(r.id) + 1;
		}
		return new RegistrationView(r.id(), r.version, r.userId, r.name, r.email, r.countryCode,
				r.countryCode == null ? null : reference.getCountry(r.countryCode).name(locale), r.organisation,
				r.positionTitle, r.language, r.attendance, r.perspective, perspectiveOf(r), r.interpretationInto,
				r.accessibilityNeeds, r.status, r.registeredAt, position, r.attended, given, r.demo);
	}

	/** The header and rows of the participant list export, answers to the form's questions included. */
	@Transactional(readOnly = true)
	public List<List<?>> exportRows(long workshopId, CurrentUser manager, Locale locale,
			java.util.function.Function<String, String> text) {
		Workshop workshop = access.managed(workshopId, manager);
		List<RegistrationQuestion> asked = questions.findByWorkshopIdOrderBySortOrderAscIdAsc(workshopId);
		List<List<?>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of("name", "email", "country", "organisation", "position",
				"language", "attendance", "perspective", "interpretation_into", "accessibility_needs", "status",
				"waitlist_position", "registered_at", "attended"));
		for (RegistrationQuestion q : asked) {
			header.add(q.label().resolve(locale, workshop.languages));
		}
		rows.add(header);
		for (RegistrationView r : list(workshopId, new RegistrationFilter(null, null, null, "status"), manager, locale)) {
			List<Object> row = new ArrayList<>(List.of(r.name(), r.email(), Objects.toString(r.countryCode(), ""),
					Objects.toString(r.organisation(), ""), Objects.toString(r.positionTitle(), ""), r.language(),
					text.apply(r.attendance().messageKey()),
					r.effectivePerspective() == null ? "" : text.apply(r.effectivePerspective().messageKey()),
					Objects.toString(r.interpretationInto(), ""), Objects.toString(r.accessibilityNeeds(), ""),
					text.apply(r.status().messageKey()), r.waitlistPosition() == null ? "" : r.waitlistPosition(),
					r.registeredAt().toString(), r.attended() ? "yes" : "no"));
			for (RegistrationQuestion q : asked) {
				row.add(r.answers().getOrDefault(q.id, ""));
			}
			rows.add(row);
		}
		return rows;
	}

	@Transactional
	public void addQuestion(long workshopId, QuestionCommand command, CurrentUser manager) {
		Workshop workshop = access.managed(workshopId, manager);
		workshop.requireNotConcluded();
		requireText(workshop, command.label());
		int next = questions.findByWorkshopIdOrderBySortOrderAscIdAsc(workshopId)
			.stream()
			.mapToInt(q -> q.sortOrder)
			.max()
			.orElse(0) + 1;
		questions.save(new RegistrationQuestion(workshopId, next, command.label(), command.kind(), command.required(),
				command.shownWhen()));
	}

	@Transactional
	public void removeQuestion(long workshopId, long questionId, CurrentUser manager) {
		Workshop workshop = access.managed(workshopId, manager);
		workshop.requireNotConcluded();
		RegistrationQuestion question = questions.findById(questionId)
			.filter(q -> q.workshopId == workshopId)
			.orElseThrow(() -> NotFoundException.of("question", questionId));
		answers.deleteAll(answers.findByQuestionId(questionId));
		questions.delete(question);
	}

	static void requireText(Workshop workshop, Text text) {
		if (!text.has(workshop.primaryLanguage())) {
			throw RuleViolationException.invalid("workshop.error.textMissing." + workshop.primaryLanguage());
		}
	}

	/** A required question left unanswered (or a yes/no question answered otherwise); shown next to the question. */
	public static class AnswerRequiredException extends RuntimeException {

		private final long questionId;

		AnswerRequiredException(long questionId) {
			super("Answer required to question " + questionId);
			this.questionId = questionId;
		}

		public long questionId() {
			return questionId;
		}

	}

}
