package org.migracap.programme.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.CountryView;
import org.migracap.reference.ReferenceApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recurrent financing per country (the source document's question on who pays to run operational systems once a
 * programme ends): the costs left behind year by year, the capacity the country declares to absorb them, and the
 * programmes at risk. Confidential to the country and IOM.
 */
@Service
@Transactional
public class RecurrentService {

	private final Programmes programmes;

	private final BudgetLines budget;

	private final AbsorptionCapacities capacities;

	private final ReferenceApi reference;

	private final ProgrammeSettings settings;

	RecurrentService(Programmes programmes, BudgetLines budget, AbsorptionCapacities capacities,
			ReferenceApi reference, ProgrammeSettings settings) {
		this.programmes = programmes;
		this.budget = budget;
		this.capacities = capacities;
		this.reference = reference;
		this.settings = settings;
	}

	public record CapacityView(int year, BigDecimal amount, @Nullable String note, String recordedBy, long version) {
	}

	public int firstYear() {
		return LocalDate.now().getYear();
	}

	public int lastYear() {
		return firstYear() + settings.horizonYears() - 1;
	}

	@Transactional(readOnly = true)
	public RecurrentFinancing.Outlook outlook(String iso3, CurrentUser viewer) {
		String code = require(iso3, viewer);
		Map<Integer, BigDecimal> declared = new HashMap<>();
		capacities.findByIso3OrderByYear(code).forEach(c -> declared.put(c.year, c.amount));
		return RecurrentFinancing.outlook(code, costs(), declared, firstYear(), lastYear());
	}

	@Transactional(readOnly = true)
	public List<CapacityView> capacities(String iso3, CurrentUser viewer) {
		String code = require(iso3, viewer);
		return capacities.findByIso3OrderByYear(code)
			.stream()
			.map(c -> new CapacityView(c.year, c.amount, c.note, c.recordedBy, c.version))
			.toList();
	}

	/** Records the capacity a country declares for a year ({@code version} -1 for a year not yet declared). */
	public void recordCapacity(String iso3, int year, BigDecimal amount, @Nullable String note, long version,
			CurrentUser actor) {
		String code = require(iso3, actor);
		if (amount.signum() < 0) {
			throw RuleViolationException.invalid("programme.error.amountNegative");
		}
		if (year < 2000 || year > 2100) {
			throw RuleViolationException.invalid("programme.error.year", year);
		}
		AbsorptionCapacity capacity = capacities.findByIso3AndYear(code, year).orElse(null);
		if (capacity == null) {
			ConcurrentEditException.check("capacity", code + " " + year, version, -1);
			capacity = new AbsorptionCapacity(code, year);
		}
		else {
			ConcurrentEditException.check("capacity", code + " " + year, version, capacity.version);
		}
		capacity.record(amount, note, actor.displayName(), Instant.now());
		capacities.save(capacity);
	}

	/** Every country that programmes leave recurrent costs to, with its shortfall. For IOM staff. */
	@Transactional(readOnly = true)
	public List<ProgrammeViews.CountryRisk> overview(CurrentUser viewer) {
		if (!viewer.isStaff()) {
			throw new AccessDeniedException("IOM staff only");
		}
		List<RecurrentFinancing.ProgrammeCosts> costs = costs();
		List<String> countries = costs.stream().flatMap(c -> c.countries().stream()).distinct().toList();
		List<ProgrammeViews.CountryRisk> risks = new ArrayList<>();
		for (String iso3 : countries) {
			Map<Integer, BigDecimal> declared = new HashMap<>();
			capacities.findByIso3OrderByYear(iso3).forEach(c -> declared.put(c.year, c.amount));
			RecurrentFinancing.Outlook outlook = RecurrentFinancing.outlook(iso3, costs, declared, firstYear(),
					lastYear());
			BigDecimal left = outlook.programmes()
				.stream()
				.map(RecurrentFinancing.ProgrammeRisk::annualCost)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			if (left.signum() == 0) {
				continue;
			}
			risks.add(new ProgrammeViews.CountryRisk(iso3,
					reference.country(iso3).map(CountryView::name).orElse(iso3), left, outlook.totalShortfall(),
					(int) outlook.programmes().stream().filter(p -> p.risk() != RecurrentFinancing.Risk.NONE).count(),
					(int) outlook.years().stream().filter(RecurrentFinancing.Year::undeclared).count()));
		}
		risks.sort(Comparator.comparing(ProgrammeViews.CountryRisk::shortfall).reversed()
			.thenComparing(ProgrammeViews.CountryRisk::leftBehind, Comparator.reverseOrder()));
		return risks;
	}

	/** The recurrent risk of one programme in each of its countries the viewer may see. */
	@Transactional(readOnly = true)
	public Map<String, RecurrentFinancing.Risk> risksOf(long programmeId, Optional<CurrentUser> viewer) {
		Map<String, RecurrentFinancing.Risk> result = new java.util.LinkedHashMap<>();
		Programme p = programmes.findById(programmeId).orElse(null);
		if (p == null || viewer.isEmpty()) {
			return result;
		}
		List<RecurrentFinancing.ProgrammeCosts> costs = costs();
		for (String iso3 : p.countries()) {
			if (!viewer.get().canSeeConfidentialOf(iso3)) {
				continue;
			}
			Map<Integer, BigDecimal> declared = new HashMap<>();
			capacities.findByIso3OrderByYear(iso3).forEach(c -> declared.put(c.year, c.amount));
			RecurrentFinancing.outlook(iso3, costs, declared, firstYear(), lastYear())
				.programmes()
				.stream()
				.filter(r -> r.programmeId() == programmeId)
				.findFirst()
				.ifPresent(r -> result.put(iso3, r.risk()));
		}
		return result;
	}

	List<RecurrentFinancing.ProgrammeCosts> costs() {
		List<Programme> all = programmes.findAll();
		Map<Long, List<BudgetLine>> lines = new HashMap<>();
		budget.findByProgrammeIdIn(all.stream().map(Programme::id).toList())
			.forEach(l -> lines.computeIfAbsent(l.programmeId, k -> new ArrayList<>()).add(l));
		return all.stream().map(p -> {
			List<BudgetLine> own = lines.getOrDefault(p.id(), List.of());
			int last = own.stream().mapToInt(l -> l.year).max().orElse(p.plannedEnd().getYear());
			return new RecurrentFinancing.ProgrammeCosts(p.id(), p.title(), p.countries(), last, p.status() == 5,
					own.stream().map(l -> new RecurrentFinancing.Line(l.year, l.kind, l.amount, l.country)).toList());
		}).toList();
	}

	private String require(String iso3, CurrentUser viewer) {
		String code = iso3.toUpperCase(Locale.ROOT);
		if (!reference.isCountry(code)) {
			throw org.migracap.platform.NotFoundException.of("country", iso3);
		}
		if (!viewer.canSeeConfidentialOf(code)) {
			throw new AccessDeniedException("Not your country");
		}
		return code;
	}

}
