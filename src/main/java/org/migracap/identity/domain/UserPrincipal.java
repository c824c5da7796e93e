package org.migracap.identity.domain;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.CurrentUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authentication principal of a user who signed in with a password.
 */
class UserPrincipal implements UserDetails, CredentialsContainer, CurrentUser.Holder {

	@Serial
	private static final long serialVersionUID = 1L;

	private final CurrentUser user;

	private @Nullable String passwordHash;

	private final boolean enabled;

	UserPrincipal(CurrentUser user, String passwordHash, boolean enabled) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	@Override
	public CurrentUser currentUser() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities(user);
	}

	static List<SimpleGrantedAuthority> authorities(CurrentUser user) {
		return user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof UserPrincipal that && that.user.id() == user.id();
	}

	@Override
	public int hashCode() {
		return Long.hashCode(user.id());
	}

	@Override
	public String toString() {
		return "UserPrincipal[" + user.username() + "]";
	}

}
