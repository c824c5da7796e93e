package org.migracap.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.migracap.mail.domain.Digests;
import org.migracap.mail.domain.MailPreferences;
import org.migracap.mail.domain.MailTemplates;
import org.migracap.mail.domain.Outbox;
import org.migracap.mail.domain.UnsubscribeTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sending e-mail from any module. A message is rendered at once and written to the outbox in the caller's
 * transaction: it is sent, later and by a background worker, exactly when the caller's change is committed, and a
 * slow or failing mail server never delays or fails the caller.
 */
@Service
public class MailApi {

	/**
	 * One message to queue.
	 * @param kind what the message is about (e.g. {@code identity.invitation}), shown to administrators
	 * @param recipient the address; must be a valid e-mail address
	 * @param language {@code en}, {@code fr} or {@code es}
	 * @param template the templates' name under {@code templates/}, without {@code .txt}/{@code .html}
	 * @param subjectKey the message key of the subject
	 * @param subjectArgs its arguments
	 * @param model the templates' variables ({@code baseUrl} is added)
	 * @param headers extra mail headers (e.g. {@code List-Unsubscribe})
	 */
	public record Letter(String kind, String recipient, String language, String template, String subjectKey,
			List<Object> subjectArgs, Map<String, Object> model, Map<String, String> headers) {

		public Letter(String kind, String recipient, String language, String template, String subjectKey,
				Map<String, Object> model) {
			this(kind, recipient, language, template, subjectKey, List.of(), model, Map.of());
		}

	}

	/**
	 * A file sent with a letter, as text (UTF-8), e.g. an iCalendar file.
	 * @param filename the file's name as the recipient sees it
	 * @param contentType its MIME type with parameters, e.g. {@code text/calendar; method=REQUEST; charset=UTF-8}
	 * @param content the file's text
	 */
	public record Attachment(String filename, String contentType, String content) {
	}

	/**
	 * The kinds of mail about a person's own account (invitation, password, address verification): always sent at
	 * once, whatever the preferences, and without an unsubscribe link.
	 */
	public static final Set<String> ACCOUNT_KINDS = Set.of("identity.invitation", "identity.reset",
			"identity.verification");

	private final Outbox outbox;

	private final MailTemplates templates;

	private final MailPreferences preferences;

	private final Digests digests;

	private final UnsubscribeTokens tokens;

	MailApi(Outbox outbox, MailTemplates templates, MailPreferences preferences, Digests digests,
			UnsubscribeTokens tokens) {
		this.outbox = outbox;
		this.templates = templates;
		this.preferences = preferences;
		this.digests = digests;
		this.tokens = tokens;
	}

	/**
	 * Renders the letter and, in the caller's transaction, adds it to the outbox, or keeps it for the recipient's
	 * daily digest, or drops it, as the recipient chose for its kind ({@link #preference}). Every letter but the
	 * {@link #ACCOUNT_KINDS} carries a one-click unsubscribe link for its kind (RFC 8058 {@code List-Unsubscribe} and
	 * {@code List-Unsubscribe-Post} headers, and {@code unsubscribeUrl} in the templates' model).
	 * @return the id of the queued message, or 0 when it went to the digest or the recipient wants none of its kind
	 * @throws IllegalArgumentException when the recipient is not a valid e-mail address
	 */
	@Transactional
	public long queue(Letter letter) {
		return queue(letter, false);
	}

	private long queue(Letter letter, boolean withFiles) {
		if (!isAddress(letter.recipient())) {
			throw new IllegalArgumentException("Not an e-mail address: " + letter.recipient());
		}
		Locale locale = Locale.of(switch (letter.language()) {
			case "fr", "es" -> letter.language();
			default -> "en";
		});
		String recipient = letter.recipient().trim();
		boolean optional = !ACCOUNT_KINDS.contains(letter.kind());
		Delivery delivery = optional ? preferences.of(recipient, letter.kind()) : Delivery.IMMEDIATE;
		if (delivery == Delivery.DIGEST && withFiles) {
			// a digest lists subjects and links only: a letter with files (a calendar) is sent at once
			delivery = Delivery.IMMEDIATE;
		}
		if (delivery == Delivery.NONE) {
			return 0;
		}
		Map<String, Object> model = new LinkedHashMap<>(letter.model());
		Map<String, String> headers = new LinkedHashMap<>(letter.headers());
		if (optional) {
			String unsubscribe = tokens.link(baseUrl(), recipient, letter.kind());
			model.put("unsubscribeUrl", unsubscribe);
			headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
			headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		MailTemplates.Rendered rendered = templates.render(letter.template(), locale, letter.subjectKey(),
				letter.subjectArgs().toArray(), model);
		if (delivery == Delivery.DIGEST) {
			digests.add(recipient, locale.getLanguage(), letter.kind(), rendered.subject(),
					model.get("link") instanceof String link ? link : null);
			return 0;
		}
		String headerLines = headers.entrySet()
			.stream()
			.map(h -> h.getKey() + ": " + h.getValue().replaceAll("[\r\n]", " "))
			.collect(Collectors.joining("\n"));
		return outbox.add(letter.kind(), recipient, locale.getLanguage(), rendered.subject(), rendered.text(),
				rendered.html(), headerLines);
	}

	/** How the address wants mail of the kind; {@link Delivery#IMMEDIATE} unless it chose otherwise. */
	public Delivery preference(String address, String kind) {
		return preferences.of(address, kind);
	}

	/** The kinds the address chose a delivery for. */
	public Map<String, Delivery> preferences(String address) {
		return preferences.all(address);
	}

	/** Records how the address wants mail of the kind. */
	public void prefer(String address, String kind, Delivery delivery) {
		if (ACCOUNT_KINDS.contains(kind)) {
			throw new IllegalArgumentException("Account mail is always sent: " + kind);
		}
		preferences.set(address, kind, delivery);
	}

	/**
	 * Renders the letter and adds it to the outbox with its attachments, in the caller's transaction; the worker
	 * sends each attachment as a MIME part of its content type. The recipient's preference for the kind applies,
	 * except that a letter with attachments is never put in the daily digest (it is sent at once instead).
	 * @return the id of the queued message, or 0 when the recipient wants none of its kind
	 * @throws IllegalArgumentException when the recipient is not a valid e-mail address
	 */
	@Transactional
	public long queue(Letter letter, List<Attachment> attachments) {
		long id = queue(letter, !attachments.isEmpty());
		if (id == 0) {
			return 0;
		}
		for (Attachment attachment : attachments) {
			outbox.attach(id, attachment.filename(), attachment.contentType(), attachment.content());
		}
		return id;
	}

	/** The address the application is reached at, for links in mail, without a trailing slash. */
	public String baseUrl() {
		return templates.baseUrl();
	}

	/** Whether the text is a single valid e-mail address (RFC 822 syntax, with a domain). */
	public static boolean isAddress(String text) {
		try {
			InternetAddress[] parsed = InternetAddress.parse(text.trim(), true);
			if (parsed.length != 1) {
				return false;
			}
			parsed[0].validate();
			String address = parsed[0].getAddress();
			return address.equals(text.trim()) && address.indexOf('@') > 0
					&& address.substring(address.indexOf('@') + 1).contains(".");
		}
		catch (AddressException ex) {
			return false;
		}
	}

}
