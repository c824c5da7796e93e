package org.migracap.webhook.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.migracap.assessment.AssessmentPublished;
import org.migracap.planning.PlanAdopted;
import org.migracap.programme.ProgrammeResultReported;
import org.migracap.request.RequestAccepted;
import org.migracap.workshop.WorkshopConcluded;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one delivery per subscribed, enabled webhook into the outbox when an event of the cycle happens, in the
 * transaction that raised it, just before it commits ({@link TransactionPhase#BEFORE_COMMIT}): a change that rolls
 * back leaves no delivery, a committed one always has its deliveries, and a failure to write them fails the commit.
 * The body holds ids, a link and what the event's public meaning allows, never a country's confidential data.
 */
@Component
class WebhookOutboxWriter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WebhookService webhooks;

	private final Deliveries deliveries;

	private final String baseUrl;

	WebhookOutboxWriter(WebhookService webhooks, Deliveries deliveries,
			@Value("${migracap.public-base-url:http://localhost:8080}") String baseUrl) {
		this.webhooks = webhooks;
		this.deliveries = deliveries;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** A published assessment: its id, country, framework, year and confidentiality, never its answers or scores. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(AssessmentPublished event) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("cycleId", event.cycleId());
		data.put("country", event.iso3());
		data.put("framework", event.frameworkCode());
		data.put("year", event.year());
		data.put("confidentiality", event.confidentiality().name());
		data.put("link", baseUrl + "/assessments/" + event.cycleId());
		write(WebhookEvent.ASSESSMENT_PUBLISHED, data);
	}

	/** An accepted request: its id, countries, focus areas and kind of help; not its title, text or attachments. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(RequestAccepted event) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("requestId", event.requestId());
		data.put("countries", event.countries().stream().sorted().toList());
		data.put("areas", event.areas().stream().map(Enum::name).sorted().toList());
		data.put("kind", event.kind().name());
		data.put("link", baseUrl + "/requests/" + event.requestId());
		write(WebhookEvent.REQUEST_ACCEPTED, data);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(PlanAdopted event) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("scenarioId", event.scenarioId());
		data.put("startYear", event.startYear());
		data.put("horizonYears", event.horizonYears());
		data.put("interventions", event.interventions().size());
		data.put("link", baseUrl + "/planning/scenarios/" + event.scenarioId());
		write(WebhookEvent.PLAN_ADOPTED, data);
	}

	/** A concluded workshop: its id, countries and dates; not its minutes, ballots or participants. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(WorkshopConcluded event) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("workshopId", event.workshopId());
		data.put("countries", event.countries().stream().sorted().toList());
		data.put("startDate", event.startDate().toString());
		data.put("endDate", event.endDate().toString());
		data.put("demo", event.demo());
		data.put("link", baseUrl + "/workshops/" + event.workshopId());
		write(WebhookEvent.WORKSHOP_CONCLUDED, data);
	}

	/**
	 * A programme result saved: ids and the reporting period; the countries only once the programme is published
	 * (its results are public then), never the figure itself.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ProgrammeResultReported event) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("programmeId", event.programmeId());
		data.put("indicatorId", event.indicatorId());
		data.put("periodId", event.periodId());
		data.put("periodStart", event.periodStart().toString());
		data.put("periodEnd", event.periodEnd().toString());
		data.put("published", event.published());
		data.put("cleared", event.cleared());
		data.put("countries", event.published() ? event.countries() : List.of());
		data.put("link", baseUrl + "/programmes/" + event.programmeId() + "#results");
		write(WebhookEvent.PROGRAMME_RESULT_REPORTED, data);
	}

	private void write(WebhookEvent event, Map<String, Object> data) {
		List<Long> subscribers = webhooks.subscribers(event);
		if (subscribers.isEmpty()) {
			return;
		}
		String body = body(UUID.randomUUID().toString(), event, Instant.now(), data);
		for (long webhookId : subscribers) {
			deliveries.add(webhookId, event, body);
		}
	}

	static String body(String id, WebhookEvent event, Instant occurredAt, Map<String, Object> data) {
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("id", id);
		envelope.put("event", event.wireName());
		envelope.put("occurredAt", occurredAt.toString());
		envelope.put("data", data);
		return JSON.writeValueAsString(envelope);
	}

}
