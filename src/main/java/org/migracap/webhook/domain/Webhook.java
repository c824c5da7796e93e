package org.migracap.webhook.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/**
 * A URL that receives signed deliveries of the events it subscribed to. The secret is stored encrypted
 * ({@link SecretCipher}) and is not audited, so that the audit trail never holds a secret, current or rotated.
 */
@Entity
@Audited
@Table(schema = "webhook", name = "webhook")
class Webhook {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable Long id;

	@Version
	long version;

	@Column(nullable = false, length = 2000)
	String url;

	@Column(nullable = false, length = 500)
	String description;

	@NotAudited
	@Column(nullable = false, length = 500)
	String secret;

	@Column(nullable = false, length = 500)
	String events;

	@Column(nullable = false)
	boolean enabled = true;

	@Column(name = "created_at", nullable = false)
	Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 100)
	String createdBy;

	@Column(name = "secret_rotated_at", nullable = false)
	Instant secretRotatedAt;

	protected Webhook() {
	}

	Webhook(String url, String description, String secret, Set<WebhookEvent> events, String createdBy, Instant now) {
		this.url = url;
		this.description = description;
		this.secret = secret;
		this.events = encode(events);
		this.createdBy = createdBy;
		this.createdAt = now;
		this.secretRotatedAt = now;
	}

	long id() {
		return java.util.Objects.requireNonNull(id);
	}

	Set<WebhookEvent> events() {
		Set<WebhookEvent> set = EnumSet.noneOf(WebhookEvent.class);
		Arrays.stream(events.split(",")).map(String::trim).map(WebhookEvent::of).flatMap(java.util.Optional::stream)
			.forEach(set::add);
		return set;
	}

	void rotate(String secret, Instant now) {
		this.secret = secret;
		this.secretRotatedAt = now;
	}

	static String encode(Set<WebhookEvent> events) {
		return events.stream().sorted().map(WebhookEvent::wireName).collect(Collectors.joining(","));
	}

}
