package org.migracap.identity.domain;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.ReferenceApi;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and maintaining user accounts, and the rules that go with them: a focal point is bound to exactly one
 * existing country; passwords are hashed and at least {@value #MIN_PASSWORD} characters; an administrator cannot lock
 * themselves out.
 */
@Service
public class UserService {

	public static final int MIN_PASSWORD = 10;

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final UserAccounts users;

	private final PasswordEncoder passwords;

	private final ReferenceApi reference;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final SecureRandom random = new SecureRandom();

	private final AccountMail mail;

	UserService(UserAccounts users, PasswordEncoder passwords, ReferenceApi reference, JdbcClient jdbc,
			AuditTrail audit, AccountMail mail) {
		this.mail = mail;
		this.users = users;
		this.passwords = passwords;
		this.reference = reference;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public record UserRecord(long id, long version, String username, String email, String displayName,
			Set<Role> roles, @Nullable String countryCode, String preferredLanguage, boolean enabled, boolean demo,
			boolean mustChangePassword, java.time.@Nullable Instant lastLoginAt, boolean serviceAccount,
			boolean emailVerified) {

		public boolean has(Role role) {
			return roles.contains(role);
		}

	}

	public record NewUser(String username, String email, String displayName, Set<Role> roles,
			@Nullable String countryCode, String preferredLanguage, String password) {
	}

	/** A person invited by e-mail to set up an account with one role (and, for a focal point, its country). */
	public record Invitation(String username, String email, String displayName, Role role,
			@Nullable String countryCode, String preferredLanguage) {
	}

	public record UserChanges(long version, String email, String displayName, Set<Role> roles,
			@Nullable String countryCode, String preferredLanguage) {
	}

	@Transactional(readOnly = true)
	public Page<UserRecord> search(String q, String country, Pageable pageable) {
		return users.search(q.trim(), country.trim().toUpperCase(Locale.ROOT), pageable).map(UserService::record);
	}

	@Transactional(readOnly = true)
	public UserRecord get(long id) {
		return users.findById(id).map(UserService::record).orElseThrow(() -> NotFoundException.of("user", id));
	}

	@Transactional(readOnly = true)
	public Optional<UserRecord> find(long id) {
		return users.findById(id).map(UserService::record);
	}

	@Transactional(readOnly = true)
	public Optional<UserRecord> findByUsername(String username) {
		return users.findByUsernameIgnoreCase(username).map(UserService::record);
	}

	@Transactional(readOnly = true)
	public List<UserRecord> focalPointsOf(String iso3) {
		return users.findByCountryCodeAndEnabledTrue(iso3.toUpperCase(Locale.ROOT))
			.stream()
			.filter(u -> u.roles().contains(Role.FOCAL_POINT))
			.map(UserService::record)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<UserRecord> withRole(Role role) {
		return users.findByEnabledTrue().stream().filter(u -> u.roles().contains(role)).map(UserService::record).toList();
	}

	@Transactional
	public UserRecord create(NewUser user) {
		String username = user.username().trim().toLowerCase(Locale.ROOT);
		if (users.existsByUsernameIgnoreCase(username)) {
			throw RuleViolationException.conflict("user.error.usernameTaken", username);
		}
		String country = checkRoles(user.roles(), user.countryCode());
		checkPassword(username, user.password());
		checkAddress(user.email());
		UserAccount account = new UserAccount(username, user.email().trim(), user.displayName().trim(),
				passwords.encode(user.password()), user.roles(), country, false);
		account.describe(user.email().trim(), user.displayName().trim(), language(user.preferredLanguage()));
		UserAccount saved = users.save(account);
		mail.verification(saved);
		return record(saved);
	}

	/**
	 * Creates the account of an invited person, with no usable password, and queues the invitation: its link lets
	 * the person set a password once, before it expires. Administrators may invite any role; coordinators any but
	 * administrator. The address must be valid and belong to no other account.
	 */
	@Transactional
	public UserRecord invite(Invitation invitation) {
		CurrentUser actor = CurrentUser.required();
		if (invitation.role() == Role.ADMIN && !actor.has(Role.ADMIN)) {
			throw RuleViolationException.invalid("user.error.inviteAdmin");
		}
		String username = invitation.username().trim().toLowerCase(Locale.ROOT);
		if (users.existsByUsernameIgnoreCase(username)) {
			throw RuleViolationException.conflict("user.error.usernameTaken", username);
		}
		String email = invitation.email().trim();
		checkAddress(email);
		if (users.existsByEmailIgnoreCase(email)) {
			throw RuleViolationException.conflict("user.error.emailTaken", email);
		}
		String country = checkRoles(Set.of(invitation.role()), invitation.countryCode());
		UserAccount account = new UserAccount(username, email, invitation.displayName().trim(),
				passwords.encode(randomPassword(32)), Set.of(invitation.role()), country, false);
		account.describe(email, invitation.displayName().trim(), language(invitation.preferredLanguage()));
		UserAccount saved = users.save(account);
		mail.invitation(saved, actor.displayName());
		return record(saved);
	}

	/**
	 * Whether the address is the verified address of the enabled account {@code userId}, or, when it is null, of any
	 * enabled account.
	 */
	@Transactional(readOnly = true)
	public boolean isVerifiedAddress(@Nullable Long userId, String email) {
		String address = email.trim();
		if (userId != null) {
			return users.findById(userId)
				.filter(u -> u.enabled() && u.emailVerified() && u.email().equalsIgnoreCase(address))
				.isPresent();
		}
		return users.findAllByEmailIgnoreCase(address).stream().anyMatch(u -> u.enabled() && u.emailVerified());
	}

	/** Queues a new verification message for a user whose address is not verified yet. */
	@Transactional
	public boolean sendVerification(long id) {
		UserAccount account = users.findById(id).orElseThrow(() -> NotFoundException.of("user", id));
		if (account.emailVerified() || !org.migracap.mail.MailApi.isAddress(account.email())) {
			return false;
		}
		mail.verification(account);
		return true;
	}

	private static void checkAddress(String email) {
		if (!org.migracap.mail.MailApi.isAddress(email)) {
			throw RuleViolationException.invalid("user.error.emailInvalid", email);
		}
	}

	private String randomPassword(int length) {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < length; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	/**
	 * Creates a service account: a system that calls the API with access tokens, holding one role and, for a focal
	 * point, one country. It has a random password that nobody knows and can never sign in.
	 */
	@Transactional
	public UserRecord createServiceAccount(String username, String displayName, Role role, @Nullable String countryCode) {
		String name = username.trim().toLowerCase(Locale.ROOT);
		if (users.existsByUsernameIgnoreCase(name)) {
			throw RuleViolationException.conflict("user.error.usernameTaken", name);
		}
		String country = checkRoles(Set.of(role), countryCode);
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		UserAccount account = new UserAccount(name, name + "@service-account.invalid", displayName.trim(),
				passwords.encode(java.util.HexFormat.of().formatHex(secret)), Set.of(role), country, false);
		account.becomeServiceAccount();
		return record(users.save(account));
	}

	@Transactional(readOnly = true)
	public List<UserRecord> serviceAccounts() {
		return users.findByServiceAccountTrueOrderByUsername().stream().map(UserService::record).toList();
	}

	/** Creates a labelled demo account; used only by demo data. */
	@Transactional
	public UserRecord createDemo(String username, String displayName, Set<Role> roles, @Nullable String countryCode,
			String language, String password) {
		return createDemoEncoded(username, displayName, roles, countryCode, language, passwords.encode(password));
	}

	String encodePassword(String password) {
		return passwords.encode(password);
	}

	/**
	 * A demo account with a password hash made once for all demo accounts: they share one published password, and a
	 * hash costs some 70 ms of CPU at start-up on the reference machine.
	 */
	@Transactional
	UserRecord createDemoEncoded(String username, String displayName, Set<Role> roles, @Nullable String countryCode,
			String language, String encodedPassword) {
		UserAccount account = new UserAccount(username, username + "@demo.migracap.org", displayName,
				encodedPassword, roles, checkRoles(roles, countryCode), true);
		account.describe(username + "@demo.migracap.org", displayName, language);
		return record(users.save(account));
	}

	@Transactional
	public UserRecord update(long id, UserChanges changes) {
		UserAccount account = users.findById(id).orElseThrow(() -> NotFoundException.of("user", id));
		ConcurrentEditException.check(UserAccount.class, id, "user", id, changes.version(), account.version());
		String country = checkRoles(changes.roles(), changes.countryCode());
		CurrentUser actor = CurrentUser.required();
		if (actor.id() == id && account.roles().contains(Role.ADMIN) && !changes.roles().contains(Role.ADMIN)) {
			throw RuleViolationException.invalid("user.error.ownAdminRole");
		}
		boolean newAddress = !changes.email().trim().equalsIgnoreCase(account.email());
		if (newAddress) {
			checkAddress(changes.email());
		}
		account.assign(changes.roles(), country);
		account.describe(changes.email().trim(), changes.displayName().trim(), language(changes.preferredLanguage()));
		UserAccount saved = users.save(account);
		if (newAddress) {
			mail.verification(saved);
		}
		return record(saved);
	}

	@Transactional
	public void setEnabled(long id, boolean enabled) {
		UserAccount account = users.findById(id).orElseThrow(() -> NotFoundException.of("user", id));
		if (!enabled && CurrentUser.required().id() == id) {
			throw RuleViolationException.invalid("user.error.disableSelf");
		}
		account.setEnabled(enabled);
		users.save(account);
	}

	/** Sets a new random password that the user must change at next sign-in; returns it once. */
	@Transactional
	public String resetPassword(long id) {
		UserAccount account = users.findById(id).orElseThrow(() -> NotFoundException.of("user", id));
		String password = randomPassword(14);
		account.changePassword(passwords.encode(password), true);
		users.save(account);
		return password;
	}

	@Transactional
	public void changeOwnPassword(long id, String current, String next) {
		UserAccount account = users.findById(id).orElseThrow(() -> NotFoundException.of("user", id));
		if (!passwords.matches(current, account.passwordHash())) {
			throw RuleViolationException.invalid("account.error.currentPassword");
		}
		checkPassword(account.username(), next);
		account.changePassword(passwords.encode(next), false);
		users.save(account);
	}

	@Transactional
	public void changeOwnLanguage(long id, String language) {
		UserAccount account = users.findById(id).orElseThrow(() -> NotFoundException.of("user", id));
		account.describe(account.email(), account.displayName(), language(language));
		users.save(account);
	}

	void recordSignIn(String username) {
		jdbc.sql("update identity.user_account set last_login_at = :now where lower(username) = lower(:u)")
			.param("now", java.sql.Timestamp.from(java.time.Instant.now()))
			.param("u", username)
			.update();
	}

	private @Nullable String checkRoles(Set<Role> roles, @Nullable String countryCode) {
		if (roles.isEmpty()) {
			throw RuleViolationException.invalid("user.error.noRole");
		}
		if (!roles.contains(Role.FOCAL_POINT)) {
			return null;
		}
		if (countryCode == null || countryCode.isBlank()) {
			throw RuleViolationException.invalid("user.error.countryRequired");
		}
		String code = countryCode.trim().toUpperCase(Locale.ROOT);
		if (!reference.isCountry(code)) {
			throw RuleViolationException.invalid("user.error.unknownCountry", code);
		}
		return code;
	}

	static void checkPassword(String username, String password) {
		if (password.length() < MIN_PASSWORD) {
			throw RuleViolationException.invalid("user.error.passwordShort", MIN_PASSWORD);
		}
		if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw RuleViolationException.invalid("user.error.passwordUsername");
		}
	}

	private static String language(String language) {
		return switch (language) {
			case "fr", "es" -> language;
			default -> "en";
		};
	}

	static UserRecord record(UserAccount u) {
		return new UserRecord(u.id(), u.version(), u.username(), u.email(), u.displayName(), u.roles(),
				u.countryCode(), u.preferredLanguage(), u.enabled(), u.demo(), u.mustChangePassword(),
				u.lastLoginAt(), u.serviceAccount(), u.emailVerified());
	}

	@Transactional(readOnly = true)
	public boolean mustChangePassword(String username) {
		return users.findByUsernameIgnoreCase(username).map(UserAccount::mustChangePassword).orElse(false);
	}

	@Transactional(readOnly = true)
	Optional<UserAccount> account(String usernameOrEmail) {
		Optional<UserAccount> byName = users.findByUsernameIgnoreCase(usernameOrEmail.trim());
		return byName.isPresent() ? byName : users.findByEmailIgnoreCase(usernameOrEmail.trim());
	}

}
