package org.migracap.platform;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Checks the bearer tokens of the JSON API. Implemented by the identity module, used by the security configuration.
 */
public interface ApiTokens {

	/**
	 * Resolves a token presented in {@code Authorization: Bearer ...} and counts the request against the token's rate
	 * limit.
	 * @param token the token as presented, must not be {@literal null}
	 */
	Verdict check(String token);

	enum Status {

		/** The token is valid and within its rate limit. */
		ACCEPTED,
		/** No such token, or its user is disabled. */
		UNKNOWN,
		REVOKED,
		EXPIRED,
		/** Valid, but over its rate limit: retry after {@link Verdict#retryAfter()}. */
		RATE_LIMITED

	}

	/**
	 * @param caller the caller, for {@link Status#ACCEPTED} and {@link Status#RATE_LIMITED}
	 * @param retryAfter how long to wait, for {@link Status#RATE_LIMITED}
	 */
	record Verdict(Status status, @Nullable ApiCaller caller, Duration retryAfter) {

		public static Verdict of(Status status) {
			return new Verdict(status, null, Duration.ZERO);
		}

	}

}
