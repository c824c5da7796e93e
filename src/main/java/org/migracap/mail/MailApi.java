package org.migracap.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.migracap.mail.domain.MailTemplates;
import org.migracap.mail.domain.Outbox;
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

	private final Outbox outbox;

	private final MailTemplates templates;

	MailApi(Outbox outbox, MailTemplates templates) {
		this.outbox = outbox;
		this.templates = templates;
	}

	/**
	 * Renders the letter and adds it to the outbox, in the caller's transaction.
	 * @return the id of the queued message
	 * @throws IllegalArgumentException when the recipient is not a valid e-mail address
	 */
	@Transactional
	public long queue(Letter letter) {
		if (!isAddress(letter.recipient())) {
			throw new IllegalArgumentException("Not an e-mail address: " + letter.recipient());
		}
		Locale locale = Locale.of(switch (letter.language()) {
			case "fr", "es" -> letter.language();
			default -> "en";
		});
		MailTemplates.Rendered rendered = templates.render(letter.template(), locale, letter.subjectKey(),
				letter.subjectArgs().toArray(), letter.model());
		String headers = new LinkedHashMap<>(letter.headers()).entrySet()
			.stream()
			.map(h -> h.getKey() + ": " + h.getValue().replaceAll("[\r\n]", " "))
			.collect(Collectors.joining("\n"));
		return outbox.add(letter.kind(), letter.recipient().trim(), locale.getLanguage(), rendered.subject(),
				rendered.text(), rendered.html(), headers);
	}

	/**
	 * Renders the letter and adds it to the outbox with its attachments, in the caller's transaction; the worker
	 * sends each attachment as a MIME part of its content type.
	 * @return the id of the queued message
	 * @throws IllegalArgumentException when the recipient is not a valid e-mail address
	 */
	@Transactional
	public long queue(Letter letter, List<Attachment> attachments) {
		long id = queue(letter);
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
