package org.migracap.identity.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.migracap.mail.MailApi;
import org.springframework.stereotype.Component;

/**
 * The messages about a user's own account, each with a one-time link, in the user's language. Only the invitation
 * and the verification message go to an address that is not verified yet; a password reset goes only to a verified
 * one.
 */
@Component
class AccountMail {

	private final MailApi mail;

	private final AccountTokens tokens;

	private final AccountSettings settings;

	AccountMail(MailApi mail, AccountTokens tokens, AccountSettings settings) {
		this.mail = mail;
		this.tokens = tokens;
		this.settings = settings;
	}

	void invitation(UserAccount user, String inviter) {
		String token = tokens.issue(user.id(), AccountTokens.Purpose.INVITATION, user.email(), settings.invitationTtl());
		send(user, "identity.invitation", "identity/mail/invitation", "identity.mail.invitation.subject",
				"/password/set?token=" + enc(token), Map.of("inviter", inviter, "days", settings.invitationTtl().toDays()));
	}

	boolean reset(UserAccount user) {
		if (!user.emailVerified()) {
			return false;
		}
		String token = tokens.issue(user.id(), AccountTokens.Purpose.RESET, user.email(), settings.resetTtl());
		send(user, "identity.reset", "identity/mail/reset", "identity.mail.reset.subject",
				"/password/reset?token=" + enc(token), Map.of("minutes", settings.resetTtl().toMinutes()));
		return true;
	}

	void verification(UserAccount user) {
		String token = tokens.issue(user.id(), AccountTokens.Purpose.VERIFY, user.email(), settings.verificationTtl());
		send(user, "identity.verification", "identity/mail/verification", "identity.mail.verification.subject",
				"/account/verify?token=" + enc(token), Map.of("days", settings.verificationTtl().toDays()));
	}

	private void send(UserAccount user, String kind, String template, String subjectKey, String path,
			Map<String, Object> extra) {
		Map<String, Object> model = new java.util.HashMap<>(extra);
		model.put("displayName", user.displayName());
		model.put("username", user.username());
		model.put("link", mail.baseUrl() + path);
		mail.queue(new MailApi.Letter(kind, user.email(), user.preferredLanguage(), template, subjectKey, List.of(),
				model, Map.of()));
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
