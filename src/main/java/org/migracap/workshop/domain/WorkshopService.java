package org.migracap.workshop.domain;

import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.IdentityApi;
import org.migracap.identity.UserSummary;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.Text;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, describing, publishing and listing workshops. A new workshop gets the usual daily time slots and two
 * registration questions for participants who come in person (dietary needs, a visa support letter), in all three
 * languages, which the facilitator can change.
 */
@Service
public class WorkshopService {

	public static final int MAX_DAYS = 10;

	private final Workshops workshops;

	private final WorkshopAccess access;

	private final ScopeCountries scope;

	private final Registrations registrations;

	private final RegistrationQuestions questions;

	private final TimeSlots slots;

	private final IdentityApi identity;

	private final ReferenceApi reference;

	private final MessageSource messages;

	private final WorkshopSettings settings;

	private final RegistrationService registrationService;

	WorkshopService(Workshops workshops, WorkshopAccess access, ScopeCountries scope, Registrations registrations,
			RegistrationQuestions questions, TimeSlots slots, IdentityApi identity, ReferenceApi reference,
			MessageSource messages, WorkshopSettings settings, RegistrationService registrationService) {
		this.workshops = workshops;
		this.access = access;
		this.scope = scope;
		this.registrations = registrations;
		this.questions = questions;
		this.slots = slots;
		this.identity = identity;
		this.reference = reference;
		this.messages = messages;
		this.settings = settings;
		this.registrationService = registrationService;
	}

	public record WorkshopCommand(Text title, Text description, Set<FocusArea> themes, List<String> languages,
			WorkshopFormat format, @Nullable String venue, LocalDate startDate, LocalDate endDate,
			@Nullable Integer capacity, List<Long> facilitatorIds) {
	}

	/** A workshop as pages show it, with texts resolved in the reader's language. */
	public record WorkshopView(long id, long version, String title, String description, Text titleTexts,
			Text descriptionTexts, Set<FocusArea> themes, List<String> languages, WorkshopFormat format,
			@Nullable String venue, LocalDate startDate, LocalDate endDate, @Nullable Integer capacity,
			WorkshopStatus status, boolean registrationOpen, boolean surveyOpen, long organiserId, String organiserName,
			List<Long> facilitatorIds, List<String> facilitatorNames, List<String> countries, boolean demo,
			boolean canManage, long confirmed, long waitlisted, List<String> missingTitleLanguages) {

		public boolean bilingual() {
			return languages.size() > 1;
		}

		public boolean draft() {
			return status == WorkshopStatus.DRAFT;
		}

		public boolean concluded() {
			return status == WorkshopStatus.CONCLUDED;
		}

		public @Nullable Integer placesLeft() {
			return capacity == null ? null : (int) Math.max(0, capacity - confirmed);
		}

	}

	public record WorkshopRow(long id, String title, LocalDate startDate, LocalDate endDate, WorkshopFormat format,
			@Nullable String venue, WorkshopStatus status, List<String> languages, int countries, boolean demo,
			boolean canManage, @Nullable RegistrationStatus myRegistration) {
	}

	public record WorkshopFilter(@Nullable String q, @Nullable WorkshopStatus status, @Nullable String sort,
			@Nullable String dir, int page, int size) {

		public String sortKey() {
			return sort != null && List.of("title", "start", "status").contains(sort) ? sort : "start";
		}

		public boolean descending() {
			return dir == null ? sortKey().equals("start") : "desc".equalsIgnoreCase(dir);
		}

	}

	@Transactional(readOnly = true)
	public Page<WorkshopRow> list(WorkshopFilter filter, CurrentUser user, Locale locale) {
		String needle = filter.q() == null ? "" : filter.q().trim().toLowerCase(locale);
		Collator collator = Collator.getInstance(locale);
		collator.setStrength(Collator.PRIMARY);
		Comparator<WorkshopRow> order = switch (filter.sortKey()) {
			case "title" -> Comparator.comparing(WorkshopRow::title, collator);
			case "status" -> Comparator.comparing((WorkshopRow r) -> r.status().ordinal()).thenComparing(WorkshopRow::startDate);
			default -> Comparator.comparing(WorkshopRow::startDate);
		};
		order = order.thenComparingLong(WorkshopRow::id);
		if (filter.descending()) {
			order = order.reversed();
		}
		List<WorkshopRow> rows = workshops.findAll()
			.stream()
			.filter(w -> WorkshopAccess.canSee(w, Optional.of(user)))
			.filter(w -> filter.status() == null || w.status == filter.status())
			.map(w -> row(w, user, locale))
			.filter(r -> needle.isEmpty() || r.title().toLowerCase(locale).contains(needle)
					|| (r.venue() != null && r.venue().toLowerCase(locale).contains(needle)))
			.sorted(order)
			.toList();
		int size = Math.min(Math.max(filter.size(), 1), 200);
		PageRequest request = PageRequest.of(Math.max(filter.page(), 0), size);
		int from = (int) Math.min(request.getOffset(), rows.size());
		int to = Math.min(from + size, rows.size());
		return new PageImpl<>(rows.subList(from, to), request, rows.size());
	}

	/** Published workshops the user is invited to or registered for, and those they manage; for the home page. */
	@Transactional(readOnly = true)
	public List<WorkshopRow> mine(CurrentUser user, Locale locale) {
		Set<Long> ids = new LinkedHashSet<>();
		registrations.findByUserId(user.id()).stream().filter(Registration::active).forEach(r -> ids.add(r.workshopId));
		return workshops.findAllByOrderByStartDateDescIdDesc()
			.stream()
			.filter(w -> WorkshopAccess.canSee(w, Optional.of(user)))
			.filter(w -> ids.contains(w.id) || WorkshopAccess.canManage(w, user) && !user.isStaff()
					|| (w.status == WorkshopStatus.PUBLISHED && w.registrationOpen && invited(w, user)))
			.map(w -> row(w, user, locale))
			.toList();
	}

	private boolean invited(Workshop workshop, CurrentUser user) {
		return user.countryCode() != null
				&& scope.findByWorkshopIdAndCountryCode(workshop.id(), user.countryCode()).isPresent();
	}

	private WorkshopRow row(Workshop w, CurrentUser user, Locale locale) {
		RegistrationStatus mine = registrations.findByWorkshopIdAndUserId(w.id(), user.id())
			.map(r -> r.status)
			.orElse(null);
		return new WorkshopRow(w.id(), w.title().resolve(locale, w.languages), w.startDate, w.endDate, w.format,
				w.venue, w.status, List.copyOf(w.languages), scope.findByWorkshopIdOrderByCountryCode(w.id()).size(),
				w.demo, WorkshopAccess.canManage(w, user), mine);
	}

	@Transactional(readOnly = true)
	public WorkshopView view(long id, Optional<CurrentUser> viewer, Locale locale) {
		return view(access.visible(id, viewer), viewer, locale);
	}

	WorkshopView view(Workshop w, Optional<CurrentUser> viewer, Locale locale) {
		List<String> facilitatorNames = w.facilitatorIds.stream()
			.map(identity::user)
			.flatMap(Optional::stream)
			.map(UserSummary::displayName)
			.toList();
		String organiser = identity.user(w.organiserId).map(UserSummary::displayName).orElse("#" + w.organiserId);
		List<String> countries = scope.findByWorkshopIdOrderByCountryCode(w.id())
			.stream()
			.map(c -> c.countryCode)
			.toList();
		return new WorkshopView(w.id(), w.version, w.title().resolve(locale, w.languages),
				w.description().resolve(locale, w.languages), w.title(), w.description(), EnumSet.copyOf(themes(w)),
				List.copyOf(w.languages), w.format, w.venue, w.startDate, w.endDate, w.capacity, w.status,
				w.registrationOpen, w.surveyOpen, w.organiserId, organiser, List.copyOf(w.facilitatorIds),
				facilitatorNames, countries, w.demo, viewer.map(u -> WorkshopAccess.canManage(w, u)).orElse(false),
				registrations.countByWorkshopIdAndStatus(w.id(), RegistrationStatus.CONFIRMED),
				registrations.countByWorkshopIdAndStatus(w.id(), RegistrationStatus.WAITLISTED),
				w.title().missingIn(w.languages));
	}

	private static Set<FocusArea> themes(Workshop w) {
		return w.themes.isEmpty() ? EnumSet.noneOf(FocusArea.class) : w.themes;
	}

	/** Users who can be named facilitators. */
	@Transactional(readOnly = true)
	public List<UserSummary> facilitatorCandidates() {
		return identity.usersWithRole(Role.FACILITATOR);
	}

	@Transactional
	public long create(WorkshopCommand command, CurrentUser user) {
		validate(command);
		Workshop workshop = new Workshop(user.id(), command.startDate(), command.endDate());
		apply(workshop, command, user);
		workshop = workshops.save(workshop);
		createDefaultQuestions(workshop);
		createDefaultSlots(workshop);
		return workshop.id();
	}

	@Transactional
	public void update(long id, long version, WorkshopCommand command, CurrentUser user) {
		Workshop workshop = access.managed(id, user);
		ConcurrentEditException.check(Workshop.class, id, "workshop", id, version, workshop.version);
		workshop.requireNotConcluded();
		validate(command);
		Integer before = workshop.capacity;
		apply(workshop, command, user);
		workshops.saveAndFlush(workshop);
		if (before != null && (workshop.capacity == null || workshop.capacity > before)) {
			registrationService.fillFreePlaces(workshop);
		}
	}

	private void apply(Workshop workshop, WorkshopCommand command, CurrentUser user) {
		workshop.title = command.title();
		workshop.description = command.description();
		workshop.themes = command.themes().isEmpty() ? EnumSet.noneOf(FocusArea.class) : EnumSet.copyOf(command.themes());
		workshop.languages = new ArrayList<>(command.languages());
		workshop.format = command.format();
		workshop.venue = Strings.blankToNull(command.venue());
		workshop.startDate = command.startDate();
		workshop.endDate = command.endDate();
		workshop.capacity = command.capacity();
		List<Long> facilitators = new ArrayList<>();
		for (Long id : command.facilitatorIds()) {
			UserSummary candidate = identity.user(id)
				.orElseThrow(() -> RuleViolationException.invalid("workshop.error.facilitatorUnknown", id));
			if (!candidate.roles().contains(Role.FACILITATOR)) {
				throw RuleViolationException.invalid("workshop.error.notFacilitator", candidate.displayName());
			}
			if (!facilitators.contains(id)) {
				facilitators.add(id);
			}
		}
		workshop.facilitatorIds = facilitators;
	}

	static void validate(WorkshopCommand command) {
		if (command.languages().isEmpty()) {
			throw RuleViolationException.invalid("workshop.error.noLanguage");
		}
		for (String language : command.languages()) {
			if (!Text.LANGUAGES.contains(language)) {
				throw RuleViolationException.invalid("workshop.error.unknownLanguage", language);
			}
			if (!command.title().has(language)) {
				throw RuleViolationException.invalid("workshop.error.titleMissing." + language);
			}
		}
		if (command.endDate().isBefore(command.startDate())) {
			throw RuleViolationException.invalid("workshop.error.endBeforeStart");
		}
		if (ChronoUnit.DAYS.between(command.startDate(), command.endDate()) >= MAX_DAYS) {
			throw RuleViolationException.invalid("workshop.error.tooLong", MAX_DAYS);
		}
		if (command.capacity() != null && command.capacity() < 1) {
			throw RuleViolationException.invalid("workshop.error.capacity");
		}
		if (command.format() != WorkshopFormat.ONLINE && (command.venue() == null || command.venue().isBlank())) {
			throw RuleViolationException.invalid("workshop.error.venueRequired");
		}
	}

	private void createDefaultQuestions(Workshop workshop) {
		questions.save(new RegistrationQuestion(workshop.id(), 1, defaultText("workshop.question.default.dietary"),
				QuestionKind.TEXT, false, ShownWhen.IN_PERSON));
		questions.save(new RegistrationQuestion(workshop.id(), 2, defaultText("workshop.question.default.visa"),
				QuestionKind.YES_NO, true, ShownWhen.IN_PERSON));
	}

	Text defaultText(String key) {
		return Text.of(messages.getMessage(key, null, Locale.ENGLISH), messages.getMessage(key, null, Locale.FRENCH),
				messages.getMessage(key, null, Locale.of("es")));
	}

	private void createDefaultSlots(Workshop workshop) {
		for (LocalDate day = workshop.startDate; !day.isAfter(workshop.endDate); day = day.plusDays(1)) {
			for (String slot : settings.dailySlots()) {
				String[] times = slot.split("-");
				slots.save(new TimeSlot(workshop.id(), day, LocalTime.parse(times[0].trim()), LocalTime.parse(times[1].trim())));
			}
		}
	}

	@Transactional
	public void publish(long id, CurrentUser user) {
		Workshop workshop = access.managed(id, user);
		if (workshop.status != WorkshopStatus.DRAFT) {
			throw RuleViolationException.conflict("workshop.error.notDraft");
		}
		workshop.status = WorkshopStatus.PUBLISHED;
		workshops.save(workshop);
	}

	@Transactional
	public void setRegistrationOpen(long id, boolean open, CurrentUser user) {
		Workshop workshop = access.managed(id, user);
		workshop.requireNotConcluded();
		if (open && workshop.status != WorkshopStatus.PUBLISHED) {
			throw RuleViolationException.conflict("workshop.error.publishFirst");
		}
		workshop.registrationOpen = open;
		workshops.save(workshop);
	}

	/** A workshop's time zone (IANA id) and registration deadline, for its managers. */
	public record CalendarSettings(String timeZone, @Nullable LocalDate registrationDeadline) {
	}

	@Transactional(readOnly = true)
	public CalendarSettings calendar(long id, CurrentUser user) {
		Workshop workshop = access.managed(id, user);
		return new CalendarSettings(workshop.timeZone, workshop.registrationDeadline);
	}

	/**
	 * Sets the time zone of the venue (the agenda's times are local to it; calendar files carry it as TZID) and the
	 * last day of registration (personal links expire at its end).
	 */
	@Transactional
	public void setCalendar(long id, String timeZone, @Nullable LocalDate deadline, CurrentUser user) {
		Workshop workshop = access.managed(id, user);
		workshop.requireNotConcluded();
		String zone = timeZone.trim();
		try {
			zone = java.time.ZoneId.of(zone).getId();
		}
		catch (java.time.DateTimeException ex) {
			throw RuleViolationException.invalid("workshop.calendar.error.zone", timeZone);
		}
		if (!zone.contains("/") && !zone.equals("UTC")) {
			throw RuleViolationException.invalid("workshop.calendar.error.zone", timeZone);
		}
		if (deadline != null && deadline.isAfter(workshop.startDate)) {
			throw RuleViolationException.invalid("workshop.calendar.error.deadline");
		}
		workshop.timeZone = zone;
		workshop.registrationDeadline = deadline;
		workshops.save(workshop);
	}

	@Transactional
	public void setSurveyOpen(long id, boolean open, CurrentUser user) {
		Workshop workshop = access.managed(id, user);
		if (open && workshop.status == WorkshopStatus.DRAFT) {
			throw RuleViolationException.conflict("workshop.error.publishFirst");
		}
		workshop.surveyOpen = open;
		workshops.save(workshop);
	}

	Workshop markConcluded(Workshop workshop) {
		workshop.status = WorkshopStatus.CONCLUDED;
		workshop.registrationOpen = false;
		workshop.concludedAt = Instant.now();
		return workshops.save(workshop);
	}

}
