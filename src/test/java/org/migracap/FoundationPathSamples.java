package org.migracap;

import java.util.Optional;

import org.migracap.support.PathSamples;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Path samples for the platform, reference and identity endpoints.
 */
public class FoundationPathSamples implements PathSamples {

	@Override
	public Optional<String> sample(String pattern, String variable, Scope scope, JdbcClient jdbc) {
		return switch (variable) {
			case "iso3" -> Optional.of(scope == Scope.OWN ? OWN_COUNTRY : OTHER_COUNTRY);
			case "instrument", "code" -> pattern.contains("instrument") || pattern.contains("ratification")
					? Optional.of("UN_ICMW_1990") : Optional.empty();
			case "name" -> pattern.startsWith("/api/code-lists") ? Optional.of("gcm") : Optional.empty();
			case "revision" -> pattern.startsWith("/admin/audit")
					? Optional.of(String.valueOf(jdbc.sql("select max(id) from audit.revision").query(Long.class).single()))
					: Optional.empty();
			case "id" -> pattern.startsWith("/admin/users") || pattern.startsWith("/api/users")
					? Optional.of(String.valueOf(jdbc.sql("select id from identity.user_account where username = :u")
						.param("u", scope == Scope.OWN ? OWN_FOCAL_POINT : "focal.gtm")
						.query(Long.class)
						.single()))
					: Optional.empty();
			default -> Optional.empty();
		};
	}

}
