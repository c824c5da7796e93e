package org.migracap.mail.domain;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds: claims due messages, sends each through SMTP, and records the outcome. A failed attempt
 * is retried after an exponential back-off ({@link MailSettings#backoff}); a permanent refusal by the server (an SMTP
 * 5xx answer) or the last allowed attempt marks the message failed with the server's reason. Without a configured
 * mail server ({@code spring.mail.host}) nothing is claimed and every message waits in the outbox.
 */
@Component
public class MailWorker {

	private static final Logger log = LoggerFactory.getLogger(MailWorker.class);

	private final Outbox outbox;

	private final ObjectProvider<JavaMailSender> senders;

	private final MailSettings settings;

	public MailWorker(Outbox outbox, ObjectProvider<JavaMailSender> senders, MailSettings settings) {
		this.outbox = outbox;
		this.senders = senders;
		this.settings = settings;
	}

	public boolean configured() {
		return senders.getIfAvailable() != null;
	}

	@Scheduled(initialDelayString = "${migracap.mail.poll-interval:10s}",
			fixedDelayString = "${migracap.mail.poll-interval:10s}")
	void poll() {
		try {
			sendDue();
		}
		catch (RuntimeException ex) {
			log.warn("Outgoing mail worker failed: {}", ex.toString());
		}
	}

	/** Sends the messages that are due now, batch after batch; returns how many were sent. */
	public int sendDue() {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		outbox.releaseStale(Instant.now().minus(settings.staleAfter()));
		int sent = 0;
		List<Outbox.Message> batch;
		while (!(batch = outbox.claim(settings.batchSize())).isEmpty()) {
			for (Outbox.Message message : batch) {
				if (send(sender, message)) {
					sent++;
				}
			}
		}
		return sent;
	}

	private boolean send(JavaMailSender sender, Outbox.Message message) {
		try {
			sender.send(mime(sender, message));
			outbox.sent(message.id());
			return true;
		}
		catch (RuntimeException | MessagingException | UnsupportedEncodingException ex) {
			String reason = reason(ex);
			int attempts = message.attempts() + 1;
			boolean permanent = permanent(ex);
			Instant next = permanent || attempts >= settings.maxAttempts() ? null
					: Instant.now().plus(settings.backoff(attempts));
			outbox.attemptFailed(message.id(), reason, next);
			log.warn("Mail {} to {} not sent (attempt {}{}): {}", message.id(), message.recipient(), attempts,
					next == null ? ", given up" : "", reason);
			return false;
		}
	}

	private MimeMessage mime(JavaMailSender sender, Outbox.Message message)
			throws MessagingException, UnsupportedEncodingException {
		MimeMessage mime = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
		helper.setFrom(new InternetAddress(settings.from(), settings.fromName(), "UTF-8"));
		helper.setTo(message.recipient());
		helper.setSubject(message.subject());
		helper.setText(message.text(), message.html());
		mime.setHeader("Content-Language", message.language());
		mime.setHeader("X-MigraCap-Message", String.valueOf(message.id()));
		for (Outbox.Attachment attachment : outbox.attachments(message.id())) {
			helper.addAttachment(attachment.filename(), new jakarta.mail.util.ByteArrayDataSource(
					attachment.content().getBytes(java.nio.charset.StandardCharsets.UTF_8), attachment.contentType()));
		}
		for (String line : message.headers().split("\n")) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				mime.setHeader(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
			}
		}
		return mime;
	}

	/** An SMTP answer in the 5xx range refuses the message for good; anything else may pass on a later attempt. */
	static boolean permanent(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			int code = smtpCode(t);
			if (code >= 500 && code < 600) {
				return true;
			}
			if (t instanceof jakarta.mail.SendFailedException failed && failed.getNextException() != null
					&& permanent(failed.getNextException())) {
				return true;
			}
		}
		return false;
	}

	/** The SMTP reply code carried by Angus Mail's SMTP exceptions ({@code getReturnCode()}), or -1. */
	private static int smtpCode(Throwable t) {
		if (!t.getClass().getName().startsWith("org.eclipse.angus.mail.smtp.")) {
			return -1;
		}
		try {
			return (int) t.getClass().getMethod("getReturnCode").invoke(t);
		}
		catch (ReflectiveOperationException | ClassCastException ex) {
			return -1;
		}
	}

	static String reason(Throwable ex) {
		StringBuilder reason = new StringBuilder();
		for (Throwable t = ex; t != null && reason.length() < 900; t = t.getCause() == t ? null : t.getCause()) {
			@Nullable String text = t.getMessage();
			if (text != null && !text.isBlank() && reason.indexOf(text.trim()) < 0) {
				if (!reason.isEmpty()) {
					reason.append(" — ");
				}
				reason.append(text.trim());
			}
		}
		return reason.isEmpty() ? ex.getClass().getSimpleName() : reason.toString();
	}

}
