package org.migracap.request;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.migracap.identity.IdentityApi;
import org.migracap.identity.UserSummary;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.FocusArea;
import org.migracap.request.domain.RequestService;
import org.migracap.request.domain.RequestStatus;
import org.migracap.support.EventPublications;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.workshopoutcome.ActionPointAgreed;
import org.migracap.workshopoutcome.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The request workflow through the module's API and service: who may submit, the decisions, questions and answers,
 * the status history, the notifications, the {@link RequestAccepted} event, and what each viewer may see.
 */
@MigraCapIntegrationTest
@RecordApplicationEvents
class RequestApiIntegrationTests {

	@Autowired
	RequestApi api;

	@Autowired
	RequestService service;

	@Autowired
	IdentityApi identity;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	CurrentUser user(String username) {
		UserSummary u = identity.user(username).orElseThrow();
		return new CurrentUser(u.id(), u.username(), u.displayName(), u.roles(), u.countryCode());
	}

	long submit(String focal, List<String> countries, String title) {
		return service.submit(new RequestService.NewRequest(countries, EnumSet.of(FocusArea.B, FocusArea.I),
				HelpKind.TRAINING, Urgency.HIGH, title, "Officers need training in document examination.", null, null,
				null, List.of()), user(focal));
	}

	int notifications(String username, String key) {
		return jdbc.sql("select count(*) from identity.notification where user_id = :u and message_key = :k")
			.param("u", user(username).id())
			.param("k", key)
			.query(Integer.class)
			.single();
	}

	@Test
	void aFocalPointSubmitsForItsOwnCountryOnly() {
		int before = notifications("coordinator", "request.notify.submitted");
		long id = submit("focal.ken", List.of("KEN", "UGA"), "Joint border training");
		assertThat(notifications("coordinator", "request.notify.submitted")).isEqualTo(before + 1);
		assertThat(api.openRequests("KEN", Optional.of(user("focal.ken")))).extracting(RequestSummary::id).contains(id);
		assertThat(api.openRequests("UGA", Optional.of(user("coordinator")))).extracting(RequestSummary::id)
			.contains(id);
		assertThat(api.openRequests("KEN", Optional.of(user("focal.gtm")))).isEmpty();
		assertThat(api.openRequests("KEN", Optional.empty())).isEmpty();
		assertThatThrownBy(() -> submit("focal.ken", List.of("GTM"), "For somebody else"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(service.visibleRows(user("focal.gtm"))).extracting(r -> r.id()).doesNotContain(id);
	}

	@Test
	void acceptingPublishesRequestAcceptedAndNotifiesTheCountry() {
		long id = submit("focal.ken", List.of("KEN", "TZA"), "Accept me");
		int before = notifications("focal.ken", "request.notify.accepted");
		long version = service.detail(id, user("coordinator")).version();
		service.accept(id, version, "Good fit", user("coordinator"));

		List<RequestAccepted> accepted = events.stream(RequestAccepted.class).filter(e -> e.requestId() == id).toList();
		assertThat(accepted).hasSize(1);
		assertThat(accepted.get(0).countries()).containsExactly("KEN", "TZA");
		assertThat(accepted.get(0).areas()).containsExactlyInAnyOrder(FocusArea.B, FocusArea.I);
		assertThat(accepted.get(0).kind()).isEqualTo(HelpKind.TRAINING);
		assertThat(notifications("focal.ken", "request.notify.accepted")).isEqualTo(before + 1);
		assertThat(api.acceptedRequests()).extracting(RequestSummary::id).contains(id);
		assertThat(api.openRequests("KEN", Optional.of(user("coordinator")))).extracting(RequestSummary::id)
			.doesNotContain(id);
		assertThatThrownBy(() -> service.decline(id, version + 1, "late", user("coordinator")))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void askAnswerAndDeclineLeaveAHistoryTheRequesterReads() {
		long id = submit("focal.ken", List.of("KEN"), "Ask me");
		CurrentUser coordinator = user("coordinator");
		service.askForInformation(id, service.detail(id, coordinator).version(), "Which posts?", coordinator);
		assertThat(service.detail(id, user("focal.ken")).mayAnswer()).isTrue();
		assertThatThrownBy(() -> service.answer(id, 0, "Namanga", List.of(), user("focal.ken")))
			.isInstanceOf(ConcurrentEditException.class);
		service.answer(id, service.detail(id, coordinator).version(), "Namanga and Busia", List.of(), user("focal.ken"));
		assertThat(service.detail(id, coordinator).row().status()).isEqualTo(RequestStatus.SUBMITTED);
		assertThatThrownBy(() -> service.decline(id, service.detail(id, coordinator).version(), " ", coordinator))
			.isInstanceOf(RuleViolationException.class);
		service.decline(id, service.detail(id, coordinator).version(), "Covered by another programme", coordinator);

		RequestService.RequestDetail seen = service.detail(id, user("focal.ken"));
		assertThat(seen.row().status()).isEqualTo(RequestStatus.DECLINED);
		assertThat(seen.decisionNote()).isEqualTo("Covered by another programme");
		assertThat(seen.history()).extracting(RequestService.HistoryEntry::to)
			.containsExactly(RequestStatus.SUBMITTED, RequestStatus.INFO_REQUESTED, RequestStatus.SUBMITTED,
					RequestStatus.DECLINED);
		assertThat(seen.history().get(1).note()).isEqualTo("Which posts?");
		assertThat(seen.mayAnswer()).isFalse();
		assertThat(seen.mayWithdraw()).isFalse();
		assertThatThrownBy(() -> service.detail(id, user("focal.gtm")))
			.isInstanceOf(org.migracap.platform.NotFoundException.class);
	}

	@Test
	void onlyStaffDecide() {
		long id = submit("focal.ken", List.of("KEN"), "Decide me");
		assertThatThrownBy(() -> service.accept(id, 0, null, user("focal.ken")))
			.isInstanceOf(AccessDeniedException.class);
	}

	/**
	 * The request module's listener of {@link ActionPointAgreed} (ADR workshop-06): a submitted request with the action
	 * point as its origin, answered with {@link RequestOpenedForActionPoint}; the same event delivered again makes no
	 * second request.
	 */
	@Test
	void anAgreedActionPointBecomesASubmittedRequestWithItsOriginOnce() {
		String origin = "workshop:12 action " + System.nanoTime();
		ActionPointAgreed agreed = new ActionPointAgreed(12, -1, "SEN", FocusArea.G, "WORKSHOP", "MEDIUM",
				"Follow-up workshop", "Action point 3 of the workshop", origin, Actor.of(user("facilitator")));
		transactions.executeWithoutResult(status -> publisher.publishEvent(agreed));
		await().atMost(EventPublications.PATIENCE).until(() -> requestsWithOrigin(origin).size() == 1);
		var row = service.find(requestsWithOrigin(origin).get(0)).orElseThrow();
		assertThat(row.status()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(row.countries()).containsExactly("SEN");
		assertThat(row.areas()).containsExactly(FocusArea.G);
		assertThat(row.submittedByName()).isEqualTo(user("facilitator").displayName());
		EventPublications.awaitCompleted(jdbc, "ActionPointRequests", origin);
		EventPublications.awaitCompleted(jdbc, "OutcomeAnswers", "\"requestId\":" + row.id());

		transactions.executeWithoutResult(status -> publisher.publishEvent(agreed));
		await().atMost(EventPublications.PATIENCE)
			.until(() -> EventPublications.count(jdbc, "ActionPointRequests", origin, true) == 2);
		assertThat(requestsWithOrigin(origin)).as("delivered again, no second request").hasSize(1);
	}

	/** The listener repeats the command's permission check: a participant's event writes nothing and is refused. */
	@Test
	void anActionPointOfSomebodyWhoMayNotIsRefusedAndWritesNothing() {
		String origin = "workshop:13 action " + System.nanoTime();
		long before = jdbc.sql("select count(*) from request.assistance_request").query(Long.class).single();
		transactions.executeWithoutResult(status -> publisher.publishEvent(new ActionPointAgreed(13, -2, "SEN",
				FocusArea.G, "WORKSHOP", "MEDIUM", "Not mine to ask", "x", origin, Actor.of(user("participant")))));
		EventPublications.awaitCompleted(jdbc, "ActionPointRequests", origin);
		assertThat(requestsWithOrigin(origin)).isEmpty();
		assertThat(jdbc.sql("select count(*) from request.assistance_request").query(Long.class).single())
			.isEqualTo(before);
		assertThat(EventPublications.count(jdbc, "OutcomeAnswers", "request.error.actionPointNotAllowed", false))
			.as("the refusal is answered").isPositive();
	}

	List<Long> requestsWithOrigin(String origin) {
		return jdbc.sql("select id from request.assistance_request where origin = :o")
			.param("o", origin)
			.query(Long.class)
			.list();
	}

	@Test
	void demoRequestsCoverEveryStatusForTheDemoCountries() {
		List<String> statuses = jdbc.sql("select distinct status from request.assistance_request where demo = true")
			.query(String.class)
			.list();
		assertThat(statuses).containsExactlyInAnyOrder("SUBMITTED", "INFO_REQUESTED", "ACCEPTED", "DECLINED",
				"WITHDRAWN");
		assertThat(api.acceptedRequests()).extracting(s -> s.countries().iterator().next())
			.contains("KEN", "MAR", "PHL");
	}

}
