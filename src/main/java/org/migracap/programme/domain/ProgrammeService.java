package org.migracap.programme.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.IdentityApi;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.files.StoredFile;
import org.migracap.programme.domain.ProgrammeViews.BudgetLineView;
import org.migracap.programme.domain.ProgrammeViews.Detail;
import org.migracap.programme.domain.ProgrammeViews.IndicatorView;
import org.migracap.programme.domain.ProgrammeViews.LogframeNode;
import org.migracap.programme.domain.ProgrammeViews.Marker;
import org.migracap.programme.domain.ProgrammeViews.Overdue;
import org.migracap.programme.domain.ProgrammeViews.PartnerView;
import org.migracap.programme.domain.ProgrammeViews.PeriodView;
import org.migracap.programme.domain.ProgrammeViews.Row;
import org.migracap.programme.domain.ProgrammeViews.YearTotal;
import org.migracap.reference.CodeItem;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.migracap.programme.ProgrammeResultReported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programmes and everything in them. A programme's public parts (summary, partners, log frame, results, yearly budget
 * totals, ODA classification, public documents) show to everybody once it is published; its budget lines, internal
 * documents and drafts only to IOM staff and the focal points of its countries. IOM staff edit; the focal points of
 * its countries may also report actual results.
 */
@Service
@Transactional
public class ProgrammeService {

	/** Exclusive bound of an actual in numeric(18,4): at most 14 digits before the decimal point. */
	static final BigDecimal ACTUAL_LIMIT = new BigDecimal("100000000000000");

	/** Largest amount of one budget line: a billion, well above any capacity-building line, far below a typing slip. */
	private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

	/** Largest target of an indicator period, either sign. */
	private static final BigDecimal MAX_TARGET = new BigDecimal("1000000000");

	private final Programmes programmes;

	private final Partners partners;

	private final LogframeItems logframe;

	private final Indicators indicators;

	private final IndicatorPeriods periods;

	private final BudgetLines budget;

	private final ProgrammeDocuments documents;

	private final ReferenceApi reference;

	private final IdentityApi identity;

	private final ProgrammeSettings settings;

	private final ApplicationEventPublisher events;

	ProgrammeService(Programmes programmes, Partners partners, LogframeItems logframe, Indicators indicators,
			IndicatorPeriods periods, BudgetLines budget, ProgrammeDocuments documents, ReferenceApi reference,
			IdentityApi identity, ProgrammeSettings settings, ApplicationEventPublisher events) {
		this.programmes = programmes;
		this.partners = partners;
		this.logframe = logframe;
		this.indicators = indicators;
		this.periods = periods;
		this.budget = budget;
		this.documents = documents;
		this.reference = reference;
		this.identity = identity;
		this.settings = settings;
		this.events = events;
	}

	public record NewProgramme(String title, String description, @Nullable String goal, List<String> countries,
			Set<FocusArea> areas, LocalDate plannedStart, LocalDate plannedEnd, @Nullable Long requestId,
			@Nullable Long scenarioId, @Nullable String origin) {
	}

	public record Changes(long version, String title, String description, @Nullable String goal,
			List<String> countries, Set<FocusArea> areas, LocalDate plannedStart, LocalDate plannedEnd, int status,
			@Nullable LocalDate actualStart, @Nullable LocalDate actualEnd) {
	}

	// ---- reading

	@Transactional(readOnly = true)
	public List<Row> visibleRows(Optional<CurrentUser> viewer) {
		List<Programme> visible = programmes.findAll().stream().filter(p -> canSee(p, viewer)).toList();
		Map<Long, BigDecimal> totals = new HashMap<>();
		for (BudgetLine line : budget.findByProgrammeIdIn(visible.stream().map(Programme::id).toList())) {
			totals.merge(line.programmeId, line.amount, BigDecimal::add);
		}
		LocalDate today = LocalDate.now();
		Map<Long, Integer> overdue = new HashMap<>();
		for (IndicatorPeriod period : periods.findByActualIsNull()) {
			if (period.overdue(today)) {
				overdue.merge(period.programmeId, 1, Integer::sum);
			}
		}
		return visible.stream()
			.map(p -> row(p, totals.getOrDefault(p.id(), BigDecimal.ZERO), overdue.getOrDefault(p.id(), 0)))
			.toList();
	}

	@Transactional(readOnly = true)
	public org.springframework.data.domain.Page<Row> search(ProgrammeQuery query, Optional<CurrentUser> viewer) {
		return query.page(visibleRows(viewer));
	}

	@Transactional(readOnly = true)
	public List<Row> list(ProgrammeQuery query, Optional<CurrentUser> viewer) {
		return query.apply(visibleRows(viewer));
	}

	@Transactional(readOnly = true)
	public Detail detail(long id, Optional<CurrentUser> viewer) {
		Programme p = visible(id, viewer);
		boolean confidential = confidential(p, viewer);
		List<BudgetLine> lines = budget.findByProgrammeIdOrderByYearAscIdAsc(id);
		Map<Integer, BigDecimal[]> byYear = new TreeMap<>();
		for (BudgetLine line : lines) {
			BigDecimal[] sums = byYear.computeIfAbsent(line.year, y -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			int slot = line.kind == CostKind.ONE_OFF ? 0 : 1;
			sums[slot] = sums[slot].add(line.amount);
		}
		List<YearTotal> totals = byYear.entrySet()
			.stream()
			.map(e -> new YearTotal(e.getKey(), e.getValue()[0], e.getValue()[1]))
			.toList();
		List<LogframeItem> items = logframe.findByProgrammeIdOrderByPositionAscIdAsc(id);
		Map<Long, LogframeItem> itemById = items.stream().collect(Collectors.toMap(i -> i.id, i -> i));
		LocalDate today = LocalDate.now();
		Map<Long, List<PeriodView>> periodsByIndicator = new HashMap<>();
		for (IndicatorPeriod period : periods.findByProgrammeIdOrderByStartAscIdAsc(id)) {
			periodsByIndicator.computeIfAbsent(period.indicatorId, k -> new ArrayList<>())
				.add(new PeriodView(period.id, period.version, period.start, period.end, period.target, period.actual,
						period.actualComment, period.actualRecordedBy, period.actualRecordedAt, period.overdue(today)));
		}
		List<IndicatorView> indicatorViews = indicators.findByProgrammeIdOrderByIdAsc(id).stream().map(i -> {
			LogframeItem item = i.logframeItemId == null ? null : itemById.get(i.logframeItemId);
			return new IndicatorView(i.id, i.title, i.logframeItemId, item == null ? null : item.text,
					item == null ? null : item.level, i.measure, i.ascending, i.baselineYear, i.baselineValue,
					i.assessmentIndicator, periodsByIndicator.getOrDefault(i.id, List.of()));
		}).toList();
		List<DocumentView> docs = documents.findViews(id)
			.stream()
			.filter(d -> confidential || d.publicDocument())
			.toList();
		Row row = row(p, totals.stream().map(YearTotal::total).reduce(BigDecimal.ZERO, BigDecimal::add),
				(int) indicatorViews.stream().flatMap(i -> i.periods().stream()).filter(PeriodView::overdue).count());
		return new Detail(row, p.version(), p.description(), p.goal(), p.actualStart(), p.actualEnd(), p.origin(),
				p.scenarioId(), p.odaEligible(), p.dacCode(), dacName(p.dacCode()), markers(p.policyMarkers()),
				p.currency(),
				partners.findByProgrammeIdOrderByRoleAscIdAsc(id)
					.stream()
					.map(x -> new PartnerView(x.id, x.name, x.ref, x.orgType, x.role))
					.toList(),
				tree(items), indicatorViews, totals,
				confidential ? lines.stream()
					.map(l -> new BudgetLineView(l.id, l.year, l.kind, l.amount, l.country, l.fundingSource, l.donor,
							l.description, l.version))
					.toList() : null,
				docs, confidential, viewer.map(CurrentUser::isStaff).orElse(false), mayReport(p, viewer));
	}

	/** The periods overdue in every programme, latest deadline last. For IOM staff. */
	@Transactional(readOnly = true)
	public List<Overdue> overdue() {
		LocalDate today = LocalDate.now();
		Map<Long, Programme> byId = new HashMap<>();
		Map<Long, Indicator> indicatorById = new HashMap<>();
		List<Overdue> result = new ArrayList<>();
		for (IndicatorPeriod period : periods.findByActualIsNull()) {
			if (!period.overdue(today)) {
				continue;
			}
			Programme p = byId.computeIfAbsent(period.programmeId, k -> programmes.findById(k).orElse(null));
			Indicator i = indicatorById.computeIfAbsent(period.indicatorId, k -> indicators.findById(k).orElse(null));
			if (p == null || i == null || p.status() >= 4) {
				continue;
			}
			result.add(new Overdue(p.id(), p.title(), i.id, i.title, period.end,
					ChronoUnit.DAYS.between(period.end, today)));
		}
		result.sort(Comparator.comparing(Overdue::periodEnd));
		return result;
	}

	// ---- writing

	public long create(NewProgramme command, CurrentUser actor) {
		requireStaff(actor);
		List<String> countries = countries(command.countries());
		Instant now = Instant.now();
		String code = "MC-" + LocalDate.now().getYear() + "-" + String.format(Locale.ROOT, "%04d", programmes.maxId() + 1);
		Programme programme = new Programme(code, command.title(), command.description(), countries, command.areas(),
				command.plannedStart(), command.plannedEnd(), settings.currency(), now);
		programme.describe(command.title(), command.description(), command.goal(), countries, command.areas(),
				command.plannedStart(), command.plannedEnd());
		programme.source(command.requestId(), command.scenarioId(), command.origin());
		programme = programmes.save(programme);
		partners.save(new Partner(programme.id(), settings.reportingOrgName(), settings.reportingOrgRef(),
				settings.reportingOrgType(), 2));
		partners.save(new Partner(programme.id(), settings.reportingOrgName(), settings.reportingOrgRef(),
				settings.reportingOrgType(), 4));
		for (String iso3 : countries) {
			identity.notifyCountry(iso3, "programme.notify.created", List.of(programme.title()),
					"/programmes/" + programme.id());
		}
		return programme.id();
	}

	public void update(long id, Changes changes, CurrentUser actor) {
		requireStaff(actor);
		Programme p = get(id);
		ConcurrentEditException.check(Programme.class, id, "programme", id, changes.version(), p.version());
		p.describe(changes.title(), changes.description(), changes.goal(), countries(changes.countries()),
				changes.areas(), changes.plannedStart(), changes.plannedEnd());
		p.setStatus(changes.status(), changes.actualStart(), changes.actualEnd());
		programmes.save(p);
	}

	public void classify(long id, long version, boolean oda, String dacCode, Map<String, Integer> markers,
			CurrentUser actor) {
		requireStaff(actor);
		Programme p = get(id);
		ConcurrentEditException.check(Programme.class, id, "programme", id, version, p.version());
		String code = dacCode == null ? "" : dacCode.trim();
		if (reference.codeItem("iati-Sector", code).filter(CodeItem::active).isEmpty()) {
			throw RuleViolationException.invalid("programme.error.dacCode", code);
		}
		StringBuilder encoded = new StringBuilder();
		for (Map.Entry<String, Integer> marker : new TreeMap<>(markers).entrySet()) {
			if (reference.codeItem("iati-PolicyMarker", marker.getKey()).isEmpty() || marker.getValue() < 0
					|| marker.getValue() > 4) {
				throw RuleViolationException.invalid("programme.error.marker", marker.getKey());
			}
			encoded.append(encoded.isEmpty() ? "" : ";").append(marker.getKey()).append(':').append(marker.getValue());
		}
		p.classify(oda, code, encoded.toString());
		programmes.save(p);
	}

	public void publish(long id, boolean published, CurrentUser actor) {
		requireStaff(actor);
		Programme p = get(id);
		p.setPublished(published);
		programmes.save(p);
	}

	public void addPartner(long id, String name, @Nullable String ref, @Nullable String orgType, int role,
			CurrentUser actor) {
		requireStaff(actor);
		get(id);
		if (name == null || name.isBlank()) {
			throw RuleViolationException.invalid("programme.error.partnerName");
		}
		if (reference.codeItem("iati-OrganisationRole", String.valueOf(role)).isEmpty()) {
			throw RuleViolationException.invalid("programme.error.role", role);
		}
		if (orgType != null && !orgType.isBlank() && reference.codeItem("iati-OrganisationType", orgType).isEmpty()) {
			throw RuleViolationException.invalid("programme.error.orgType", orgType);
		}
		partners.save(new Partner(id, name, ref, orgType, role));
	}

	public void removePartner(long id, long partnerId, CurrentUser actor) {
		requireStaff(actor);
		Partner partner = partners.findById(partnerId).filter(x -> x.programmeId == id)
			.orElseThrow(() -> NotFoundException.of("partner", partnerId));
		partners.delete(partner);
	}

	public long addLogframeItem(long id, @Nullable Long parentId, LogframeLevel level, String text,
			CurrentUser actor) {
		requireStaff(actor);
		get(id);
		if (text == null || text.isBlank()) {
			throw RuleViolationException.invalid("programme.error.text");
		}
		if (level.parent() == null) {
			parentId = null;
		}
		else {
			LogframeItem parent = parentId == null ? null
					: logframe.findById(parentId).filter(x -> x.programmeId == id).orElse(null);
			if (parent == null || parent.level != level.parent()) {
				throw RuleViolationException.invalid("programme.error.parent");
			}
		}
		int position = logframe.findByProgrammeIdOrderByPositionAscIdAsc(id).size();
		return logframe.save(new LogframeItem(id, parentId, level, text, position)).id;
	}

	public void removeLogframeItem(long id, long itemId, CurrentUser actor) {
		requireStaff(actor);
		List<LogframeItem> items = logframe.findByProgrammeIdOrderByPositionAscIdAsc(id);
		LogframeItem item = items.stream().filter(i -> i.id == itemId).findFirst()
			.orElseThrow(() -> NotFoundException.of("log frame item", itemId));
		boolean hasChildren = items.stream().anyMatch(i -> Long.valueOf(itemId).equals(i.parentId));
		boolean hasIndicators = indicators.findByProgrammeIdOrderByIdAsc(id)
			.stream()
			.anyMatch(i -> Long.valueOf(itemId).equals(i.logframeItemId));
		if (hasChildren || hasIndicators) {
			throw RuleViolationException.conflict("programme.error.itemInUse");
		}
		logframe.delete(item);
	}

	public long addIndicator(long id, @Nullable Long logframeItemId, String title, int measure, boolean ascending,
			int baselineYear, BigDecimal baselineValue, @Nullable String assessmentIndicator, CurrentUser actor) {
		requireStaff(actor);
		get(id);
		if (title == null || title.isBlank()) {
			throw RuleViolationException.invalid("programme.error.text");
		}
		if (measure < 1 || measure > 5) {
			throw RuleViolationException.invalid("programme.error.measure");
		}
		if (logframeItemId != null && logframe.findById(logframeItemId)
			.filter(x -> x.programmeId == id && x.level != LogframeLevel.ACTIVITY)
			.isEmpty()) {
			throw RuleViolationException.invalid("programme.error.parent");
		}
		if (assessmentIndicator != null && !assessmentIndicator.isBlank()
				&& !assessmentIndicator.trim().toUpperCase(Locale.ROOT).matches("[A-IX][1-9][0-9]?")) {
			throw RuleViolationException.invalid("programme.error.assessmentIndicator", assessmentIndicator);
		}
		return indicators.save(new Indicator(id, logframeItemId, title, measure, ascending, baselineYear, baselineValue,
				assessmentIndicator)).id;
	}

	public long addPeriod(long id, long indicatorId, LocalDate start, LocalDate end, BigDecimal target,
			CurrentUser actor) {
		requireStaff(actor);
		indicators.findById(indicatorId).filter(i -> i.programmeId == id)
			.orElseThrow(() -> NotFoundException.of("indicator", indicatorId));
		if (end.isBefore(start)) {
			throw RuleViolationException.invalid("programme.error.dates");
		}
		if (target.compareTo(MAX_TARGET.negate()) < 0 || target.compareTo(MAX_TARGET) > 0) {
			throw RuleViolationException.invalid("programme.error.target");
		}
		return periods.save(new IndicatorPeriod(indicatorId, id, start, end, target)).id;
	}

	/**
	 * Refuses a viewer who may not report results of the programme: not found when the programme is hidden from it,
	 * forbidden when it is only public to it.
	 */
	@Transactional(readOnly = true)
	public void requireReporter(long id, CurrentUser actor) {
		Programme p = visible(id, Optional.of(actor));
		if (!mayReport(p, Optional.of(actor))) {
			throw new AccessDeniedException("Not allowed to report results of this programme");
		}
	}

	/** Records the actual value of a period: IOM staff or a focal point of one of the programme's countries. */
	/** An actual fits the column numeric(18,4); a comment fits varchar(1000). A null actual clears the figure. */
	public void recordActual(long id, long periodId, long version, @Nullable BigDecimal actual,
			@Nullable String comment, CurrentUser actor) {
		Programme p = visible(id, Optional.of(actor));
		if (!mayReport(p, Optional.of(actor))) {
			throw new AccessDeniedException("Not allowed to report results of this programme");
		}
		IndicatorPeriod period = periods.findById(periodId).filter(x -> x.programmeId == id)
			.orElseThrow(() -> NotFoundException.of("period", periodId));
		ConcurrentEditException.check(IndicatorPeriod.class, periodId, "result period", periodId, version,
				period.version);
		if (actual != null && (actual.abs().compareTo(ACTUAL_LIMIT) >= 0 || actual.stripTrailingZeros().scale() > 4)) {
			throw RuleViolationException.invalid("programme.error.actual.range", "actual",
					ACTUAL_LIMIT.toPlainString(), 4);
		}
		if (comment != null && comment.trim().length() > 1000) {
			throw RuleViolationException.invalid("programme.error.comment.length", "comment", 1000);
		}
		period.record(actual, comment, actor.displayName(), Instant.now());
		periods.save(period);
		events.publishEvent(new ProgrammeResultReported(id, period.indicatorId, periodId, p.countries(), period.start,
				period.end, p.published(), actual == null));
		if (!actor.isStaff()) {
			identity.notifyRole(org.migracap.platform.Role.COORDINATOR, "programme.notify.actual",
					List.of(p.title()), "/programmes/" + id + "#results");
		}
	}

	public long addBudgetLine(long id, int year, CostKind kind, BigDecimal amount, @Nullable String country,
			FundingSource source, @Nullable String donor, String description, CurrentUser actor) {
		requireStaff(actor);
		Programme p = get(id);
		checkBudgetLine(p, year, amount, country, description);
		return budget.save(new BudgetLine(id, year, kind, amount, country, source, donor, description)).id;
	}

	/** One budget line, for IOM staff and the focal points of the programme's countries (404 for others). */
	@Transactional(readOnly = true)
	public BudgetLineView budgetLine(long id, long lineId, Optional<CurrentUser> viewer) {
		Programme p = visible(id, viewer);
		BudgetLine l = budget.findById(lineId)
			.filter(x -> x.programmeId == id && confidential(p, viewer))
			.orElseThrow(() -> NotFoundException.of("budget line", lineId));
		return new BudgetLineView(l.id, l.year, l.kind, l.amount, l.country, l.fundingSource, l.donor, l.description,
				l.version);
	}

	/**
	 * Changes a budget line under the rules of {@link #addBudgetLine}, if it is still the version the user saw
	 * ({@code version}).
	 */
	public void updateBudgetLine(long id, long lineId, long version, int year, CostKind kind, BigDecimal amount,
			@Nullable String country, FundingSource source, @Nullable String donor, String description,
			CurrentUser actor) {
		requireStaff(actor);
		Programme p = get(id);
		BudgetLine line = budget.findById(lineId).filter(x -> x.programmeId == id)
			.orElseThrow(() -> NotFoundException.of("budget line", lineId));
		ConcurrentEditException.check(BudgetLine.class, lineId, "budget line", lineId, version, line.version);
		checkBudgetLine(p, year, amount, country, description);
		line.change(year, kind, amount, country, source, donor, description);
		budget.saveAndFlush(line);
	}

	private static void checkBudgetLine(Programme p, int year, BigDecimal amount, @Nullable String country,
			@Nullable String description) {
		if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
			throw RuleViolationException.invalid("programme.error.amount");
		}
		if (year < 2000 || year > 2100) {
			throw RuleViolationException.invalid("programme.error.year", year);
		}
		if (country != null && !country.isBlank() && !p.countries().contains(country)) {
			throw RuleViolationException.invalid("programme.error.lineCountry", country);
		}
		if (description == null || description.isBlank()) {
			throw RuleViolationException.invalid("programme.error.text");
		}
	}

	/** Removes a budget line, if it is still the version the user saw ({@code version}). */
	public void removeBudgetLine(long id, long lineId, long version, CurrentUser actor) {
		requireStaff(actor);
		BudgetLine line = budget.findById(lineId).filter(x -> x.programmeId == id)
			.orElseThrow(() -> NotFoundException.of("budget line", lineId));
		ConcurrentEditException.check(BudgetLine.class, lineId, "budget line", lineId, version, line.version);
		budget.delete(line);
	}

	public long addDocument(long id, String title, String category, @Nullable String filename, byte[] content,
			boolean publicDocument, CurrentUser actor) {
		requireStaff(actor);
		get(id);
		StoredFile file = settings.documentPolicy().accept(filename, content);
		if (reference.codeItem("iati-DocumentCategory", category).isEmpty()) {
			throw RuleViolationException.invalid("programme.error.category", category);
		}
		return documents.save(new ProgrammeDocument(id, title == null || title.isBlank() ? file.fileName() : title,
				category, file, publicDocument, Instant.now(), actor.displayName())).id;
	}

	/** Removes a document, if it is still the version the user saw ({@code version}). */
	public void removeDocument(long id, long documentId, long version, CurrentUser actor) {
		requireStaff(actor);
		get(id);
		ProgrammeDocument doc = documents.findByIdAndProgrammeId(documentId, id)
			.orElseThrow(() -> NotFoundException.of("document", documentId));
		ConcurrentEditException.check("document", documentId, version, doc.version);
		documents.delete(doc);
	}

	/** The documents of a programme the viewer may see (internal ones for staff and its countries only). */
	@Transactional(readOnly = true)
	public List<DocumentView> documents(long id, Optional<CurrentUser> viewer) {
		Programme p = visible(id, viewer);
		boolean confidential = confidential(p, viewer);
		return documents.findViews(id).stream().filter(d -> confidential || d.publicDocument()).toList();
	}

	@Transactional(readOnly = true)
	public StoredFile document(long id, long documentId, Optional<CurrentUser> viewer) {
		Programme p = visible(id, viewer);
		return documents.findByIdAndProgrammeId(documentId, id)
			.filter(d -> d.publicDocument || confidential(p, viewer))
			.orElseThrow(() -> NotFoundException.of("document", documentId))
			.file;
	}

	/** What changed in a result period or a budget line since the version a user saw (the loser of a conflict). */
	@Transactional(readOnly = true)
	public List<IdentityApi.FieldChange> changesSince(ConcurrentEditException conflict) {
		Class<?> type = switch (conflict.what()) {
			case "result period" -> IndicatorPeriod.class;
			case "budget line" -> BudgetLine.class;
			case "programme" -> Programme.class;
			default -> null;
		};
		return type == null ? List.of() : identity.changesSince(type, conflict.id(), conflict.yourVersion());
	}

	@Transactional(readOnly = true)
	public Optional<Long> programmeOfRequest(long requestId) {
		return programmes.findByRequestId(requestId).map(Programme::id);
	}

	@Transactional(readOnly = true)
	public boolean existsForScenario(long scenarioId) {
		return !programmes.findByScenarioId(scenarioId).isEmpty();
	}

	List<IndicatorPeriod> periodsFor(long id) {
		return periods.findByProgrammeIdOrderByStartAscIdAsc(id);
	}

	// ---- rules

	Programme get(long id) {
		return programmes.findById(id).orElseThrow(() -> NotFoundException.of("programme", id));
	}

	Programme visible(long id, Optional<CurrentUser> viewer) {
		Programme p = get(id);
		if (!canSee(p, viewer)) {
			throw NotFoundException.of("programme", id);
		}
		return p;
	}

	static boolean canSee(Programme p, Optional<CurrentUser> viewer) {
		return p.published() || confidential(p, viewer);
	}

	static boolean confidential(Programme p, Optional<CurrentUser> viewer) {
		return viewer.map(u -> u.isStaff() || p.countries().stream().anyMatch(u::isFocalPointOf)).orElse(false);
	}

	static boolean mayReport(Programme p, Optional<CurrentUser> viewer) {
		return confidential(p, viewer);
	}

	private static void requireStaff(CurrentUser actor) {
		if (!actor.isStaff()) {
			throw new AccessDeniedException("Only IOM staff edit programmes");
		}
	}

	private List<String> countries(List<String> codes) {
		Set<String> result = new LinkedHashSet<>();
		for (String code : codes) {
			if (code == null || code.isBlank()) {
				continue;
			}
			String iso3 = code.trim().toUpperCase(Locale.ROOT);
			if (!reference.isCountry(iso3)) {
				throw RuleViolationException.invalid("programme.error.unknownCountry", iso3);
			}
			result.add(iso3);
		}
		if (result.isEmpty()) {
			throw RuleViolationException.invalid("programme.error.countriesAreas");
		}
		return List.copyOf(result);
	}

	String dacName(String code) {
		return reference.codeItem("iati-Sector", code).map(CodeItem::name).orElse(code);
	}

	List<Marker> markers(String encoded) {
		List<Marker> result = new ArrayList<>();
		if (encoded == null || encoded.isBlank()) {
			return result;
		}
		for (String part : encoded.split(";")) {
			String[] kv = part.split(":");
			if (kv.length == 2) {
				result.add(new Marker(kv[0],
						reference.codeItem("iati-PolicyMarker", kv[0]).map(CodeItem::name).orElse(kv[0]),
						Integer.parseInt(kv[1])));
			}
		}
		return result;
	}

	static List<LogframeNode> tree(List<LogframeItem> items) {
		return children(items, null, LogframeLevel.OUTCOME);
	}

	private static List<LogframeNode> children(List<LogframeItem> items, @Nullable Long parentId,
			LogframeLevel level) {
		List<LogframeNode> nodes = new ArrayList<>();
		for (LogframeItem item : items) {
			boolean matches = item.level == level
					&& (parentId == null ? item.parentId == null : parentId.equals(item.parentId));
			if (matches) {
				LogframeLevel next = switch (level) {
					case OUTCOME -> LogframeLevel.OUTPUT;
					case OUTPUT -> LogframeLevel.ACTIVITY;
					case ACTIVITY -> null;
				};
				nodes.add(new LogframeNode(item.id, item.parentId, item.level, item.text,
						next == null ? List.of() : children(items, item.id, next)));
			}
		}
		return nodes;
	}

	static Row row(Programme p, BigDecimal total, int overdue) {
		return new Row(p.id(), p.code(), p.title(), p.countries(), p.areas(), p.status(), p.plannedStart(),
				p.plannedEnd(), p.published(), p.demo(), total, overdue, p.requestId());
	}

}
