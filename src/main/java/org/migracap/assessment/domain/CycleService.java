package org.migracap.assessment.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.migracap.assessment.AssessmentPublished;
import org.migracap.identity.IdentityApi;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.Confidentiality;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.MemberStates;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.ReferenceApi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessment cycles and their answers: a State (or IOM with it) fills in a cycle answer by answer, submits it; an IOM
 * coordinator returns it with comments or validates it, then publishes it, which scores it and raises
 * {@link AssessmentPublished}. A focal point works only on its own country; drafts and submissions are seen only by
 * the country's focal points and IOM staff, published cycles by whoever their confidentiality allows.
 */
@Service
public class CycleService {

	public static final int MAX_LINKS = 10;

	public static final int MAX_EVIDENCE_TEXT = 4000;

	public static final int MAX_COMMENT = 2000;

	private final AssessmentCycles cycles;

	private final Responses responses;

	private final WorkflowSteps steps;

	private final FrameworkService frameworks;

	private final ScoreStore scores;

	private final JdbcClient jdbc;

	private final IdentityApi identity;

	private final ReferenceApi reference;

	private final ApplicationEventPublisher events;

	private final MemberStates memberStates;

	CycleService(AssessmentCycles cycles, Responses responses, WorkflowSteps steps, FrameworkService frameworks,
			ScoreStore scores, JdbcClient jdbc, IdentityApi identity, ReferenceApi reference,
			ApplicationEventPublisher events, MemberStates memberStates) {
		this.memberStates = memberStates;
		this.cycles = cycles;
		this.responses = responses;
		this.steps = steps;
		this.frameworks = frameworks;
		this.scores = scores;
		this.jdbc = jdbc;
		this.identity = identity;
		this.reference = reference;
		this.events = events;
	}

	/** What a new cycle is: framework, kind, reference year, period and who may see it once published. */
	public record NewCycle(String frameworkCode, CycleKind kind, int year, @Nullable LocalDate periodStart,
			@Nullable LocalDate periodEnd, Confidentiality confidentiality, @Nullable LocalDate dueDate) {

		/** A cycle without a due date. */
		public NewCycle(String frameworkCode, CycleKind kind, int year, @Nullable LocalDate periodStart,
				@Nullable LocalDate periodEnd, Confidentiality confidentiality) {
			this(frameworkCode, kind, year, periodStart, periodEnd, confidentiality, null);
		}

	}

	// --- reading -----------------------------------------------------------------------------------------------

	/**
	 * A cycle the viewer may see.
	 * @throws NotFoundException when there is none, or the viewer may not know of it
	 */
	@Transactional(readOnly = true)
	public CycleView get(long id, Optional<CurrentUser> viewer) {
		AssessmentCycle cycle = readable(id, viewer);
		return CycleView.of(cycle, frameworks.get(cycle.frameworkId()));
	}

	@Transactional(readOnly = true)
	public List<ResponseView> responses(long cycleId, Optional<CurrentUser> viewer) {
		readable(cycleId, viewer);
		Map<Long, List<EvidenceFileView>> files = filesOf(cycleId);
		return responses.findByCycleId(cycleId)
			.stream()
			.map(r -> ResponseView.of(r, files.getOrDefault(r.id(), List.of())))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<ResponseView> response(long cycleId, String indicatorCode, Optional<CurrentUser> viewer) {
		readable(cycleId, viewer);
		return responses.findByCycleIdAndIndicatorCode(cycleId, indicatorCode)
			.map(r -> ResponseView.of(r, filesOf(cycleId).getOrDefault(r.id(), List.of())));
	}

	/** The history of a cycle, oldest first. */
	@Transactional(readOnly = true)
	public List<StepView> history(long cycleId, Optional<CurrentUser> viewer) {
		readable(cycleId, viewer);
		return steps.findByCycleIdOrderByAtAscIdAsc(cycleId)
			.stream()
			.map(s -> new StepView(s.action().name(), s.actor(), s.at(), s.note()))
			.toList();
	}

	/** Area scores of a cycle computed from its answers as they stand (drafts included). */
	@Transactional(readOnly = true)
	public List<CapacityScoring.AreaResult> scores(long cycleId, Optional<CurrentUser> viewer) {
		AssessmentCycle cycle = readable(cycleId, viewer);
		return score(cycle);
	}

	/** The cycles of a country the viewer may see, newest first. */
	@Transactional(readOnly = true)
	public List<CycleSummary> cyclesOf(String iso3, Optional<CurrentUser> viewer) {
		return summaries(cycles.findByIso3OrderByYearDescIdDesc(iso3.toUpperCase(Locale.ROOT))
			.stream()
			.filter(c -> mayRead(c, viewer))
			.toList());
	}

	/** Submitted and validated cycles, waiting for a coordinator (IOM staff only). */
	@Transactional(readOnly = true)
	public List<CycleSummary> awaitingReview(CurrentUser user) {
		if (!user.isStaff()) {
			return List.of();
		}
		return summaries(cycles.findByStatusInOrderBySubmittedAtAsc(EnumSet.of(CycleStatus.SUBMITTED,
				CycleStatus.VALIDATED)));
	}

	/** Drafts and returned cycles of the focal point's country. */
	@Transactional(readOnly = true)
	public List<CycleSummary> openFor(CurrentUser user) {
		if (!user.has(Role.FOCAL_POINT) || user.countryCode() == null) {
			return List.of();
		}
		return summaries(cycles.findByIso3OrderByYearDescIdDesc(user.countryCode())
			.stream()
			.filter(c -> c.status().editable())
			.toList());
	}

	/** Every cycle the viewer may see, newest first (for lists and exports). */
	@Transactional(readOnly = true)
	public List<CycleSummary> all(Optional<CurrentUser> viewer) {
		return summaries(cycles.findAll()
			.stream()
			.filter(c -> mayRead(c, viewer))
			.sorted((a, b) -> a.year() != b.year() ? Integer.compare(b.year(), a.year()) : Long.compare(b.id(), a.id()))
			.toList());
	}

	/**
	 * The cycle, if the user may change records of its country.
	 * @throws NotFoundException when the user may not see it
	 * @throws AccessDeniedException when the user may see it but not change it
	 */
	@Transactional(readOnly = true)
	public CycleView requireEditor(long cycleId, CurrentUser user) {
		AssessmentCycle cycle = readable(cycleId, Optional.of(user));
		requireEditor(cycle, user);
		return CycleView.of(cycle, frameworks.get(cycle.frameworkId()));
	}

	/** The framework version a cycle uses. */
	public FrameworkView framework(CycleView cycle) {
		return frameworks.get(cycle.frameworkId());
	}

	public boolean mayEdit(CycleView cycle, Optional<CurrentUser> viewer) {
		return cycle.status().editable() && viewer.map(u -> u.canEditCountry(cycle.iso3())).orElse(false);
	}

	public boolean mayReview(CycleView cycle, Optional<CurrentUser> viewer) {
		return viewer.map(CurrentUser::isStaff).orElse(false)
				&& (cycle.status() == CycleStatus.SUBMITTED || cycle.status() == CycleStatus.VALIDATED);
	}

	// --- writing -----------------------------------------------------------------------------------------------

	/** Starts a cycle on the current published version of a framework. */
	@Transactional
	public CycleView create(String iso3, NewCycle request, CurrentUser actor) {
		String country = reference.getCountry(iso3).iso3();
		actor.requireCountry(country);
		if (!actor.isStaff() && request.kind() != CycleKind.SELF) {
			throw RuleViolationException.invalid("assessment.cycle.error.kindForStaff");
		}
		FrameworkView framework = frameworks.currentPublished(request.frameworkCode())
			.orElseThrow(() -> RuleViolationException.invalid("assessment.cycle.error.noFramework",
					request.frameworkCode()));
		checkYear(request.year());
		checkPeriod(request.periodStart(), request.periodEnd());
		checkDueDate(request.dueDate());
		if (!cycles.findByIso3AndFrameworkCodeAndStatusIn(country, framework.code(), openStatuses()).isEmpty()) {
			throw RuleViolationException.conflict("assessment.cycle.error.openExists", country, framework.code());
		}
		AssessmentCycle cycle = cycles.save(new AssessmentCycle(country, framework, request.kind(), request.year(),
				request.periodStart(), request.periodEnd(), request.confidentiality(), false, actor.username()));
		if (request.dueDate() != null) {
			cycle.dueBy(request.dueDate());
		}
		steps.save(new WorkflowStep(cycle.id(), WorkflowStep.Action.CREATED, actor.username(), null));
		return CycleView.of(cycle, framework);
	}

	/** Changes the kind, year, period and confidentiality of a cycle that is still being filled in. */
	@Transactional
	public CycleView describe(long cycleId, long version, CycleKind kind, int year, @Nullable LocalDate periodStart,
			@Nullable LocalDate periodEnd, Confidentiality confidentiality, CurrentUser actor) {
		AssessmentCycle cycle = editable(cycleId, version, actor);
		if (!actor.isStaff() && kind != CycleKind.SELF) {
			throw RuleViolationException.invalid("assessment.cycle.error.kindForStaff");
		}
		checkYear(year);
		checkPeriod(periodStart, periodEnd);
		cycle.describe(kind, year, periodStart, periodEnd, confidentiality);
		return CycleView.of(cycles.saveAndFlush(cycle), frameworks.get(cycle.frameworkId()));
	}

	/**
	 * Sets or clears the date by which the country is asked to submit a cycle that is still being filled in; IOM staff
	 * only (the State may give itself one when it starts a cycle). Reminders go to the country's focal points
	 * ({@link DueReminders}).
	 * @throws RuleViolationException {@code assessment.cycle.error.dueDatePast} when the date is before today
	 */
	@Transactional
	public CycleView setDueDate(long cycleId, long version, @Nullable LocalDate dueDate, CurrentUser actor) {
		if (!actor.isStaff()) {
			throw new AccessDeniedException("Only IOM staff set a cycle's due date");
		}
		AssessmentCycle cycle = editable(cycleId, version, actor);
		checkDueDate(dueDate);
		cycle.dueBy(dueDate);
		return CycleView.of(cycles.saveAndFlush(cycle), frameworks.get(cycle.frameworkId()));
	}

	/**
	 * Saves the answer to one indicator.
	 * @param expectedVersion the version of the response the user edited, {@code null} when there was none
	 * @throws ConcurrentEditException when somebody else saved this answer meanwhile
	 * @throws RuleViolationException when a value is out of range ({@code assessment.answer.error.*})
	 */
	@Transactional
	public ResponseView answer(long cycleId, String indicatorCode, Answer answer, @Nullable Long expectedVersion,
			CurrentUser actor) {
		AssessmentCycle cycle = readable(cycleId, Optional.of(actor));
		requireEditor(cycle, actor);
		cycle.requireEditable();
		FrameworkView framework = frameworks.get(cycle.frameworkId());
		if (framework.indicator(indicatorCode).isEmpty()) {
			throw NotFoundException.of("indicator", indicatorCode);
		}
		check(answer, framework.scale(), cycle.year());
		Response response = responses.findByCycleIdAndIndicatorCode(cycleId, indicatorCode).orElse(null);
		if (response == null) {
			if (expectedVersion != null && expectedVersion >= 0) {
				throw new ConcurrentEditException("response", indicatorCode, expectedVersion, -1);
			}
			response = new Response(cycleId, indicatorCode, actor.username());
		}
		else if (expectedVersion == null || expectedVersion < 0) {
			throw new ConcurrentEditException("response", indicatorCode, -1, response.version(), Response.class,
					response.id());
		}
		else {
			ConcurrentEditException.check(Response.class, response.id(), "response", indicatorCode, expectedVersion,
					response.version());
		}
		response.answer(answer, actor.username());
		Response saved = responses.saveAndFlush(response);
		return ResponseView.of(saved, filesOf(cycleId).getOrDefault(saved.id(), List.of()));
	}

	/** The fields of a response that changed since the version a user edited (for the loser of a concurrent edit). */
	@Transactional(readOnly = true)
	public List<IdentityApi.FieldChange> changesSince(long responseId, long version) {
		return identity.changesSince(Response.class, responseId, version);
	}

	@Transactional
	public CycleView submit(long cycleId, long version, CurrentUser actor) {
		AssessmentCycle cycle = readable(cycleId, Optional.of(actor));
		requireEditor(cycle, actor);
		ConcurrentEditException.check("assessment", cycleId, version, cycle.version());
		boolean anyAnswered = responses.findByCycleId(cycleId).stream().anyMatch(r -> r.level() != null);
		if (!anyAnswered) {
			throw RuleViolationException.invalid("assessment.cycle.error.nothingAnswered");
		}
		boolean resubmission = cycle.status() == CycleStatus.RETURNED;
		cycle.submit(actor.username());
		steps.save(new WorkflowStep(cycleId, WorkflowStep.Action.SUBMITTED, actor.username(), null));
		identity.notifyRole(Role.COORDINATOR,
				resubmission ? "assessment.notify.resubmitted" : "assessment.notify.submitted",
				List.of(countryName(cycle.iso3()), String.valueOf(cycle.year())), link(cycleId));
		return CycleView.of(cycles.saveAndFlush(cycle), frameworks.get(cycle.frameworkId()));
	}

	/**
	 * Sends a submitted (or validated) cycle back to the State with a comment, and optionally a comment on some
	 * indicators.
	 */
	@Transactional
	public CycleView returnWithComments(long cycleId, long version, String comment,
			Map<String, String> indicatorComments, CurrentUser actor) {
		AssessmentCycle cycle = reviewable(cycleId, version, actor);
		if (comment == null || comment.isBlank()) {
			throw RuleViolationException.invalid("assessment.cycle.error.commentRequired");
		}
		if (comment.length() > 4000) {
			throw RuleViolationException.invalid("assessment.cycle.error.commentTooLong", 4000);
		}
		FrameworkView framework = frameworks.get(cycle.frameworkId());
		for (Map.Entry<String, String> entry : indicatorComments.entrySet()) {
			if (entry.getValue() == null || entry.getValue().isBlank()) {
				continue;
			}
			if (framework.indicator(entry.getKey()).isEmpty()) {
				throw NotFoundException.of("indicator", entry.getKey());
			}
			if (entry.getValue().length() > MAX_COMMENT) {
				throw RuleViolationException.invalid("assessment.cycle.error.commentTooLong", MAX_COMMENT);
			}
			Response response = responses.findByCycleIdAndIndicatorCode(cycleId, entry.getKey())
				.orElseGet(() -> new Response(cycleId, entry.getKey(), actor.username()));
			response.review(entry.getValue(), actor.username());
			responses.save(response);
		}
		cycle.returnWithComments(comment.strip(), actor.username());
		steps.save(new WorkflowStep(cycleId, WorkflowStep.Action.RETURNED, actor.username(), comment.strip()));
		identity.notifyCountry(cycle.iso3(), "assessment.notify.returned",
				List.of(String.valueOf(cycle.year()), actor.displayName()), link(cycleId));
		return CycleView.of(cycles.saveAndFlush(cycle), framework);
	}

	/** A reviewer's comment on one answer of a submitted cycle, kept for the State when the cycle is returned. */
	@Transactional
	public ResponseView reviewComment(long cycleId, String indicatorCode, @Nullable String comment,
			CurrentUser actor) {
		AssessmentCycle cycle = readable(cycleId, Optional.of(actor));
		if (!actor.isStaff()) {
			throw new AccessDeniedException("Only IOM staff review assessments");
		}
		if (cycle.status() != CycleStatus.SUBMITTED && cycle.status() != CycleStatus.VALIDATED) {
			throw RuleViolationException.conflict("assessment.cycle.error.cannotReturn", cycle.status().name());
		}
		if (frameworks.get(cycle.frameworkId()).indicator(indicatorCode).isEmpty()) {
			throw NotFoundException.of("indicator", indicatorCode);
		}
		if (comment != null && comment.length() > MAX_COMMENT) {
			throw RuleViolationException.invalid("assessment.cycle.error.commentTooLong", MAX_COMMENT);
		}
		Response response = responses.findByCycleIdAndIndicatorCode(cycleId, indicatorCode)
			.orElseGet(() -> new Response(cycleId, indicatorCode, actor.username()));
		response.review(comment, actor.username());
		Response saved = responses.saveAndFlush(response);
		return ResponseView.of(saved, filesOf(cycleId).getOrDefault(saved.id(), List.of()));
	}

	@Transactional
	public CycleView validate(long cycleId, long version, CurrentUser actor) {
		AssessmentCycle cycle = reviewable(cycleId, version, actor);
		cycle.validate(actor.username());
		steps.save(new WorkflowStep(cycleId, WorkflowStep.Action.VALIDATED, actor.username(), null));
		identity.notifyCountry(cycle.iso3(), "assessment.notify.validated", List.of(String.valueOf(cycle.year())),
				link(cycleId));
		return CycleView.of(cycles.saveAndFlush(cycle), frameworks.get(cycle.frameworkId()));
	}

	/** Publishes a validated cycle: its scores join the profiles, comparisons and maps its confidentiality allows. */
	@Transactional
	public CycleView publish(long cycleId, long version, CurrentUser actor) {
		AssessmentCycle cycle = reviewable(cycleId, version, actor);
		cycle.publish(actor.username());
		AssessmentCycle saved = cycles.saveAndFlush(cycle);
		scores.replace(saved.id(), saved.iso3(), saved.frameworkCode(), saved.year(), saved.confidentiality(),
				java.util.Objects.requireNonNull(saved.publishedAt()), score(saved));
		steps.save(new WorkflowStep(cycleId, WorkflowStep.Action.PUBLISHED, actor.username(), null));
		identity.notifyCountry(cycle.iso3(), "assessment.notify.published", List.of(String.valueOf(cycle.year())),
				link(cycleId));
		events.publishEvent(new AssessmentPublished(saved.id(), saved.iso3(), saved.frameworkCode(), saved.year(),
				saved.confidentiality()));
		return CycleView.of(saved, frameworks.get(cycle.frameworkId()));
	}

	/** Changes who may see a cycle, also after publication (the State's decision, or IOM staff's). */
	@Transactional
	public CycleView changeConfidentiality(long cycleId, long version, Confidentiality confidentiality,
			CurrentUser actor) {
		AssessmentCycle cycle = readable(cycleId, Optional.of(actor));
		actor.requireCountry(cycle.iso3());
		ConcurrentEditException.check("assessment", cycleId, version, cycle.version());
		Confidentiality before = cycle.confidentiality();
		cycle.changeConfidentiality(confidentiality);
		AssessmentCycle saved = cycles.saveAndFlush(cycle);
		if (saved.status() == CycleStatus.PUBLISHED) {
			scores.changeConfidentiality(cycleId, confidentiality);
		}
		steps.save(new WorkflowStep(cycleId, WorkflowStep.Action.CONFIDENTIALITY, actor.username(),
				before.name() + " -> " + confidentiality.name()));
		return CycleView.of(saved, frameworks.get(cycle.frameworkId()));
	}

	/** Records in the history that answers were imported from a file. */
	@Transactional
	public void recordImport(long cycleId, String filename, int answers, CurrentUser actor) {
		steps.save(new WorkflowStep(cycleId, WorkflowStep.Action.IMPORTED, actor.username(),
				filename + " (" + answers + ")"));
	}

	// --- rules ---------------------------------------------------------------------------------------------------

	static void check(Answer answer, RatingScale scale, int cycleYear) {
		if (answer.level() != null && !scale.contains(answer.level())) {
			throw RuleViolationException.invalid("assessment.answer.error.level", scale.levels());
		}
		if (answer.targetLevel() != null && !scale.contains(answer.targetLevel())) {
			throw RuleViolationException.invalid("assessment.answer.error.targetLevel", scale.levels());
		}
		if (answer.targetLevel() != null && answer.targetYear() != null
				&& (answer.targetYear() < cycleYear || answer.targetYear() > cycleYear + 30)) {
			throw RuleViolationException.invalid("assessment.answer.error.targetYear", cycleYear, cycleYear + 30);
		}
		if (answer.evidenceText() != null && answer.evidenceText().length() > MAX_EVIDENCE_TEXT) {
			throw RuleViolationException.invalid("assessment.answer.error.evidenceTooLong", MAX_EVIDENCE_TEXT);
		}
		if (answer.comment() != null && answer.comment().length() > MAX_COMMENT) {
			throw RuleViolationException.invalid("assessment.answer.error.commentTooLong", MAX_COMMENT);
		}
		if (answer.evidenceLinks().size() > MAX_LINKS
				|| String.join("\n", answer.evidenceLinks()).length() > 2000) {
			throw RuleViolationException.invalid("assessment.answer.error.tooManyLinks", MAX_LINKS);
		}
		for (String link : answer.evidenceLinks()) {
			if (!isWebAddress(link)) {
				throw RuleViolationException.invalid("assessment.answer.error.link", link);
			}
		}
	}

	static boolean isWebAddress(String link) {
		try {
			URI uri = new URI(link);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && link.length() <= 500;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static void checkYear(int year) {
		int max = Year.now().getValue() + 1;
		if (year < 2000 || year > max) {
			throw RuleViolationException.invalid("assessment.cycle.error.year", 2000, max);
		}
	}

	private static void checkDueDate(@Nullable LocalDate dueDate) {
		if (dueDate != null && dueDate.isBefore(LocalDate.now())) {
			throw RuleViolationException.invalid("assessment.cycle.error.dueDatePast", dueDate.toString());
		}
	}

	private static void checkPeriod(@Nullable LocalDate start, @Nullable LocalDate end) {
		if (start != null && end != null && end.isBefore(start)) {
			throw RuleViolationException.invalid("assessment.cycle.error.period");
		}
	}

	private boolean mayRead(AssessmentCycle cycle, Optional<CurrentUser> viewer) {
		if (viewer.map(u -> u.canSeeConfidentialOf(cycle.iso3())).orElse(false)) {
			return true;
		}
		return cycle.status() == CycleStatus.PUBLISHED && cycle.confidentiality().visibleTo(cycle.iso3(), viewer, memberStates);
	}

	private AssessmentCycle readable(long id, Optional<CurrentUser> viewer) {
		AssessmentCycle cycle = cycles.findById(id).orElseThrow(() -> NotFoundException.of("assessment", id));
		if (!mayRead(cycle, viewer)) {
			throw NotFoundException.of("assessment", id);
		}
		return cycle;
	}

	private static void requireEditor(AssessmentCycle cycle, CurrentUser actor) {
		if (!actor.canEditCountry(cycle.iso3())) {
			throw new AccessDeniedException("Not allowed for country " + cycle.iso3());
		}
	}

	private AssessmentCycle editable(long id, long version, CurrentUser actor) {
		AssessmentCycle cycle = readable(id, Optional.of(actor));
		requireEditor(cycle, actor);
		ConcurrentEditException.check("assessment", id, version, cycle.version());
		cycle.requireEditable();
		return cycle;
	}

	private AssessmentCycle reviewable(long id, long version, CurrentUser actor) {
		if (!actor.isStaff()) {
			throw new AccessDeniedException("Only IOM staff review assessments");
		}
		AssessmentCycle cycle = readable(id, Optional.of(actor));
		ConcurrentEditException.check("assessment", id, version, cycle.version());
		return cycle;
	}

	private List<CapacityScoring.AreaResult> score(AssessmentCycle cycle) {
		FrameworkView framework = frameworks.get(cycle.frameworkId());
		Map<String, CapacityScoring.LevelTarget> answers = new HashMap<>();
		for (Response response : responses.findByCycleId(cycle.id())) {
			answers.put(response.indicatorCode(),
					new CapacityScoring.LevelTarget(response.level(), response.targetLevel()));
		}
		return CapacityScoring.areas(framework.scale(), CapacityScoring.inputs(framework, answers));
	}

	private List<CycleSummary> summaries(List<AssessmentCycle> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, Integer> answered = new HashMap<>();
		List<Long> ids = list.stream().map(AssessmentCycle::id).toList();
		for (List<Long> chunk : chunks(ids, 500)) {
			jdbc.sql("""
					select cycle_id, count(*) from assessment.response
					where cycle_id in (:ids) and level is not null group by cycle_id""")
				.param("ids", chunk)
				.query((rs, i) -> answered.put(rs.getLong(1), rs.getInt(2)))
				.list();
		}
		return list.stream().map(c -> {
			FrameworkView framework = frameworks.get(c.frameworkId());
			return new CycleSummary(c.id(), c.iso3(), c.frameworkCode(), framework.frameworkVersion(), c.kind(),
					c.year(), c.status(), c.confidentiality(), c.demo(), answered.getOrDefault(c.id(), 0),
					framework.indicatorCount(), c.submittedAt(), c.publishedAt());
		}).toList();
	}

	private Map<Long, List<EvidenceFileView>> filesOf(long cycleId) {
		return jdbc.sql("""
				select f.id, f.response_id, f.filename, f.content_type, f.size_bytes, f.uploaded_at, f.uploaded_by
				from assessment.evidence_file f join assessment.response r on r.id = f.response_id
				where r.cycle_id = :cycle order by f.uploaded_at, f.id""")
			.param("cycle", cycleId)
			.query((rs, i) -> new EvidenceFileView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(EvidenceFileView::responseId, LinkedHashMap::new, Collectors.toList()));
	}

	private static <T> List<List<T>> chunks(List<T> list, int size) {
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < list.size(); i += size) {
			chunks.add(list.subList(i, Math.min(list.size(), i + size)));
		}
		return chunks;
	}

	private static Collection<CycleStatus> openStatuses() {
		return EnumSet.of(CycleStatus.DRAFT, CycleStatus.SUBMITTED, CycleStatus.RETURNED, CycleStatus.VALIDATED);
	}

	private String countryName(String iso3) {
		return reference.country(iso3).map(c -> c.name()).orElse(iso3);
	}

	private static String link(long cycleId) {
		return "/assessments/" + cycleId;
	}

}
