package org.migracap.workshop;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracap.identity.IdentityApi;
import org.migracap.mobility.CountryRole;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.RuleViolationException;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.workshop.domain.Attendance;
import org.migracap.workshop.domain.RegistrationService;
import org.migracap.workshop.domain.RegistrationStatus;
import org.migracap.workshop.domain.ScopeService;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Creating workshops, scoping them, inviting, and registering: bilingual texts required in every working language,
 * invitations that follow the scope, a capacity with a waiting list that moves up, questions asked only of in-person
 * participants, the last place taken by exactly one of two people registering at once, and the participant list
 * export.
 */
@MigraCapIntegrationTest
class WorkshopRegistrationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkshopService workshops;

	@Autowired
	RegistrationService registrations;

	@Autowired
	ScopeService scope;

	@Autowired
	IdentityApi identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkshopApi api;

	WorkshopTestData data;

	@BeforeEach
	void setUp() {
		data = new WorkshopTestData(workshops, registrations, identity);
	}

	RequestPostProcessor as(String username) {
		UserDetails principal = users.loadUserByUsername(username);
		return authentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
	}

	@Test
	void aBilingualWorkshopNeedsItsTitleInEveryWorkingLanguage() throws Exception {
		mvc.perform(post("/workshops").with(as("facilitator")).with(csrf())
			.param("languages", "en", "fr")
			.param("title.en", "Border data")
			.param("format", "ONLINE")
			.param("startDate", "2031-03-02")
			.param("endDate", "2031-03-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the title in French, a working language.")))
			.andExpect(content().string(containsString("id=\"title-fr-error\"")));
		mvc.perform(post("/workshops").with(as("facilitator")).with(csrf())
			.param("languages", "en", "fr")
			.param("title.en", "Border data")
			.param("title.fr", "Données frontalières")
			.param("format", "ONLINE")
			.param("startDate", "2031-03-02")
			.param("endDate", "2031-03-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The last day cannot be before the first day.")));
		mvc.perform(post("/workshops").with(as("participant")).with(csrf()).param("title.en", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theInvitationListFollowsTheScope() {
		CurrentUser facilitator = data.user("facilitator");
		long id = data.published("Scope test", null, WorkshopFormat.ONLINE);
		scope.addCountry(id, "KEN", facilitator);
		scope.addCountry(id, "MAR", facilitator);
		long kenyaFocal = data.user("focal.ken").id();
		assertThat(scope.invitations(id, facilitator, Locale.ENGLISH)).extracting(ScopeService.InvitationRow::userId)
			.contains(kenyaFocal, data.user("focal.mar").id());
		scope.addContact(id, new ScopeService.ContactCommand("Jane Doe", "jane@example.org", "KEN", "Ministry", "fr"),
				facilitator);
		assertThatThrownBy(() -> scope.addContact(id,
				new ScopeService.ContactCommand("Jane again", "JANE@example.org", null, null, "en"), facilitator))
			.isInstanceOf(RuleViolationException.class);
		scope.removeCountry(id, "KEN", facilitator);
		assertThat(scope.invitations(id, facilitator, Locale.ENGLISH)).extracting(ScopeService.InvitationRow::userId)
			.doesNotContain(kenyaFocal);
		assertThat(scope.invitations(id, facilitator, Locale.ENGLISH)).extracting(ScopeService.InvitationRow::email)
			.contains("jane@example.org");
		int before = notifications("focal.mar", "workshop.notification.invited");
		assertThat(scope.send(id, facilitator)).isEqualTo(2);
		assertThat(notifications("focal.mar", "workshop.notification.invited")).isEqualTo(before + 1);
	}

	@Test
	void aScopeByRouteAddsEveryCountryOfTheRoute() {
		CurrentUser facilitator = data.user("facilitator");
		long id = data.published("Route test", null, WorkshopFormat.ONLINE);
		long route = jdbc.sql("select id from mobility.route where name = 'Senegal - Morocco - Spain (demo)'")
			.query(Long.class)
			.single();
		assertThat(scope.addRoute(id, route, facilitator)).isEqualTo(3);
		assertThat(scope.scope(id, Optional.of(facilitator), Locale.ENGLISH)).extracting(ScopeService.ScopeRow::iso3)
			.containsExactlyInAnyOrder("SEN", "MAR", "ESP");
		assertThat(scope.scope(id, Optional.of(facilitator), Locale.ENGLISH)).allSatisfy(
				row -> assertThat(row.sourceKind()).isEqualTo("route"));
	}

	@Test
	void theWaitingListMovesUpWhenSomebodyCancels() {
		long id = data.published("Capacity test", 2, WorkshopFormat.HYBRID);
		RegistrationService.RegistrationView first = data.contact(id, "First Person", "SEN", CountryRole.ORIGIN,
				Attendance.IN_PERSON);
		data.contact(id, "Second Person", "MAR", CountryRole.TRANSIT, Attendance.IN_PERSON);
		RegistrationService.RegistrationView online = data.contact(id, "Online Person", "ESP", null, Attendance.ONLINE);
		RegistrationService.RegistrationView third = register(id, "participant", Attendance.IN_PERSON, Map.of());
		assertThat(first.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(online.status()).as("online places are not limited in a hybrid workshop")
			.isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(third.status()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(third.waitlistPosition()).isEqualTo(1);
		int before = notifications("participant", "workshop.notification.promoted");
		registrations.cancelByManager(id, first.id(), data.user("facilitator"));
		RegistrationService.RegistrationView promoted = registrations.mine(id, data.user("participant"), Locale.ENGLISH)
			.orElseThrow();
		assertThat(promoted.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(notifications("participant", "workshop.notification.promoted")).isEqualTo(before + 1);
	}

	@Test
	void aQuestionForInPersonParticipantsIsRequiredOnlyOfThem() throws Exception {
		long id = data.published("Question test", null, WorkshopFormat.HYBRID);
		RegistrationService.QuestionView visa = registrations
			.questions(id, Optional.of(data.user("facilitator")), Locale.ENGLISH)
			.stream()
			.filter(RegistrationService.QuestionView::required)
			.findFirst()
			.orElseThrow();
		String form = mvc.perform(get("/workshops/" + id + "/register").with(as("focal.mar")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("data-shown-when=\"IN_PERSON\"").contains("In person only");
		mvc.perform(post("/workshops/" + id + "/register").with(as("focal.mar")).with(csrf())
			.param("name", "Morocco focal point")
			.param("email", "focal.mar@example.org")
			.param("countryCode", "MAR")
			.param("language", "fr")
			.param("attendance", "IN_PERSON"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"answer-" + visa.id() + "-error\"")));
		assertThat(registrations.mine(id, data.user("focal.mar"), Locale.ENGLISH)).isEmpty();
		mvc.perform(post("/workshops/" + id + "/register").with(as("focal.mar")).with(csrf())
			.param("name", "Morocco focal point")
			.param("email", "focal.mar@example.org")
			.param("countryCode", "MAR")
			.param("language", "fr")
			.param("attendance", "ONLINE"))
			.andExpect(status().is3xxRedirection());
		RegistrationService.RegistrationView mine = registrations.mine(id, data.user("focal.mar"), Locale.ENGLISH)
			.orElseThrow();
		assertThat(mine.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(mine.language()).isEqualTo("fr");
		assertThat(mine.effectivePerspective()).as("Morocco is a transit country of a demo route")
			.isEqualTo(CountryRole.TRANSIT);
		mvc.perform(post("/workshops/" + id + "/register").with(as("focal.mar")).with(csrf())
			.param("name", "Morocco focal point")
			.param("email", "focal.mar@example.org")
			.param("countryCode", "KEN")
			.param("language", "fr")
			.param("attendance", "ONLINE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A focal point registers for their own country.")));
	}

	@Test
	void twoPeopleRegisteringAtOnceForTheLastPlaceDoNotBothGetIt() throws Exception {
		long id = data.published("Race test", 1, WorkshopFormat.IN_PERSON);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<RegistrationStatus>> tasks = new ArrayList<>();
			for (String username : List.of("focal.esp", "focal.gtm")) {
				tasks.add(() -> register(id, username, Attendance.IN_PERSON, Map.of()).status());
			}
			List<RegistrationStatus> statuses = new ArrayList<>();
			for (Future<RegistrationStatus> future : pool.invokeAll(tasks)) {
				statuses.add(future.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void theParticipantListIsExportedWithAnswersAndTheWaitingList() throws Exception {
		long id = data.published("Export test", 1, WorkshopFormat.IN_PERSON);
		data.contact(id, "Amina Export", "SEN", CountryRole.ORIGIN, Attendance.IN_PERSON);
		data.contact(id, "Waiting Export", "MAR", null, Attendance.IN_PERSON);
		String csv = mvc.perform(get("/workshops/" + id + "/registrations/export").param("format", "csv")
			.with(as("facilitator")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().count()).isEqualTo(3);
		assertThat(csv).contains("Amina Export").contains("Confirmed").contains("Waiting list")
			.contains("Do you need a letter to support a visa application?");
		mvc.perform(get("/workshops/" + id + "/registrations/export").param("format", "xlsx").with(as("facilitator")))
			.andExpect(status().isOk());
		mvc.perform(get("/workshops/" + id + "/registrations/export").with(as("participant")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/workshops/" + id + "/registrations").with(as("focal.ken")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDraftDoesNotExistForParticipants() throws Exception {
		CurrentUser facilitator = data.user("facilitator");
		long id = workshops.create(new WorkshopService.WorkshopCommand(
				org.migracap.platform.Text.english("Secret draft"),
				org.migracap.platform.Text.of(null, null, null), java.util.Set.of(), List.of("en"),
				WorkshopFormat.ONLINE, null, java.time.LocalDate.now(), java.time.LocalDate.now(), null, List.of()),
				facilitator);
		mvc.perform(get("/workshops/" + id).with(as("participant"))).andExpect(status().isNotFound());
		mvc.perform(get("/workshops").with(as("participant")))
			.andExpect(content().string(not(containsString("Secret draft"))));
		mvc.perform(get("/workshops/" + id).with(as("coordinator"))).andExpect(status().isOk());
	}

	@Test
	void attendanceIsTakenOnTheDayRowByRow() throws Exception {
		long id = data.published("Attendance test", null, WorkshopFormat.IN_PERSON);
		RegistrationService.RegistrationView present = data.contact(id, "Present Person", "SEN", null,
				Attendance.IN_PERSON);
		mvc.perform(post("/workshops/" + id + "/registrations/" + present.id() + "/attended").param("attended", "true")
			.header("HX-Request", "true")
			.with(as("facilitator"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"registration-" + present.id() + "\"")))
			.andExpect(content().string(containsString("aria-pressed=\"true\"")))
			.andExpect(content().string(not(containsString("<nav"))));
		assertThat(registrations.list(id, new RegistrationService.RegistrationFilter(null, null, null, null),
				data.user("facilitator"), Locale.ENGLISH)).singleElement()
			.satisfies(r -> assertThat(r.attended()).isTrue());
		mvc.perform(post("/workshops/" + id + "/registrations/" + present.id() + "/attended").param("attended", "false")
			.with(as("participant"))
			.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void otherModulesSeePublishedWorkshopsOfACountry() {
		long id = data.published("Api test", null, WorkshopFormat.ONLINE);
		scope.addCountry(id, "PHL", data.user("facilitator"));
		assertThat(api.workshopsWith("PHL", Optional.of(data.user("focal.phl")))).extracting(WorkshopSummary::id)
			.contains(id);
		assertThat(api.workshopsWith("PHL", Optional.empty())).isEmpty();
		assertThat(api.workshopsWith("KEN", Optional.of(data.user("focal.ken")))).extracting(WorkshopSummary::id)
			.doesNotContain(id);
	}

	private RegistrationService.RegistrationView register(long id, String username, Attendance attendance,
			Map<Long, String> extra) {
		CurrentUser user = data.user(username);
		Map<Long, String> answers = new HashMap<>(extra);
		for (RegistrationService.QuestionView q : registrations.questions(id, Optional.of(user), Locale.ENGLISH)) {
			if (q.required()) {
				answers.putIfAbsent(q.id(), "yes");
			}
		}
		RegistrationService.RegistrationCommand prefill = registrations.prefill(id, user, Locale.ENGLISH);
		return registrations.register(id, new RegistrationService.RegistrationCommand(prefill.name(), prefill.email(),
				prefill.countryCode(), null, null, "en", attendance, prefill.perspective(), null, null, answers), user,
				Locale.ENGLISH);
	}

	private int notifications(String username, String key) {
		return jdbc.sql("select count(*) from identity.notification where user_id = :u and message_key = :k")
			.param("u", data.user(username).id())
			.param("k", key)
			.query(Integer.class)
			.single();
	}

}
