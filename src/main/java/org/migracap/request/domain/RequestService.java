package org.migracap.request.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.IdentityApi;
import org.migracap.identity.UserSummary;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.files.StoredFile;
import org.migracap.platform.files.UploadPolicy;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.migracap.request.HelpKind;
import org.migracap.request.RequestAccepted;
import org.migracap.request.Urgency;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for help and their triage: submission by a focal point (for its country, alone or jointly with others),
 * the coordinator's decisions, questions and answers, attachments, status history, and the notifications that go to
 * the people concerned at every step. A focal point sees and acts on the requests of its own country only; a request
 * of another country is answered as not found.
 */
@Service
@Transactional
public class RequestService {

	static final String LINK = "/requests/";

	private final AssistanceRequests requests;

	private final StatusChanges history;

	private final Attachments attachments;

	private final ReferenceApi reference;

	private final IdentityApi identity;

	private final ApplicationEventPublisher events;

	private final RequestSettings settings;

	RequestService(AssistanceRequests requests, StatusChanges history, Attachments attachments,
			ReferenceApi reference, IdentityApi identity, ApplicationEventPublisher events, RequestSettings settings) {
		this.requests = requests;
		this.history = history;
		this.attachments = attachments;
		this.reference = reference;
		this.identity = identity;
		this.events = events;
		this.settings = settings;
	}

	/** A file to attach: its name as uploaded and its bytes. */
	public record Upload(String filename, byte[] content) {
	}

	/**
	 * A new request. {@code countries} lists the requesting countries, the lead country first (for a focal point, its
	 * own country).
	 */
	public record NewRequest(List<String> countries, Set<FocusArea> areas, HelpKind kind, Urgency urgency,
			String title, String description, @Nullable LocalDate desiredStart, @Nullable LocalDate desiredEnd,
			@Nullable String origin, List<Upload> uploads) {
	}

	/** One step of the history as pages show it. */
	public record HistoryEntry(Instant at, String actor, @Nullable RequestStatus from, RequestStatus to,
			@Nullable String note) {
	}

	/** A request with everything its page shows, and what the viewer may do with it. */
	public record RequestDetail(RequestRow row, long version, @Nullable String decisionNote,
			@Nullable String infoQuestion, @Nullable String infoAnswer, @Nullable String lastActor,
			@Nullable String programmeTitle, List<HistoryEntry> history, List<AttachmentView> attachments,
			boolean mayDecide, boolean mayAnswer, boolean mayWithdraw, boolean mayAttach) {
	}

	/** An earlier request that may be a duplicate, with the text and area similarity that make it one. */
	public record SimilarRequest(long id, String title, List<String> countries, Set<FocusArea> areas,
			RequestStatus status, LocalDate submittedOn, double textScore, double areaScore) {

		/** Percent for display. */
		public long percent() {
			return Math.round(textScore * 100);
		}

	}

	/** Submits a request; answers its id. */
	public long submit(NewRequest request, CurrentUser actor) {
		List<String> countries = countries(request.countries());
		String lead = countries.get(0);
		if (!actor.isStaff() && !actor.has(Role.FACILITATOR) && !actor.isFocalPointOf(lead)) {
			throw new AccessDeniedException("A focal point submits requests for its own country");
		}
		if (request.areas().isEmpty()) {
			throw RuleViolationException.invalid("request.error.areas");
		}
		List<StoredFile> files = checkUploads(request.uploads(), 0);
		Instant now = Instant.now();
		AssistanceRequest saved = requests.save(new AssistanceRequest(request.title(), request.description(), countries,
				request.areas(), request.kind(), request.urgency(), request.desiredStart(), request.desiredEnd(),
				actor.id(), actor.displayName(), request.origin(), now));
		history.save(new StatusChange(saved.id(), now, actor.id(), actor.displayName(), null, RequestStatus.SUBMITTED,
				null));
		store(saved.id(), files, actor, now);
		identity.notifyRole(Role.COORDINATOR, "request.notify.submitted",
				List.of(saved.title(), String.join(", ", countries)), LINK + saved.id());
		notifyCountries(saved, actor, "request.notify.submittedCountry", List.of(saved.title()));
		return saved.id();
	}

	@Transactional(readOnly = true)
	public Page<RequestRow> search(RequestQuery query, CurrentUser viewer) {
		return query.page(visibleRows(viewer));
	}

	@Transactional(readOnly = true)
	public List<RequestRow> list(RequestQuery query, CurrentUser viewer) {
		return query.apply(visibleRows(viewer));
	}

	/** Every request the viewer may see: all for IOM staff, its own country's for a focal point, none otherwise. */
	@Transactional(readOnly = true)
	public List<RequestRow> visibleRows(CurrentUser viewer) {
		List<AssistanceRequest> found;
		if (viewer.isStaff()) {
			found = requests.findAll();
		}
		else if (viewer.has(Role.FOCAL_POINT) && viewer.countryCode() != null) {
			found = requests.findByCountry(viewer.countryCode());
		}
		else {
			found = List.of();
		}
		Instant now = Instant.now();
		return found.stream().map(r -> row(r, now)).toList();
	}

	@Transactional(readOnly = true)
	public RequestDetail detail(long id, CurrentUser viewer) {
		AssistanceRequest request = visible(id, viewer);
		List<HistoryEntry> entries = history.findByRequestIdOrderByChangedAtAscIdAsc(id)
			.stream()
			.map(h -> new HistoryEntry(h.changedAt(), h.actorName(), h.fromStatus(), h.toStatus(), h.note()))
			.toList();
		boolean party = viewer.isStaff() || request.countries().stream().anyMatch(viewer::isFocalPointOf);
		boolean open = request.status().open();
		return new RequestDetail(row(request, Instant.now()), request.version(), request.decisionNote(),
				request.infoQuestion(), request.infoAnswer(), request.lastActor(), request.programmeTitle(), entries,
				attachments.findViewsByRequestId(id), viewer.isStaff() && request.status() == RequestStatus.SUBMITTED,
				party && request.status() == RequestStatus.INFO_REQUESTED, party && open, party && open);
	}

	public void accept(long id, long version, @Nullable String note, CurrentUser actor) {
		AssistanceRequest request = decidable(id, version, actor);
		RequestStatus from = request.status();
		Instant now = Instant.now();
		request.move(RequestStatus.ACCEPTED, actor.displayName(), actor.id(), now);
		request.decide(note);
		record(request, from, actor, note, now);
		events.publishEvent(new RequestAccepted(request.id(), new LinkedHashSet<>(request.countries()),
				request.areas(), request.kind(), request.urgency()));
		notifyCountries(request, actor, "request.notify.accepted", List.of(request.title()));
	}

	public void decline(long id, long version, String reason, CurrentUser actor) {
		if (reason == null || reason.isBlank()) {
			throw RuleViolationException.invalid("request.error.reasonRequired");
		}
		AssistanceRequest request = decidable(id, version, actor);
		RequestStatus from = request.status();
		Instant now = Instant.now();
		request.move(RequestStatus.DECLINED, actor.displayName(), actor.id(), now);
		request.decide(reason);
		record(request, from, actor, reason, now);
		notifyCountries(request, actor, "request.notify.declined", List.of(request.title(), reason.trim()));
	}

	public void askForInformation(long id, long version, String question, CurrentUser actor) {
		if (question == null || question.isBlank()) {
			throw RuleViolationException.invalid("request.error.questionRequired");
		}
		AssistanceRequest request = decidable(id, version, actor);
		RequestStatus from = request.status();
		Instant now = Instant.now();
		request.move(RequestStatus.INFO_REQUESTED, actor.displayName(), actor.id(), now);
		request.ask(question);
		record(request, from, actor, question, now);
		notifyCountries(request, actor, "request.notify.infoRequested", List.of(request.title(), question.trim()));
	}

	/** The requester answers a question; the request goes back to the triage queue. */
	public void answer(long id, long version, String answer, List<Upload> uploads, CurrentUser actor) {
		if (answer == null || answer.isBlank()) {
			throw RuleViolationException.invalid("request.error.answerRequired");
		}
		AssistanceRequest request = party(id, actor);
		ConcurrentEditException.check(AssistanceRequest.class, id, "request", id, version, request.version());
		List<StoredFile> files = checkUploads(uploads, attachments.countByRequestId(id));
		RequestStatus from = request.status();
		Instant now = Instant.now();
		Long asker = request.lastActorId();
		request.move(RequestStatus.SUBMITTED, actor.displayName(), actor.id(), now);
		request.answer(answer);
		record(request, from, actor, answer, now);
		store(id, files, actor, now);
		List<String> args = List.of(request.title(), String.join(", ", request.countries()));
		if (asker != null && identity.user(asker).filter(u -> u.roles().contains(Role.COORDINATOR)).isPresent()) {
			identity.notify(List.of(asker), "request.notify.answered", args, LINK + id);
		}
		else {
			identity.notifyRole(Role.COORDINATOR, "request.notify.answered", args, LINK + id);
		}
		notifyCountries(request, actor, "request.notify.answeredCountry", List.of(request.title()));
	}

	public void withdraw(long id, long version, @Nullable String note, CurrentUser actor) {
		AssistanceRequest request = party(id, actor);
		ConcurrentEditException.check(AssistanceRequest.class, id, "request", id, version, request.version());
		RequestStatus from = request.status();
		Instant now = Instant.now();
		request.move(RequestStatus.WITHDRAWN, actor.displayName(), actor.id(), now);
		record(request, from, actor, note, now);
		identity.notifyRole(Role.COORDINATOR, "request.notify.withdrawn", List.of(request.title()), LINK + id);
		notifyCountries(request, actor, "request.notify.withdrawnCountry", List.of(request.title()));
	}

	/** Attaches files to an open request. */
	public void attach(long id, List<Upload> uploads, CurrentUser actor) {
		AssistanceRequest request = party(id, actor);
		if (!request.status().open()) {
			throw RuleViolationException.conflict("request.error.closed");
		}
		if (uploads.isEmpty()) {
			throw RuleViolationException.invalid("request.attachment.none");
		}
		List<StoredFile> files = checkUploads(uploads, attachments.countByRequestId(id));
		store(id, files, actor, Instant.now());
		List<String> args = List.of(request.title(), String.valueOf(files.size()));
		if (actor.isStaff()) {
			notifyCountries(request, actor, "request.notify.attached", args);
		}
		else {
			identity.notifyRole(Role.COORDINATOR, "request.notify.attached", args, LINK + id);
		}
	}

	/** The content of an attached file, for download. */
	@Transactional(readOnly = true)
	public StoredFile attachment(long id, long attachmentId, CurrentUser viewer) {
		visible(id, viewer);
		return attachments.findByIdAndRequestId(attachmentId, id)
			.orElseThrow(() -> NotFoundException.of("attachment", attachmentId))
			.file();
	}

	/**
	 * Earlier requests that share an area with this one and whose text is similar (TF-IDF cosine at or above the
	 * threshold), most similar first. For IOM staff only, who see every country's requests.
	 */
	@Transactional(readOnly = true)
	public List<SimilarRequest> similar(long id, CurrentUser viewer) {
		AssistanceRequest request = visible(id, viewer);
		if (!viewer.isStaff()) {
			return List.of();
		}
		return possibleDuplicates(List.of(request.id())).getOrDefault(request.id(), List.of());
	}

	/** Possible duplicates of several requests at once (one corpus for all). */
	@Transactional(readOnly = true)
	public Map<Long, List<SimilarRequest>> possibleDuplicates(Collection<Long> ids) {
		List<AssistanceRequest> all = requests.findAll();
		TextSimilarity corpus = new TextSimilarity();
		Map<Long, Integer> position = new HashMap<>();
		for (AssistanceRequest r : all) {
			position.put(r.id(), corpus.add(r.title() + " " + r.title() + " " + r.description()));
		}
		Map<Long, List<SimilarRequest>> result = new HashMap<>();
		for (Long id : ids) {
			AssistanceRequest subject = all.stream().filter(r -> r.id() == id).findFirst().orElse(null);
			if (subject == null) {
				continue;
			}
			List<SimilarRequest> found = new ArrayList<>();
			for (AssistanceRequest other : all) {
				boolean earlier = other.submittedAt().isBefore(subject.submittedAt())
						|| other.submittedAt().equals(subject.submittedAt()) && other.id() < id;
				if (other.id() == id || !earlier) {
					continue;
				}
				double areaScore = TextSimilarity.jaccard(subject.areas(), other.areas());
				if (areaScore == 0) {
					continue;
				}
				double textScore = corpus.cosine(position.get(id), position.get(other.id()));
				if (textScore >= settings.similarityThreshold()) {
					found.add(new SimilarRequest(other.id(), other.title(), other.countries(), other.areas(),
							other.status(), day(other.submittedAt()), textScore, areaScore));
				}
			}
			found.sort(Comparator.comparingDouble((SimilarRequest s) -> s.textScore() + s.areaScore() / 4).reversed());
			result.put(id, found.stream().limit(settings.similarMax()).toList());
		}
		return result;
	}

	/** Records that a programme now delivers an accepted request, and tells the requesting countries. */
	public void linkProgramme(long id, long programmeId, String programmeTitle, CurrentUser actor) {
		AssistanceRequest request = requests.findById(id).orElseThrow(() -> NotFoundException.of("request", id));
		request.linkProgramme(programmeId, programmeTitle);
		notifyCountries(request, actor, "request.notify.programme", List.of(request.title(), programmeTitle));
	}

	@Transactional(readOnly = true)
	public Optional<RequestRow> find(long id) {
		return requests.findById(id).map(r -> row(r, Instant.now()));
	}

	@Transactional(readOnly = true)
	public Optional<String> description(long id) {
		return requests.findById(id).map(AssistanceRequest::description);
	}

	@Transactional(readOnly = true)
	public List<RequestRow> withStatus(RequestStatus status) {
		Instant now = Instant.now();
		return requests.findByStatusIn(List.of(status)).stream().map(r -> row(r, now)).toList();
	}

	private AssistanceRequest decidable(long id, long version, CurrentUser actor) {
		if (!actor.isStaff()) {
			throw new AccessDeniedException("Only IOM staff decide on requests");
		}
		AssistanceRequest request = requests.findById(id).orElseThrow(() -> NotFoundException.of("request", id));
		ConcurrentEditException.check(AssistanceRequest.class, id, "request", id, version, request.version());
		return request;
	}

	/** A request the actor takes part in: IOM staff, or a focal point of one of its countries. */
	private AssistanceRequest party(long id, CurrentUser actor) {
		return visible(id, actor);
	}

	private AssistanceRequest visible(long id, CurrentUser viewer) {
		AssistanceRequest request = requests.findById(id).orElseThrow(() -> NotFoundException.of("request", id));
		if (viewer.isStaff() || request.countries().stream().anyMatch(viewer::isFocalPointOf)) {
			return request;
		}
		throw NotFoundException.of("request", id);
	}

	private void record(AssistanceRequest request, RequestStatus from, CurrentUser actor, @Nullable String note,
			Instant now) {
		history.save(new StatusChange(request.id(), now, actor.id(), actor.displayName(), from, request.status(), note));
	}

	private List<String> countries(List<String> codes) {
		List<String> countries = new ArrayList<>();
		for (String code : codes) {
			if (code == null || code.isBlank()) {
				continue;
			}
			String iso3 = code.trim().toUpperCase(Locale.ROOT);
			if (!reference.isCountry(iso3)) {
				throw RuleViolationException.invalid("request.error.unknownCountry", iso3);
			}
			if (!countries.contains(iso3)) {
				countries.add(iso3);
			}
		}
		if (countries.isEmpty()) {
			throw RuleViolationException.invalid("request.error.countryRequired");
		}
		if (countries.size() > 30) {
			throw RuleViolationException.invalid("request.error.tooManyCountries", 30);
		}
		return countries;
	}

	private List<StoredFile> checkUploads(List<Upload> uploads, long existing) {
		List<Upload> files = uploads.stream().filter(u -> u.content().length > 0 || !u.filename().isBlank()).toList();
		if (existing + files.size() > settings.attachmentMaxCount()) {
			throw RuleViolationException.invalid("request.attachment.tooMany", settings.attachmentMaxCount());
		}
		UploadPolicy policy = settings.attachmentPolicy();
		return files.stream().map(u -> policy.accept(u.filename(), u.content())).toList();
	}

	private void store(long requestId, List<StoredFile> files, CurrentUser actor, Instant now) {
		for (StoredFile file : files) {
			attachments.save(new Attachment(requestId, file, now, actor.displayName()));
		}
	}

	/** Notifies the focal points of the request's countries and its submitter, except the one who acted. */
	private void notifyCountries(AssistanceRequest request, CurrentUser actor, String key, List<String> args) {
		Set<Long> recipients = new LinkedHashSet<>();
		for (String iso3 : request.countries()) {
			identity.focalPointsOf(iso3).stream().map(UserSummary::id).forEach(recipients::add);
		}
		recipients.add(request.submittedBy());
		recipients.remove(actor.id());
		identity.notify(recipients, key, args, LINK + request.id());
	}

	static RequestRow row(AssistanceRequest r, Instant now) {
		return new RequestRow(r.id(), r.title(), r.description(), r.countries(), r.areas(), r.kind(), r.urgency(),
				r.status(), r.submittedAt(), r.statusChangedAt(), days(r.submittedAt(), now),
				days(r.statusChangedAt(), now), r.submittedByName(), r.origin(), r.desiredStart(), r.desiredEnd(),
				r.programmeId(), r.demo());
	}

	static long days(Instant from, Instant to) {
		return Math.max(0, Duration.between(from, to).toDays());
	}

	static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, ZoneOffset.UTC);
	}

}
