package org.migracap.support;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * Reading what arrived at the tests' SMTP server ({@link TestSmtp}).
 */
public final class Inbox {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");

	private Inbox() {
	}

	/** The messages received for the address, waiting until there are at least {@code count} or failing. */
	public static List<MimeMessage> await(GreenMail smtp, String recipient, int count, Duration timeout) {
		Instant until = Instant.now().plus(timeout);
		List<MimeMessage> found = to(smtp, recipient);
		while (found.size() < count && Instant.now().isBefore(until)) {
			sleep(100);
			found = to(smtp, recipient);
		}
		if (found.size() < count) {
			throw new AssertionError("Expected " + count + " message(s) to " + recipient + " within " + timeout
					+ ", got " + found.size());
		}
		return found;
	}

	public static List<MimeMessage> to(GreenMail smtp, String recipient) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The text of the part of the given MIME type ({@code text/plain} or {@code text/html}). */
	public static String part(MimeMessage message, String mimeType) {
		try {
			List<String> texts = new ArrayList<>();
			collect(message, mimeType, texts);
			if (texts.isEmpty()) {
				throw new AssertionError("No " + mimeType + " part in the message");
			}
			return texts.getFirst();
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void collect(Part part, String mimeType, List<String> texts) throws MessagingException, IOException {
		if (part.isMimeType(mimeType)) {
			texts.add((String) part.getContent());
		}
		else if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				collect(body, mimeType, texts);
			}
		}
	}

	/** The first link in the plain-text part. */
	public static String link(MimeMessage message) {
		Matcher matcher = LINK.matcher(part(message, "text/plain"));
		if (!matcher.find()) {
			throw new AssertionError("No link in the message");
		}
		return matcher.group();
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String header(MimeMessage message, String name) {
		try {
			String[] values = message.getHeader(name);
			return values == null ? "" : values[0];
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
