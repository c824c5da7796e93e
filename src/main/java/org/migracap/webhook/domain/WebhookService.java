package org.migracap.webhook.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and managing webhooks (administrators only). Input is checked before anything is written: a bad URL,
 * description or event list is refused with a rule violation (422) and saves nothing.
 */
@Service
@Transactional
public class WebhookService {

	private static final Logger log = LoggerFactory.getLogger(WebhookService.class);

	static final int MAX_URL = 2000;

	static final int MAX_DESCRIPTION = 500;

	/** A webhook as administrators see it; never its secret. */
	public record WebhookView(long id, long version, String url, String description, List<WebhookEvent> events,
			boolean enabled, Instant createdAt, String createdBy, Instant secretRotatedAt) {

		public boolean subscribes(WebhookEvent event) {
			return events.contains(event);
		}

	}

	/** A webhook just made or whose secret was just rotated, with the secret, shown this once. */
	public record WithSecret(WebhookView webhook, String secret) {
	}

	private final Webhooks webhooks;

	private final SecretCipher cipher;

	WebhookService(Webhooks webhooks, WebhookSettings settings) {
		this.webhooks = webhooks;
		this.cipher = new SecretCipher(settings.secretKey());
		if (!cipher.encrypts()) {
			log.warn("migracap.webhook.secret-key is not set: webhook secrets are stored unencrypted in the database");
		}
	}

	/** Whether the secrets are encrypted in the database ({@code migracap.webhook.secret-key} is set). */
	public boolean encryptsSecrets() {
		return cipher.encrypts();
	}

	SecretCipher cipher() {
		return cipher;
	}

	public WithSecret register(@Nullable String url, @Nullable String description,
			@Nullable Collection<String> events, CurrentUser actor) {
		requireAdmin(actor);
		String checkedUrl = checkUrl(url);
		String checkedDescription = checkDescription(description);
		Set<WebhookEvent> checkedEvents = checkEvents(events);
		String secret = SecretCipher.newSecret();
		Webhook saved = webhooks.saveAndFlush(new Webhook(checkedUrl, checkedDescription, cipher.seal(secret),
				checkedEvents, actor.username(), Instant.now()));
		return new WithSecret(view(saved), secret);
	}

	@Transactional(readOnly = true)
	public List<WebhookView> list(CurrentUser actor) {
		requireAdmin(actor);
		return webhooks.findAllByOrderByIdAsc().stream().map(WebhookService::view).toList();
	}

	@Transactional(readOnly = true)
	public WebhookView get(long id, CurrentUser actor) {
		requireAdmin(actor);
		return view(find(id));
	}

	public WebhookView setEnabled(long id, boolean enabled, CurrentUser actor) {
		requireAdmin(actor);
		Webhook webhook = find(id);
		webhook.enabled = enabled;
		return view(webhooks.saveAndFlush(webhook));
	}

	/** Deletes a webhook and, with it, its deliveries (sent or not). */
	public void delete(long id, CurrentUser actor) {
		requireAdmin(actor);
		webhooks.delete(find(id));
		webhooks.flush();
	}

	/** Replaces the secret: deliveries sent from now on, also retries of older ones, are signed with the new one. */
	public WithSecret rotateSecret(long id, CurrentUser actor) {
		requireAdmin(actor);
		Webhook webhook = find(id);
		String secret = SecretCipher.newSecret();
		webhook.rotate(cipher.seal(secret), Instant.now());
		return new WithSecret(view(webhooks.saveAndFlush(webhook)), secret);
	}

	/** The enabled webhooks that subscribe to the event, as (id) for the outbox. */
	@Transactional(readOnly = true)
	List<Long> subscribers(WebhookEvent event) {
		return webhooks.findByEnabledTrue()
			.stream()
			.filter(w -> w.events().contains(event))
			.map(Webhook::id)
			.toList();
	}

	private Webhook find(long id) {
		return webhooks.findById(id).orElseThrow(() -> NotFoundException.of("webhook", id));
	}

	private static void requireAdmin(CurrentUser actor) {
		if (!actor.has(Role.ADMIN)) {
			throw new AccessDeniedException("Only administrators manage webhooks");
		}
	}

	/** An absolute http or https URL with a host, no user name or password in it, and no fragment. */
	static String checkUrl(@Nullable String url) {
		String text = url == null ? "" : url.trim();
		if (text.isEmpty() || text.length() > MAX_URL) {
			throw RuleViolationException.invalid("webhook.error.url", MAX_URL);
		}
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException ex) {
			throw RuleViolationException.invalid("webhook.error.url", MAX_URL);
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw RuleViolationException.invalid("webhook.error.scheme");
		}
		if (uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null
				|| uri.getRawFragment() != null || uri.getPort() > 65535) {
			throw RuleViolationException.invalid("webhook.error.url", MAX_URL);
		}
		return text;
	}

	static String checkDescription(@Nullable String description) {
		String text = description == null ? "" : description.trim();
		if (text.isEmpty() || text.length() > MAX_DESCRIPTION) {
			throw RuleViolationException.invalid("webhook.error.description", MAX_DESCRIPTION);
		}
		return text;
	}

	static Set<WebhookEvent> checkEvents(@Nullable Collection<String> events) {
		Set<WebhookEvent> set = EnumSet.noneOf(WebhookEvent.class);
		if (events != null) {
			for (String name : events) {
				set.add(WebhookEvent.of(name == null ? "" : name.trim())
					.orElseThrow(() -> RuleViolationException.invalid("webhook.error.unknownEvent",
							String.valueOf(name))));
			}
		}
		if (set.isEmpty()) {
			throw RuleViolationException.invalid("webhook.error.events");
		}
		return set;
	}

	static WebhookView view(Webhook w) {
		return new WebhookView(w.id(), w.version, w.url, w.description, List.copyOf(w.events()), w.enabled,
				w.createdAt, w.createdBy, w.secretRotatedAt);
	}

}
