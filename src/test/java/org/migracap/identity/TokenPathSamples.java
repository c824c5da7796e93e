package org.migracap.identity;

import java.util.Optional;

import org.migracap.support.PathSamples;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Path samples for the access-token and service-account pages. No token or service account exists in the demo data,
 * so the samples name none: the pages answer 404 to whoever may call them, and the rule is still checked.
 */
public class TokenPathSamples implements PathSamples {

	@Override
	public Optional<String> sample(String pattern, String variable, Scope scope, JdbcClient jdbc) {
		if (!pattern.startsWith("/account/tokens") && !pattern.startsWith("/admin/service-accounts")) {
			return Optional.empty();
		}
		return switch (variable) {
			case "tokenId", "accountId" -> Optional.of("999999");
			default -> Optional.empty();
		};
	}

}
