package org.migracap.identity.domain;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.migracap.platform.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * How users sign in: by user name or e-mail and password, throttled after repeated failures; optionally through an
 * OpenID Connect provider, for people who already have an account with the same e-mail address.
 */
@Configuration(proxyBeanMethods = false)
class SignIn {

	@Bean
	UserDetailsService userDetailsService(UserService users) {
		return username -> users.account(username)
			.map(account -> new UserPrincipal(account.toCurrentUser(), account.passwordHash(),
					account.enabled() && !account.serviceAccount()))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	@Bean
	AuthenticationProvider authenticationProvider(UserDetailsService details, PasswordEncoder passwords,
			LoginThrottle throttle) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(details) {
			@Override
			public Authentication authenticate(Authentication authentication) throws AuthenticationException {
				if (throttle.isLocked(authentication.getName())) {
					throw new LockedException("Too many failed attempts");
				}
				return super.authenticate(authentication);
			}
		};
		provider.setPasswordEncoder(passwords);
		return provider;
	}

	@Bean
	AuthenticationSuccessHandler authenticationSuccessHandler(UserService users, LocaleResolver locales) {
		SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
		saved.setDefaultTargetUrl("/");
		return new AuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws IOException, jakarta.servlet.ServletException {
				users.recordSignIn(authentication.getName());
				users.findByUsername(authentication.getName())
					.ifPresent(user -> locales.setLocale(request, response, Locale.of(user.preferredLanguage())));
				if (users.mustChangePassword(authentication.getName())) {
					response.sendRedirect(request.getContextPath() + "/account/password?required");
					return;
				}
				saved.onAuthenticationSuccess(request, response, authentication);
			}
		};
	}

	/** Signed in through OpenID Connect: the principal carries the MigraCap user with the same e-mail. */
	static class OidcPrincipal extends DefaultOidcUser implements CurrentUser.Holder {

		private static final long serialVersionUID = 1L;

		private final CurrentUser user;

		OidcPrincipal(OidcUser oidc, CurrentUser user) {
			super(UserPrincipal.authorities(user), oidc.getIdToken(), oidc.getUserInfo());
			this.user = user;
		}

		@Override
		public CurrentUser currentUser() {
			return user;
		}

		@Override
		public String getName() {
			return user.username();
		}

		@Override
		public Map<String, Object> getAttributes() {
			return super.getAttributes();
		}

	}

	@Bean
	OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(UserService users) {
		OidcUserService delegate = new OidcUserService();
		return request -> {
			OidcUser oidc = delegate.loadUser(request);
			return users.account(oidc.getEmail() == null ? "" : oidc.getEmail())
				.filter(account -> account.enabled() && !account.serviceAccount())
				.map(account -> (OidcUser) new OidcPrincipal(oidc, account.toCurrentUser()))
				.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("unknown_user",
						"No enabled MigraCap account has the e-mail address of this sign-in", null)));
		};
	}

}
