package org.migracap.workshop;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracap.identity.IdentityApi;
import org.migracap.mobility.CountryRole;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.Text;
import org.migracap.reference.FocusArea;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.workshop.domain.Attendance;
import org.migracap.workshop.domain.BallotKind;
import org.migracap.workshop.domain.BallotService;
import org.migracap.workshop.domain.RegistrationService;
import org.migracap.workshop.domain.WorkshopFormat;
import org.migracap.workshop.domain.WorkshopService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ballots stored and counted end to end: the published Schulze example cast as 45 stored ballots gives the published
 * ranking, an inconsistent AHP participant is told which comparison to revisit and may still send, one vote per
 * participant (secret votes final and stored without the voter, open votes changeable), results hidden from
 * participants until the ballot closes, and results split by perspective with the Kendall tau distance between them.
 */
@MigraCapIntegrationTest
class WorkshopBallotIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkshopService workshops;

	@Autowired
	RegistrationService registrations;

	@Autowired
	BallotService ballots;

	@Autowired
	IdentityApi identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	WorkshopTestData data;

	CurrentUser facilitator;

	@BeforeEach
	void setUp() {
		data = new WorkshopTestData(workshops, registrations, identity);
		facilitator = data.user("facilitator");
	}

	RequestPostProcessor as(String username) {
		UserDetails principal = users.loadUserByUsername(username);
		return authentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
	}

	long ballot(long workshopId, BallotKind kind, boolean secret, String... options) {
		List<Text> labels = java.util.Arrays.stream(options).map(Text::english).toList();
		long id = ballots.create(workshopId, new BallotService.BallotCommand(kind, Text.english("Ballot " + kind),
				Text.of(null, null, null), secret, null, false, labels), facilitator);
		ballots.open(workshopId, id, facilitator);
		return id;
	}

	/**
	 * The example of M. Schulze (Social Choice and Welfare 36, 2011, section 3.1; also the Wikipedia article "Schulze
	 * method"): 45 voters, candidates A–E, eight groups of identical ballots. Cast through the service as 45 stored
	 * secret votes of 45 registered participants; the published result is E &gt; A &gt; C &gt; B &gt; D, with
	 * d[A][B] = 20 and d[E][D] = 31.
	 */
	@Test
	void thePublishedSchulzeExampleCastAs45StoredBallotsGivesThePublishedRanking() throws Exception {
		long id = data.published("Schulze example", null, WorkshopFormat.ONLINE);
		long ballot = ballot(id, BallotKind.RANKED, true, "A", "B", "C", "D", "E");
		BallotService.BallotView view = ballots.ballot(id, ballot, Optional.of(facilitator), Locale.ENGLISH);
		Map<String, Long> option = new HashMap<>();
		view.options().forEach(o -> option.put(o.label(), o.id()));
		Object[][] groups = { { 5, "ACBED" }, { 5, "ADECB" }, { 8, "BEDAC" }, { 3, "CABED" }, { 7, "CAEBD" },
				{ 2, "CBADE" }, { 7, "DCEBA" }, { 8, "EBADC" } };
		int voter = 0;
		for (Object[] group : groups) {
			for (int i = 0; i < (int) group[0]; i++) {
				long registration = data.contact(id, "Voter " + (voter++), null, null, Attendance.ONLINE).id();
				Map<Long, Integer> ranks = new HashMap<>();
				String order = (String) group[1];
				for (int r = 0; r < order.length(); r++) {
					ranks.put(option.get(String.valueOf(order.charAt(r))), r + 1);
				}
				castAs(id, ballot, registration, new BallotService.VoteCommand(ranks, Set.of(), Map.of(), false));
			}
		}
		ballots.close(id, ballot, facilitator);
		BallotService.BallotResults results = ballots.results(id, ballot, Optional.of(data.user("participant")),
				Locale.ENGLISH).orElseThrow();
		assertThat(results.voters()).isEqualTo(45);
		assertThat(results.tiers()).extracting(tier -> tier.get(0).label()).containsExactly("E", "A", "C", "B", "D");
		int a = option("A", results);
		int b = option("B", results);
		int d = option("D", results);
		int e = option("E", results);
		assertThat(results.preferences()[a][b]).isEqualTo(20);
		assertThat(results.preferences()[e][d]).isEqualTo(31);
		assertThat(results.strongestPaths()[e][a]).isEqualTo(25);
		assertThat(results.borda()[e]).isEqualTo(102);
		assertThat(jdbc.sql("select count(*) from workshop.ballot_vote where ballot_id = :b and registration_id is not null")
			.param("b", ballot)
			.query(Integer.class)
			.single()).as("secret votes are stored without the voter").isZero();
		mvc.perform(get("/api/workshops/" + id + "/ballots/" + ballot + "/results").with(as("focal.ken")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ranking[0][0]").value("E"))
			.andExpect(jsonPath("$.voters").value(45));
	}

	@Test
	void anInconsistentParticipantIsToldAndMayReviseOrSendAnyway() throws Exception {
		long id = data.published("AHP consistency", null, WorkshopFormat.ONLINE);
		long ballot = ballot(id, BallotKind.PAIRWISE, false, "People", "Cost", "Feasibility");
		register(id, "participant");
		BallotService.BallotView view = ballots.ballot(id, ballot, Optional.of(facilitator), Locale.ENGLISH);
		long people = view.options().get(0).id();
		long cost = view.options().get(1).id();
		long feasibility = view.options().get(2).id();
		// People > Cost (5), Cost > Feasibility (5), but Feasibility > People (5): a cycle
		mvc.perform(post("/workshops/" + id + "/ballots/" + ballot + "/vote").with(as("participant")).with(csrf())
			.param("judgments[" + people + "-" + cost + "]", "5")
			.param("judgments[" + people + "-" + feasibility + "]", "-5")
			.param("judgments[" + cost + "-" + feasibility + "]", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"inconsistent\"")))
			.andExpect(content().string(containsString("Your comparisons contradict each other")));
		assertThat(votes(ballot)).isZero();
		mvc.perform(post("/workshops/" + id + "/ballots/" + ballot + "/vote").with(as("participant")).with(csrf())
			.param("judgments[" + people + "-" + cost + "]", "5")
			.param("judgments[" + people + "-" + feasibility + "]", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Compare this pair.")));
		// revised: People > Cost (3), People > Feasibility (5), Cost > Feasibility (2): consistent enough
		mvc.perform(post("/workshops/" + id + "/ballots/" + ballot + "/vote").with(as("participant")).with(csrf())
			.param("judgments[" + people + "-" + cost + "]", "3")
			.param("judgments[" + people + "-" + feasibility + "]", "5")
			.param("judgments[" + cost + "-" + feasibility + "]", "2"))
			.andExpect(status().is3xxRedirection());
		assertThat(votes(ballot)).isEqualTo(1);
		register(id, "focal.sen");
		mvc.perform(post("/workshops/" + id + "/ballots/" + ballot + "/vote").with(as("focal.sen")).with(csrf())
			.param("judgments[" + people + "-" + cost + "]", "5")
			.param("judgments[" + people + "-" + feasibility + "]", "-5")
			.param("judgments[" + cost + "-" + feasibility + "]", "5")
			.param("acceptInconsistent", "true"))
			.andExpect(status().is3xxRedirection());
		BallotService.BallotResults results = ballots.results(id, ballot, Optional.of(facilitator), Locale.ENGLISH)
			.orElseThrow();
		assertThat(results.voters()).isEqualTo(2);
		assertThat(results.consistentVoters()).isEqualTo(1);
		assertThat(results.scores()[0] + results.scores()[1] + results.scores()[2]).isCloseTo(1, within(1e-9));
	}

	@Test
	void oneVotePerParticipantSecretVotesAreFinalOpenVotesCanChange() {
		long id = data.published("One vote", null, WorkshopFormat.ONLINE);
		long secret = ballot(id, BallotKind.APPROVAL, true, "X", "Y");
		long open = ballot(id, BallotKind.APPROVAL, false, "X", "Y");
		register(id, "focal.gtm");
		CurrentUser voter = data.user("focal.gtm");
		long x = ballots.ballot(id, secret, Optional.of(voter), Locale.ENGLISH).options().get(0).id();
		ballots.vote(id, secret, new BallotService.VoteCommand(Map.of(), Set.of(x), Map.of(), false), voter,
				Locale.ENGLISH);
		assertThatThrownBy(() -> ballots.vote(id, secret,
				new BallotService.VoteCommand(Map.of(), Set.of(x), Map.of(), false), voter, Locale.ENGLISH))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("workshop.vote.error.alreadyVoted");
		long ox = ballots.ballot(id, open, Optional.of(voter), Locale.ENGLISH).options().get(0).id();
		long oy = ballots.ballot(id, open, Optional.of(voter), Locale.ENGLISH).options().get(1).id();
		ballots.vote(id, open, new BallotService.VoteCommand(Map.of(), Set.of(ox), Map.of(), false), voter,
				Locale.ENGLISH);
		BallotService.VoteOutcome second = ballots.vote(id, open,
				new BallotService.VoteCommand(Map.of(), Set.of(oy), Map.of(), false), voter, Locale.ENGLISH);
		assertThat(((BallotService.VoteOutcome.Recorded) second).replaced()).isTrue();
		BallotService.BallotResults results = ballots.results(id, open, Optional.of(facilitator), Locale.ENGLISH)
			.orElseThrow();
		assertThat(results.voters()).isEqualTo(1);
		assertThat(results.tiers().get(0)).extracting(BallotService.OptionView::label).containsExactly("Y");
		assertThat(results.openVotes()).singleElement().satisfies(v -> assertThat(v.summary()).isEqualTo("Y"));
		assertThatThrownBy(() -> ballots.vote(id, open,
				new BallotService.VoteCommand(Map.of(), Set.of(ox), Map.of(), false), data.user("focal.ken"),
				Locale.ENGLISH))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("workshop.vote.error.notRegistered");
	}

	@Test
	void participantsSeeResultsOnlyOnceTheBallotClosesFacilitatorsLive() throws Exception {
		long id = data.published("Live results", null, WorkshopFormat.ONLINE);
		long ballot = ballot(id, BallotKind.APPROVAL, true, "Alpha", "Beta");
		mvc.perform(get("/workshops/" + id + "/ballots/" + ballot).with(as("participant")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"results-later\"")))
			.andExpect(content().string(not(containsString("id=\"live-results\""))));
		mvc.perform(get("/workshops/" + id + "/ballots/" + ballot).with(as("facilitator")))
			.andExpect(content().string(containsString("hx-trigger=\"every 3s\"")));
		mvc.perform(get("/workshops/" + id + "/ballots/" + ballot + "/results/live").with(as("facilitator"))
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"live-results\"")))
			.andExpect(content().string(not(containsString("<nav"))));
		mvc.perform(get("/workshops/" + id + "/ballots/" + ballot + "/results/live").with(as("participant")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/workshops/" + id + "/ballots/" + ballot + "/results").with(as("participant")))
			.andExpect(status().isConflict());
		ballots.close(id, ballot, facilitator);
		mvc.perform(get("/workshops/" + id + "/ballots/" + ballot).with(as("participant")))
			.andExpect(content().string(containsString("id=\"live-results\"")))
			.andExpect(content().string(not(containsString("hx-trigger=\"every 3s\""))));
	}

	/**
	 * Six voters rank three areas; origin voters rank B, C, X, destination voters X, C, B (reversed): the Kendall tau
	 * distance between them is 1, transit (B, X, C) is 1/3 from origin (one of three pairs swapped) and 2/3 from
	 * destination. A secret ballot hides a perspective with fewer than three voters.
	 */
	@Test
	void resultsAreSplitByPerspectiveWithTheirDisagreement() {
		long id = data.published("Perspectives", null, WorkshopFormat.ONLINE);
		long ballot = ballots.create(id, new BallotService.BallotCommand(BallotKind.RANKED, Text.english("Areas"),
				Text.of(null, null, null), false, null, true, List.of()), facilitator);
		ballots.open(id, ballot, facilitator);
		BallotService.BallotView view = ballots.ballot(id, ballot, Optional.of(facilitator), Locale.ENGLISH);
		assertThat(view.options()).extracting(BallotService.OptionView::area)
			.containsExactly(FocusArea.B, FocusArea.C, FocusArea.X);
		Map<FocusArea, Long> option = new HashMap<>();
		view.options().forEach(o -> option.put(o.area(), o.id()));
		Object[][] voters = { { CountryRole.ORIGIN, "BCX" }, { CountryRole.ORIGIN, "BCX" },
				{ CountryRole.DESTINATION, "XCB" }, { CountryRole.DESTINATION, "XCB" }, { CountryRole.TRANSIT, "BXC" },
				{ CountryRole.TRANSIT, "BXC" } };
		int n = 0;
		for (Object[] v : voters) {
			long registration = data.contact(id, "CountryRole voter " + (n++), null, (CountryRole) v[0],
					Attendance.ONLINE).id();
			Map<Long, Integer> ranks = new HashMap<>();
			String order = (String) v[1];
			for (int r = 0; r < order.length(); r++) {
				ranks.put(option.get(FocusArea.of(String.valueOf(order.charAt(r)))), r + 1);
			}
			castAs(id, ballot, registration, new BallotService.VoteCommand(ranks, Set.of(), Map.of(), false));
		}
		BallotService.BallotResults results = ballots.results(id, ballot, Optional.of(facilitator), Locale.ENGLISH)
			.orElseThrow();
		assertThat(distance(results, CountryRole.ORIGIN, CountryRole.DESTINATION)).isEqualTo(1.0);
		assertThat(distance(results, CountryRole.ORIGIN, CountryRole.TRANSIT)).isCloseTo(1 / 3.0, within(1e-9));
		assertThat(distance(results, CountryRole.TRANSIT, CountryRole.DESTINATION)).isCloseTo(2 / 3.0, within(1e-9));
		assertThat(results.areaWeights()).containsOnlyKeys(FocusArea.B, FocusArea.C, FocusArea.X);
		assertThat(results.areaWeights().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1,
				within(1e-9));

		long secret = ballots.create(id, new BallotService.BallotCommand(BallotKind.RANKED, Text.english("Secret"),
				Text.of(null, null, null), true, null, true, List.of()), facilitator);
		ballots.open(id, secret, facilitator);
		long registration = data.contact(id, "Lonely origin voter", null, CountryRole.ORIGIN, Attendance.ONLINE).id();
		castAs(id, secret, registration, new BallotService.VoteCommand(
				Map.of(ballots.ballot(id, secret, Optional.of(facilitator), Locale.ENGLISH).options().get(0).id(), 1),
				Set.of(), Map.of(), false));
		BallotService.BallotResults hidden = ballots.results(id, secret, Optional.of(facilitator), Locale.ENGLISH)
			.orElseThrow();
		assertThat(hidden.perspectives()).singleElement().satisfies(p -> {
			assertThat(p.hidden()).isTrue();
			assertThat(p.tiers()).isEmpty();
		});
	}

	private static double distance(BallotService.BallotResults results, CountryRole a, CountryRole b) {
		return results.disagreements()
			.stream()
			.filter(d -> (d.a() == a && d.b() == b) || (d.a() == b && d.b() == a))
			.findFirst()
			.orElseThrow()
			.distance();
	}

	private static int option(String label, BallotService.BallotResults results) {
		return results.options().stream().filter(o -> o.label().equals(label)).findFirst().orElseThrow().index();
	}

	private int votes(long ballot) {
		return jdbc.sql("select count(*) from workshop.ballot_vote where ballot_id = :b")
			.param("b", ballot)
			.query(Integer.class)
			.single();
	}

	private void register(long id, String username) {
		CurrentUser user = data.user(username);
		RegistrationService.RegistrationCommand prefill = registrations.prefill(id, user, Locale.ENGLISH);
		registrations.register(id, new RegistrationService.RegistrationCommand(prefill.name(), prefill.email(),
				prefill.countryCode(), null, null, "en", Attendance.ONLINE, null, null, null, Map.of()), user,
				Locale.ENGLISH);
	}

	private void castAs(long workshopId, long ballotId, long registrationId, BallotService.VoteCommand vote) {
		WorkshopBallots.cast(ballots, facilitator, workshopId, ballotId, registrationId, vote);
	}

}
