package org.migracap.workshop.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.IdentityApi;
import org.migracap.identity.UserSummary;
import org.migracap.mobility.CountryRole;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.StartupData;
import org.migracap.platform.Text;
import org.migracap.reference.FocusArea;
import org.migracap.workshop.domain.scheduling.AgendaSchedule;
import org.springframework.stereotype.Component;

/**
 * A labelled demo workshop: bilingual (English/French), on border management, for the countries of two migration
 * demo routes of the mobility module (Senegal – Morocco – Spain and Guatemala – Mexico – United States; the countries
 * are added by hand if those routes are missing), running from yesterday to tomorrow
 * (dates are set when the demo data is loaded). It has rooms, speakers and sessions placed by the scheduler,
 * fourteen registrations (the demo focal points of those countries, whose perspective comes from the mobility module's
 * country roles, and invented delegates who declared theirs), a closed secret ranked
 * vote on priority areas, a closed AHP exercise on criteria, an open approval vote, a first version of the minutes and
 * two action points. The demo participant account is left unregistered so that it can register.
 */
@Component
class DemoWorkshop implements StartupData {

	static final List<String> COUNTRIES = List.of("SEN", "MAR", "ESP", "GTM", "MEX", "USA");

	/** The mobility module's demo routes whose countries the workshop is for. */
	static final List<String> ROUTES = List.of("Senegal - Morocco - Spain (demo)",
			"Guatemala - Mexico - United States (demo)");

	private final Workshops workshops;

	private final WorkshopService workshopService;

	private final ScopeService scope;

	private final RegistrationService registrations;

	private final Registrations registrationRecords;

	private final AgendaService agenda;

	private final AgendaSessions sessions;

	private final BallotService ballots;

	private final Ballots ballotRecords;

	private final ConclusionService conclusions;

	private final IdentityApi identity;

	private final PartnerModules partners;

	DemoWorkshop(Workshops workshops, WorkshopService workshopService, ScopeService scope,
			RegistrationService registrations, Registrations registrationRecords, AgendaService agenda,
			AgendaSessions sessions, BallotService ballots, Ballots ballotRecords, ConclusionService conclusions,
			IdentityApi identity, PartnerModules partners) {
		this.workshops = workshops;
		this.workshopService = workshopService;
		this.scope = scope;
		this.registrations = registrations;
		this.registrationRecords = registrationRecords;
		this.agenda = agenda;
		this.sessions = sessions;
		this.ballots = ballots;
		this.ballotRecords = ballotRecords;
		this.conclusions = conclusions;
		this.identity = identity;
		this.partners = partners;
	}

	@Override
	public String name() {
		return "demo-workshop";
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
		if (!workshops.findByDemoTrue().isEmpty()) {
			return;
		}
		UserSummary facilitatorAccount = identity.user("facilitator").orElse(null);
		if (facilitatorAccount == null) {
			return;
		}
		CurrentUser facilitator = current(facilitatorAccount);
		LocalDate start = LocalDate.now().minusDays(1);
		long id = workshopService.create(new WorkshopService.WorkshopCommand(
				Text.of("Border management along two migration routes (demo)",
						"La gestion des frontières le long de deux routes migratoires (démo)", null),
				Text.of("A regional workshop for policy makers of countries of origin, transit and destination: "
						+ "how to control and facilitate border crossings together, and which capacities to build first.",
						"Un atelier régional pour les décideurs des pays d’origine, de transit et de destination : "
								+ "comment contrôler et faciliter ensemble le passage des frontières, et quelles capacités "
								+ "renforcer en premier.",
						null),
				EnumSet.of(FocusArea.B, FocusArea.C, FocusArea.G, FocusArea.I, FocusArea.X), List.of("en", "fr"),
				WorkshopFormat.HYBRID, "Dakar (demo venue)", start, start.plusDays(2), 40,
				List.of(facilitatorAccount.id())), facilitator);
		Workshop workshop = workshops.findById(id).orElseThrow();
		workshop.demo = true;
		workshops.save(workshop);
		for (PartnerModules.RouteChoice route : partners.routes()) {
			if (ROUTES.contains(route.name())) {
				scope.addRoute(id, route.id(), facilitator);
			}
		}
		for (String iso3 : COUNTRIES) {
			scope.addCountry(id, iso3, facilitator);
		}
		workshopService.publish(id, facilitator);
		workshopService.setRegistrationOpen(id, true, facilitator);
		scope.send(id, facilitator);

		Map<String, Long> registrationIds = register(id, facilitator);
		buildAgenda(id, facilitator);
		vote(workshop, registrationIds, facilitator);
		conclusions.saveMinutes(id, -1, Text.of("""
				Day 1. The opening plenary presented the background pack.
				Delegates agreed that border data exchange is the first gap to close.
				Transit countries asked for support to screening and referral of vulnerable migrants.""", """
				Jour 1. La plénière d’ouverture a présenté le dossier de référence.
				Les délégués ont convenu que l’échange de données aux frontières est la première lacune à combler.
				Les pays de transit ont demandé un appui au filtrage et à l’orientation des migrants vulnérables.""", null),
				facilitator);
		conclusions.addAction(id, new ConclusionService.ActionCommand(
				"Pilot advance passenger information between Morocco and Spain (demo)", null,
				"Morocco focal point (demo)", start.plusDays(90), "MAR", FocusArea.B), facilitator);
		conclusions.addAction(id, new ConclusionService.ActionCommand(
				"Joint training on referral of vulnerable migrants at borders (demo)", null, "IOM (demo)",
				start.plusDays(120), "GTM", FocusArea.C), facilitator);
		for (Registration registration : registrationRecords.findByWorkshopIdOrderByRegisteredAtAscIdAsc(id)) {
			registration.demo = true;
		}
	}

	private Map<String, Long> register(long workshopId, CurrentUser facilitator) {
		Map<String, Long> ids = new HashMap<>();
		record Delegate(String key, String name, String country, String language, CountryRole perspective,
				Attendance attendance, @Nullable String interpretation, @Nullable String needs) {
		}
		for (String focal : List.of("focal.sen", "focal.mar", "focal.esp", "focal.gtm", "focal.mex")) {
			identity.user(focal).ifPresent(account -> {
				CurrentUser user = current(account);
				String language = account.preferredLanguage().equals("fr") ? "fr" : "en";
				var view = registrations.register(workshopId, new RegistrationService.RegistrationCommand(
						account.displayName(), account.email(), account.countryCode(), "Ministry of the Interior (demo)",
						"Focal point", language, Attendance.IN_PERSON, null,
						language.equals("fr") ? null : "fr", null, answers(workshopId, "no")), user, Locale.ENGLISH);
				ids.put(focal, view.id());
			});
		}
		List<Delegate> delegates = List.of(
				new Delegate("d1", "Awa Ndiaye (demo)", "SEN", "fr", CountryRole.ORIGIN, Attendance.IN_PERSON, null, null),
				new Delegate("d2", "Moussa Sow (demo)", "SEN", "fr", CountryRole.ORIGIN, Attendance.ONLINE, "en", null),
				new Delegate("d3", "Youssef Alami (demo)", "MAR", "fr", CountryRole.TRANSIT, Attendance.IN_PERSON, null,
						"Step-free access"),
				new Delegate("d4", "Lucía Romero (demo)", "ESP", "en", CountryRole.DESTINATION, Attendance.IN_PERSON, "fr", null),
				new Delegate("d5", "Ana López (demo)", "GTM", "en", CountryRole.ORIGIN, Attendance.IN_PERSON, "fr", null),
				new Delegate("d6", "Carlos Méndez (demo)", "MEX", "en", CountryRole.TRANSIT, Attendance.ONLINE, null, "Captioning"),
				new Delegate("d7", "Jennifer Clark (demo)", "USA", "en", CountryRole.DESTINATION, Attendance.IN_PERSON, "fr", null),
				new Delegate("d8", "Michael Brown (demo)", "USA", "en", CountryRole.DESTINATION, Attendance.ONLINE, null, null),
				new Delegate("d9", "Fatima Zahra Bennani (demo)", "MAR", "fr", CountryRole.TRANSIT, Attendance.IN_PERSON, "en", null));
		for (Delegate d : delegates) {
			var view = registrations.registerOnBehalf(workshopId, new RegistrationService.RegistrationCommand(d.name(),
					d.key() + "@demo.migracap.org", d.country(), "Border agency (demo)", "Delegate", d.language(),
					d.attendance(), d.perspective(), d.interpretation(), d.needs(),
					d.attendance() == Attendance.IN_PERSON ? answers(workshopId, "yes") : Map.of()), facilitator,
					Locale.ENGLISH);
			ids.put(d.key(), view.id());
		}
		return ids;
	}

	private Map<Long, String> answers(long workshopId, String visa) {
		Map<Long, String> answers = new HashMap<>();
		for (RegistrationService.QuestionView q : registrations.questions(workshopId,
				java.util.Optional.of(current(identity.user("facilitator").orElseThrow())), Locale.ENGLISH)) {
			if (q.kind() == QuestionKind.YES_NO) {
				answers.put(q.id(), visa);
			}
		}
		return answers;
	}

	private void buildAgenda(long workshopId, CurrentUser facilitator) {
		agenda.addRoom(workshopId, "Plenary hall", 120, true, facilitator);
		agenda.addRoom(workshopId, "Salle Atlas", 40, true, facilitator);
		agenda.addRoom(workshopId, "Room Sahel", 30, false, facilitator);
		agenda.addRoom(workshopId, "Room Maya", 25, false, facilitator);
		String[][] speakers = { { "Aminata Diallo (demo)", "IOM" }, { "Rachid El Idrissi (demo)", "Border police" },
				{ "Elena García (demo)", "Ministry of the Interior" }, { "Héctor Ramírez (demo)", "Migration institute" },
				{ "Sarah Miller (demo)", "Customs and border protection" }, { "Ousmane Ba (demo)", "Civil society" },
				{ "Claire Martin (demo)", "Data protection authority" }, { "Jorge Castillo (demo)", "Consular service" } };
		for (String[] speaker : speakers) {
			agenda.addSpeaker(workshopId, speaker[0], speaker[1], facilitator);
		}
		Map<String, Long> speakerIds = new HashMap<>();
		agenda.agenda(workshopId, java.util.Optional.of(facilitator), Locale.ENGLISH)
			.speakers()
			.forEach(s -> speakerIds.put(s.name().substring(0, s.name().indexOf(' ')), s.id()));
		record Plan(SessionKind kind, String en, String fr, int audience, boolean interpretation, String... speakers) {
		}
		List<Plan> plans = List.of(
				new Plan(SessionKind.PLENARY, "Opening: why capacity along the route matters", "Ouverture : pourquoi les capacités le long de la route comptent", 80, true, "Aminata"),
				new Plan(SessionKind.PANEL, "Border data exchange: what works", "Échange de données aux frontières : ce qui marche", 35, true, "Rachid", "Sarah", "Claire"),
				new Plan(SessionKind.BREAKOUT, "Screening and referral of vulnerable migrants", "Filtrage et orientation des migrants vulnérables", 25, false, "Ousmane"),
				new Plan(SessionKind.BREAKOUT, "Facilitating regular crossings", "Faciliter les passages réguliers", 20, false, "Elena"),
				new Plan(SessionKind.PANEL, "Return and reintegration in partnership", "Retour et réintégration en partenariat", 30, true, "Héctor", "Jorge"),
				new Plan(SessionKind.PRIORITY_SETTING, "Priority-setting exercise: ranking the areas", "Exercice de priorisation : classer les domaines", 35, true, "Aminata"),
				new Plan(SessionKind.BREAKOUT, "Legal frameworks for data sharing", "Cadres juridiques du partage de données", 20, false, "Claire"),
				new Plan(SessionKind.BREAKOUT, "Consular cooperation", "Coopération consulaire", 20, false, "Jorge"),
				new Plan(SessionKind.PANEL, "Financing recurrent costs of border systems", "Financer les coûts récurrents des systèmes frontaliers", 35, true, "Sarah", "Elena"),
				new Plan(SessionKind.PRIORITY_SETTING, "AHP exercise: criteria for choosing interventions", "Exercice AHP : critères de choix des interventions", 35, true, "Aminata"),
				new Plan(SessionKind.BREAKOUT, "Drafting action points", "Rédaction des actions de suivi", 25, false, "Ousmane", "Rachid"),
				new Plan(SessionKind.PLENARY, "Closing: conclusions and next steps", "Clôture : conclusions et suites", 80, true, "Aminata", "Héctor"));
		for (Plan plan : plans) {
			List<Long> ids = new ArrayList<>();
			for (String speaker : plan.speakers()) {
				ids.add(speakerIds.get(speaker));
			}
			agenda.createSession(workshopId, new AgendaService.SessionCommand(plan.kind(), Text.of(plan.en(), plan.fr(), null),
					Text.of(null, null, null), ids, plan.audience(), plan.interpretation()), facilitator);
		}
		AgendaSchedule result = agenda.schedule(workshopId, facilitator, Locale.ENGLISH);
		if (!(result instanceof AgendaSchedule.Scheduled)) {
			throw new IllegalStateException("The demo agenda should be schedulable: " + result);
		}
		sessions.flush();
	}

	private void vote(Workshop workshop, Map<String, Long> registrationIds, CurrentUser facilitator) {
		long id = workshop.id();
		long ranked = ballots.create(id, new BallotService.BallotCommand(BallotKind.RANKED,
				Text.of("Which areas should come first?", "Quels domaines traiter en premier ?", null),
				Text.of("Rank the areas of this workshop by priority for capacity-building along the two routes.",
						"Classez les domaines de cet atelier par priorité de renforcement des capacités le long des deux routes.",
						null),
				true, null, true, List.of()), facilitator);
		long ahp = ballots.create(id, new BallotService.BallotCommand(BallotKind.PAIRWISE,
				Text.of("Criteria for choosing interventions", "Critères de choix des interventions", null),
				Text.of("Which criterion matters more when choosing what to fund?",
						"Quel critère compte le plus pour choisir ce qu’il faut financer ?", null),
				false, null, false,
				List.of(Text.of("Number of people who benefit", "Nombre de personnes qui en bénéficient", null),
						Text.of("Cost, including recurrent cost", "Coût, y compris récurrent", null),
						Text.of("Feasibility within two years", "Faisabilité en deux ans", null),
						Text.of("Protection of migrants’ rights", "Protection des droits des migrants", null))),
				facilitator);
		long approval = ballots.create(id, new BallotService.BallotCommand(BallotKind.APPROVAL,
				Text.of("Which follow-up do you support?", "Quelles suites soutenez-vous ?", null),
				Text.of(null, null, null), true, 2, false,
				List.of(Text.of("A regional data-exchange pilot", "Un projet pilote régional d’échange de données", null),
						Text.of("Joint training of border officers", "Une formation commune des agents frontaliers", null),
						Text.of("A study visit to a one-stop border post", "Une visite d’étude d’un poste frontière unique", null))),
				facilitator);
		Map<Long, Ballot> byId = new HashMap<>();
		for (Ballot b : ballotRecords.findByWorkshopIdOrderByIdAsc(id)) {
			byId.put(b.id(), b);
		}
		// Ranked vote over B, C, G, I, X (option order): each string is an order of area codes, best first.
		Map<String, String> rankings = Map.ofEntries(Map.entry("focal.sen", "CXBGI"), Map.entry("focal.mar", "BGXCI"),
				Map.entry("focal.esp", "BGIXC"), Map.entry("focal.gtm", "CXIBG"), Map.entry("focal.mex", "BCGXI"),
				Map.entry("d1", "CBXIG"), Map.entry("d2", "XCBIG"), Map.entry("d3", "GBCXI"), Map.entry("d4", "BIGCX"),
				Map.entry("d5", "CIXBG"), Map.entry("d6", "BGCIX"), Map.entry("d7", "BGIXC"), Map.entry("d8", "GBIXC"),
				Map.entry("d9", "BCGIX"));
		List<BallotService.OptionView> areaOptions = ballots.view(workshop, byId.get(ranked), Locale.ENGLISH).options();
		Map<String, Long> optionByArea = new HashMap<>();
		areaOptions.forEach(o -> optionByArea.put(java.util.Objects.requireNonNull(o.area()).code(), o.id()));
		rankings.forEach((who, order) -> {
			Map<Long, Integer> ranks = new HashMap<>();
			for (int i = 0; i < order.length(); i++) {
				ranks.put(optionByArea.get(String.valueOf(order.charAt(i))), i + 1);
			}
			cast(workshop, byId.get(ranked), registrationIds.get(who), new BallotService.VoteCommand(ranks, Set.of(),
					Map.of(), true));
		});
		// AHP: judgments on (people, cost), (people, feasibility), (people, rights), (cost, feasibility),
		// (cost, rights), (feasibility, rights) as signed steps of Saaty's scale.
		List<BallotService.OptionView> criteria = ballots.view(workshop, byId.get(ahp), Locale.ENGLISH).options();
		Map<String, int[]> judgments = Map.of("focal.sen", new int[] { 3, 2, -2, -2, -5, -3 }, "focal.mar",
				new int[] { 2, 1, 2, 2, 1, 1 }, "focal.esp", new int[] { 1, -2, 3, -3, 2, 4 }, "focal.gtm",
				new int[] { 4, 3, 1, 1, -3, -3 }, "d3", new int[] { 2, 2, 2, 1, 1, 1 }, "d4",
				new int[] { -2, -3, 2, -2, 3, 5 }, "d5", new int[] { 3, 1, -3, -3, -6, -4 }, "d7",
				new int[] { 1, -3, 3, -3, 3, 6 }, "d9", new int[] { 5, 3, -2, -2, -6, -4 });
		judgments.forEach((who, steps) -> {
			Map<String, Integer> given = new HashMap<>();
			int k = 0;
			for (int i = 0; i < criteria.size(); i++) {
				for (int j = i + 1; j < criteria.size(); j++) {
					given.put(criteria.get(i).id() + "-" + criteria.get(j).id(), steps[k++]);
				}
			}
			cast(workshop, byId.get(ahp), registrationIds.get(who), new BallotService.VoteCommand(Map.of(), Set.of(),
					given, true));
		});
		for (long ballotId : List.of(ranked, ahp)) {
			Ballot ballot = byId.get(ballotId);
			ballot.status = BallotStatus.CLOSED;
			ballot.openedAt = Instant.now().minusSeconds(26 * 3600);
			ballot.closedAt = Instant.now().minusSeconds(25 * 3600);
		}
		Ballot open = byId.get(approval);
		open.status = BallotStatus.OPEN;
		open.openedAt = Instant.now();
	}

	private void cast(Workshop workshop, Ballot ballot, @Nullable Long registrationId, BallotService.VoteCommand vote) {
		if (registrationId == null) {
			return;
		}
		Registration registration = registrationRecords.findById(registrationId).orElseThrow();
		ballots.cast(workshop, ballot, registration, vote, Locale.ENGLISH);
	}

	private static CurrentUser current(UserSummary account) {
		return new CurrentUser(account.id(), account.username(), account.displayName(), account.roles(),
				account.countryCode());
	}

}
