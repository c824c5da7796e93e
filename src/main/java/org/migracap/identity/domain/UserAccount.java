package org.migracap.identity.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;

/**
 * A person who signs in. A focal point is bound to exactly one country; other roles are bound to none.
 */
@Entity
@Audited
@Table(schema = "identity", name = "user_account")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(nullable = false, unique = true, length = 80)
	private String username;

	@Column(nullable = false, length = 200)
	private String email;

	@Column(name = "display_name", nullable = false, length = 200)
	private String displayName;

	@NotAudited
	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@Convert(converter = RolesConverter.class)
	@Column(nullable = false, length = 200)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Column(name = "country_code", length = 3)
	private @Nullable String countryCode;

	@Column(name = "preferred_language", nullable = false, length = 5)
	private String preferredLanguage = "en";

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "email_verified", nullable = false)
	private boolean emailVerified;

	@Column(nullable = false)
	private boolean demo;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@NotAudited
	@Column(name = "service_account", nullable = false)
	private boolean serviceAccount;

	@NotAudited
	@Column(name = "last_login_at")
	private @Nullable Instant lastLoginAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	protected UserAccount() {
	}

	UserAccount(String username, String email, String displayName, String passwordHash, Set<Role> roles,
			@Nullable String countryCode, boolean demo) {
		this.username = username;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.demo = demo;
		assign(roles, countryCode);
	}

	void assign(Set<Role> roles, @Nullable String countryCode) {
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.countryCode = roles.contains(Role.FOCAL_POINT) ? countryCode : null;
	}

	void describe(String email, String displayName, String preferredLanguage) {
		if (!email.equalsIgnoreCase(this.email)) {
			this.emailVerified = false;
		}
		this.email = email;
		this.displayName = displayName;
		this.preferredLanguage = preferredLanguage;
	}

	void changePassword(String passwordHash, boolean mustChange) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChange;
	}

	/** Marks the account as one that a system uses through access tokens only; it can never sign in. */
	void becomeServiceAccount() {
		this.serviceAccount = true;
	}

	boolean serviceAccount() {
		return serviceAccount;
	}

	/** Marks the address verified, provided it is still the one the proof was sent to. */
	boolean verified(String address) {
		if (address.equalsIgnoreCase(email)) {
			this.emailVerified = true;
		}
		return emailVerified;
	}

	boolean emailVerified() {
		return emailVerified;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void signedIn() {
		this.lastLoginAt = Instant.now();
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(id(), username, displayName, roles, countryCode);
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("User not saved yet");
		}
		return id;
	}

	long version() {
		return version;
	}

	String username() {
		return username;
	}

	String email() {
		return email;
	}

	String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	Set<Role> roles() {
		return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
	}

	@Nullable String countryCode() {
		return countryCode;
	}

	String preferredLanguage() {
		return preferredLanguage;
	}

	boolean enabled() {
		return enabled;
	}

	boolean demo() {
		return demo;
	}

	boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Nullable Instant lastLoginAt() {
		return lastLoginAt;
	}

	Instant createdAt() {
		return createdAt;
	}

}
