package org.migracap.webhook.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Paging;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.webhook.domain.Deliveries;
import org.migracap.webhook.domain.WebhookService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhooks in the JSON API, for administrators: register (the secret is in this answer only), list, enable, disable,
 * rotate the secret, delete, and the deliveries with their status, to redeliver. Bad input is a 422 problem detail.
 */
@RestController
@Access(Role.ADMIN)
@RequestMapping(path = "/api/admin/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
class WebhookApiController {

	static final int MAX_PAGE_SIZE = 200;

	/** A webhook to register: its URL (http or https), a description and the names of its events. */
	@Schema(description = "A receiver URL, a description and the events it is sent.",
			example = "{\"url\": \"https://donor.example.org/migracap/events\", \"description\": \"Donor portal\", "
					+ "\"events\": [\"AssessmentPublished\", \"PlanAdopted\"]}")
	record NewWebhook(@Nullable String url, @Nullable String description, @Nullable List<String> events) {
	}

	private final WebhookService webhooks;

	private final Deliveries deliveries;

	WebhookApiController(WebhookService webhooks, Deliveries deliveries) {
		this.webhooks = webhooks;
		this.deliveries = deliveries;
	}

	@GetMapping
	List<WebhookService.WebhookView> list() {
		return webhooks.list(CurrentUser.required());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	WebhookService.WithSecret register(@RequestBody NewWebhook body) {
		return webhooks.register(body.url(), body.description(), body.events(), CurrentUser.required());
	}

	@GetMapping("/{id}")
	WebhookService.WebhookView get(@PathVariable long id) {
		return webhooks.get(id, CurrentUser.required());
	}

	@PostMapping("/{id}/enable")
	WebhookService.WebhookView enable(@PathVariable long id) {
		return webhooks.setEnabled(id, true, CurrentUser.required());
	}

	@PostMapping("/{id}/disable")
	WebhookService.WebhookView disable(@PathVariable long id) {
		return webhooks.setEnabled(id, false, CurrentUser.required());
	}

	@PostMapping("/{id}/rotate-secret")
	WebhookService.WithSecret rotate(@PathVariable long id) {
		return webhooks.rotateSecret(id, CurrentUser.required());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id) {
		webhooks.delete(id, CurrentUser.required());
	}

	/** The webhook's deliveries, newest first. */
	@GetMapping("/{id}/deliveries")
	List<Deliveries.Delivery> deliveries(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		webhooks.get(id, CurrentUser.required());
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw RuleViolationException.invalid("webhook.error.page", MAX_PAGE_SIZE);
		}
		return deliveries.of(id, Paging.page(page) * size, size);
	}

	/** Sends a delivery again (same delivery id and body, signed afresh), with its attempts counted anew. */
	@PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Deliveries.Delivery redeliver(@PathVariable long id, @PathVariable long deliveryId) {
		webhooks.get(id, CurrentUser.required());
		deliveries.find(id, deliveryId).orElseThrow(() -> NotFoundException.of("delivery", deliveryId));
		if (!deliveries.redeliver(id, deliveryId)) {
			throw RuleViolationException.conflict("webhook.error.redeliver");
		}
		return deliveries.find(id, deliveryId).orElseThrow(() -> NotFoundException.of("delivery", deliveryId));
	}

}
