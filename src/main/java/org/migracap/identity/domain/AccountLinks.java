package org.migracap.identity.domain;

import java.time.Instant;
import java.util.Optional;

import org.migracap.identity.AddressVerified;
import org.migracap.mail.MailApi;
import org.migracap.platform.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with the one-time links they receive by e-mail: set a first password from an invitation, set a new
 * one after "forgot password", verify their address. A link works once and not after it expires; a bad link changes
 * nothing. Asking for a reset never tells whether an account has the address.
 */
@Service
public class AccountLinks {

	/** A link as the person who follows it may learn about it. */
	public enum LinkState {

		VALID, EXPIRED, USED, UNKNOWN

	}

	/** The two kinds of link that lead to setting a password. */
	public enum PasswordLink {

		INVITATION(AccountTokens.Purpose.INVITATION), RESET(AccountTokens.Purpose.RESET);

		private final AccountTokens.Purpose purpose;

		PasswordLink(AccountTokens.Purpose purpose) {
			this.purpose = purpose;
		}

	}

	private final UserAccounts users;

	private final AccountTokens tokens;

	private final AccountMail mail;

	private final PasswordEncoder passwords;

	private final AccountSettings settings;

	private final ApplicationEventPublisher events;

	AccountLinks(UserAccounts users, AccountTokens tokens, AccountMail mail, PasswordEncoder passwords,
			AccountSettings settings, ApplicationEventPublisher events) {
		this.users = users;
		this.tokens = tokens;
		this.mail = mail;
		this.passwords = passwords;
		this.settings = settings;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public LinkState state(PasswordLink link, String token) {
		return LinkState.valueOf(tokens.state(token, link.purpose).name());
	}

	/** The user name of a valid password link's account, to show on the form. */
	@Transactional(readOnly = true)
	public Optional<String> username(PasswordLink link, String token) {
		return tokens.find(token, link.purpose)
			.filter(t -> t.state() == AccountTokens.State.VALID)
			.flatMap(t -> users.findById(t.userId()))
			.map(UserAccount::username);
	}

	/**
	 * Sets the password of the link's account and uses the link up. Following an invitation or reset link also
	 * proves the address it was sent to.
	 * @return the user name, to sign in with
	 * @throws RuleViolationException {@code account.link.expired}, {@code .used}, {@code .unknown}, or a password rule
	 */
	@Transactional
	public String setPassword(PasswordLink link, String token, String password) {
		AccountTokens.Token found = tokens.find(token, link.purpose)
			.orElseThrow(() -> RuleViolationException.invalid("account.link.unknown"));
		refuseUnless(found.state());
		UserAccount account = users.findById(found.userId())
			.filter(UserAccount::enabled)
			.orElseThrow(() -> RuleViolationException.invalid("account.link.unknown"));
		UserService.checkPassword(account.username(), password);
		if (!tokens.consume(found)) {
			throw RuleViolationException.invalid("account.link.used");
		}
		account.changePassword(passwords.encode(password), false);
		account.verified(found.email());
		users.save(account);
		events.publishEvent(new AddressVerified(account.id(), found.email()));
		return account.username();
	}

	/** Verifies the address the link was sent to, if it is still the account's. */
	@Transactional
	public LinkState verify(String token) {
		Optional<AccountTokens.Token> found = tokens.find(token, AccountTokens.Purpose.VERIFY);
		if (found.isEmpty()) {
			return LinkState.UNKNOWN;
		}
		if (found.get().state() != AccountTokens.State.VALID) {
			return LinkState.valueOf(found.get().state().name());
		}
		UserAccount account = users.findById(found.get().userId()).orElseThrow();
		if (!found.get().email().equalsIgnoreCase(account.email())) {
			return LinkState.EXPIRED;
		}
		if (!tokens.consume(found.get())) {
			return LinkState.USED;
		}
		account.verified(found.get().email());
		users.save(account);
		events.publishEvent(new AddressVerified(account.id(), found.get().email()));
		return LinkState.VALID;
	}

	/**
	 * Queues a "forgot password" message to each enabled account with this verified address, at most one per
	 * {@code migracap.identity.reset-interval}. Says nothing about whether there was one.
	 */
	@Transactional
	public void requestReset(String address) {
		String email = address.trim();
		if (!MailApi.isAddress(email)) {
			return;
		}
		Instant recent = Instant.now().minus(settings.resetInterval());
		for (UserAccount account : users.findAllByEmailIgnoreCase(email)) {
			if (account.enabled() && !account.demo()
					&& !tokens.issuedSince(account.id(), AccountTokens.Purpose.RESET, recent)) {
				mail.reset(account);
			}
		}
	}

	private static void refuseUnless(AccountTokens.State state) {
		switch (state) {
			case VALID -> {
			}
			case EXPIRED -> throw RuleViolationException.invalid("account.link.expired");
			case USED -> throw RuleViolationException.invalid("account.link.used");
			case UNKNOWN -> throw RuleViolationException.invalid("account.link.unknown");
		}
	}

}
