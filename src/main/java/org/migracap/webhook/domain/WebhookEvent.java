package org.migracap.webhook.domain;

import java.util.Optional;

/** The events a webhook may subscribe to, by the name sent in {@code X-MigraCap-Event} and the body's {@code event}. */
public enum WebhookEvent {

	ASSESSMENT_PUBLISHED("AssessmentPublished"), REQUEST_ACCEPTED("RequestAccepted"), PLAN_ADOPTED("PlanAdopted"),
	WORKSHOP_CONCLUDED("WorkshopConcluded"), PROGRAMME_RESULT_REPORTED("ProgrammeResultReported");

	private final String wireName;

	WebhookEvent(String wireName) {
		this.wireName = wireName;
	}

	/** The name receivers see. */
	public String wireName() {
		return wireName;
	}

	public String messageKey() {
		return "webhook.event." + wireName;
	}

	public static Optional<WebhookEvent> of(String wireName) {
		for (WebhookEvent e : values()) {
			if (e.wireName.equals(wireName) || e.name().equals(wireName)) {
				return Optional.of(e);
			}
		}
		return Optional.empty();
	}

}
