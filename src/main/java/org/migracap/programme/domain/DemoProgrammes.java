package org.migracap.programme.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.migracap.identity.IdentityApi;
import org.migracap.identity.UserSummary;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.StartupData;
import org.migracap.reference.FocusArea;
import org.migracap.request.RequestApi;
import org.migracap.request.RequestSummary;
import org.springframework.stereotype.Component;

/**
 * Demo programmes drafted from the demo requests IOM accepted, with log frames, results (some overdue), budgets whose
 * recurrent costs outlive the funding, and declared absorption capacities (Kenya's too low in later years). Invented,
 * and marked as demo.
 */
@Component
class DemoProgrammes implements StartupData {

	private final ProgrammeService service;

	private final Programmes programmes;

	private final RecurrentService recurrent;

	private final RequestApi requests;

	private final IdentityApi identity;

	DemoProgrammes(ProgrammeService service, Programmes programmes, RecurrentService recurrent, RequestApi requests,
			IdentityApi identity) {
		this.service = service;
		this.programmes = programmes;
		this.recurrent = recurrent;
		this.requests = requests;
		this.identity = identity;
	}

	@Override
	public String name() {
		return "demo-programmes";
	}

	@Override
	public int order() {
		return 960;
	}

	@Override
	public String version() {
		return "1";
	}

	@Override
	public boolean demo() {
		return true;
	}

	@Override
	public void load() {
		if (programmes.existsByDemoTrue()) {
			return;
		}
		Optional<UserSummary> found = identity.user("coordinator");
		if (found.isEmpty()) {
			return;
		}
		UserSummary u = found.get();
		CurrentUser actor = new CurrentUser(u.id(), u.username(), u.displayName(), u.roles(), u.countryCode());
		int year = LocalDate.now().getYear();
		for (RequestSummary request : requests.acceptedRequests()) {
			String lead = request.countries().iterator().next();
			switch (lead) {
				case "KEN" -> kenya(request, actor, year);
				case "MAR" -> morocco(request, actor, year);
				case "PHL" -> philippines(request, actor, year);
				default -> {
				}
			}
		}
	}

	private long create(RequestSummary request, String title, String goal, LocalDate start, LocalDate end,
			CurrentUser actor) {
		long id = service.create(new ProgrammeService.NewProgramme(title + " (demo)",
				"Delivers the accepted request \"" + request.title() + "\".", goal, List.copyOf(request.countries()),
				request.areas(), start, end, request.id(), null, "request:" + request.id()), actor);
		Programme p = service.get(id);
		p.markDemo();
		programmes.save(p);
		requests.linkProgramme(request.id(), id, p.title(), actor);
		return id;
	}

	private void kenya(RequestSummary request, CurrentUser actor, int year) {
		long id = create(request, "Kenya diaspora skills registry",
				"Kenyans abroad contribute their skills to county development.", LocalDate.of(year - 1, 1, 1),
				LocalDate.of(year + 1, 12, 31), actor);
		service.addPartner(id, "Ministry of Foreign and Diaspora Affairs (demo)", null, "10", 4, actor);
		service.addPartner(id, "Demo donor agency", "XM-DEMO-1", "10", 1, actor);
		long outcome = service.addLogframeItem(id, null, LogframeLevel.OUTCOME,
				"Counties fill skills gaps through diaspora volunteers", actor);
		long output = service.addLogframeItem(id, outcome, LogframeLevel.OUTPUT, "An online registry of diaspora skills",
				actor);
		service.addLogframeItem(id, output, LogframeLevel.ACTIVITY, "Build and host the registry", actor);
		service.addLogframeItem(id, output, LogframeLevel.ACTIVITY, "Enrol volunteers through consulates", actor);
		long registered = service.addIndicator(id, output, "Diaspora professionals registered", 1, true, year - 1,
				BigDecimal.ZERO, null, actor);
		long p1 = service.addPeriod(id, registered, LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31),
				BigDecimal.valueOf(500), actor);
		service.addPeriod(id, registered, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
				BigDecimal.valueOf(1500), actor);
		long placed = service.addIndicator(id, outcome, "Assignments completed in counties", 1, true, year - 1,
				BigDecimal.ZERO, "A2", actor);
		service.addPeriod(id, placed, LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 6, 30),
				BigDecimal.valueOf(20), actor);
		service.addPeriod(id, placed, LocalDate.of(year - 1, 7, 1), LocalDate.of(year - 1, 12, 31),
				BigDecimal.valueOf(40), actor);
		IndicatorPeriod first = service.periodsFor(id).stream().filter(x -> x.id == p1).findFirst().orElseThrow();
		service.recordActual(id, p1, first.version, BigDecimal.valueOf(612), "Demo figure", actor);
		service.addBudgetLine(id, year - 1, CostKind.ONE_OFF, BigDecimal.valueOf(180_000), null,
				FundingSource.DONOR_GRANT, "Demo donor agency", "Registry software and hosting set-up", actor);
		for (int y = year - 1; y <= year + 1; y++) {
			service.addBudgetLine(id, y, CostKind.RECURRENT, BigDecimal.valueOf(45_000), "KEN",
					FundingSource.DONOR_GRANT, "Demo donor agency", "Registry staff and hosting", actor);
		}
		service.addBudgetLine(id, year, CostKind.ONE_OFF, BigDecimal.valueOf(60_000), null, FundingSource.IOM_FUND,
				null, "Outreach campaign", actor);
		finish(id, 2, true, Map.of("1", 1), actor);
		recurrent.recordCapacity("KEN", year + 2, BigDecimal.valueOf(30_000), "Treasury ceiling (demo)", -1, actor);
		recurrent.recordCapacity("KEN", year + 3, BigDecimal.valueOf(50_000), "Treasury ceiling (demo)", -1, actor);
	}

	private void morocco(RequestSummary request, CurrentUser actor, int year) {
		long id = create(request, "Fair recruitment in labour migration agreements",
				"Morocco's labour migration agreements protect workers' rights.", LocalDate.of(year, 3, 1),
				LocalDate.of(year + 2, 2, 28), actor);
		long outcome = service.addLogframeItem(id, null, LogframeLevel.OUTCOME,
				"Agreements include fair recruitment clauses", actor);
		long indicator = service.addIndicator(id, outcome, "Agreements reviewed against fair recruitment standards", 1,
				true, year, BigDecimal.ZERO, "D2", actor);
		service.addPeriod(id, indicator, LocalDate.of(year, 3, 1), LocalDate.of(year + 1, 2, 28),
				BigDecimal.valueOf(4), actor);
		service.addBudgetLine(id, year, CostKind.ONE_OFF, BigDecimal.valueOf(95_000), null, FundingSource.DONOR_GRANT,
				"Demo donor agency", "Legal review and consultations", actor);
		finish(id, 1, false, Map.of(), actor);
	}

	private void philippines(RequestSummary request, CurrentUser actor, int year) {
		long id = create(request, "Pre-departure orientation for overseas workers",
				"Overseas workers leave knowing their rights.", LocalDate.of(year - 2, 1, 1),
				LocalDate.of(year - 1, 12, 31), actor);
		long outcome = service.addLogframeItem(id, null, LogframeLevel.OUTCOME,
				"Departing workers know their rights and contracts", actor);
		long output = service.addLogframeItem(id, outcome, LogframeLevel.OUTPUT, "Certified trainers deliver the new modules",
				actor);
		long trainers = service.addIndicator(id, output, "Trainers certified", 1, true, year - 2, BigDecimal.ZERO, null,
				actor);
		service.addPeriod(id, trainers, LocalDate.of(year - 2, 1, 1), LocalDate.of(year - 2, 12, 31),
				BigDecimal.valueOf(60), actor);
		service.addPeriod(id, trainers, LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31),
				BigDecimal.valueOf(120), actor);
		long share = service.addIndicator(id, outcome, "Share of departing workers who pass the rights quiz", 2, true,
				year - 2, BigDecimal.valueOf(48), "D4", actor);
		service.addPeriod(id, share, LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31),
				BigDecimal.valueOf(75), actor);
		service.addBudgetLine(id, year - 2, CostKind.ONE_OFF, BigDecimal.valueOf(120_000), null,
				FundingSource.DONOR_GRANT, "Demo donor agency", "Curriculum and materials", actor);
		service.addBudgetLine(id, year - 1, CostKind.RECURRENT, BigDecimal.valueOf(25_000), "PHL",
				FundingSource.GOVERNMENT, null, "Trainer certification renewals", actor);
		finish(id, 2, true, Map.of("1", 2), actor);
		recurrent.recordCapacity("PHL", year, BigDecimal.valueOf(40_000), "Budget law (demo)", -1, actor);
		recurrent.recordCapacity("PHL", year + 1, BigDecimal.valueOf(40_000), "Budget law (demo)", -1, actor);
	}

	private void finish(long id, int status, boolean published, Map<String, Integer> markers, CurrentUser actor) {
		Programme p = service.get(id);
		p.setStatus(status, status >= 2 ? p.plannedStart() : null, null);
		p.classify(true, ProgrammeSettings.DEFAULT_DAC_CODE, "");
		p.setPublished(published);
		programmes.save(p);
		Programme saved = service.get(id);
		service.classify(id, saved.version(), true, ProgrammeSettings.DEFAULT_DAC_CODE, markers, actor);
	}

}
