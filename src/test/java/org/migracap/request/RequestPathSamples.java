package org.migracap.request;

import java.util.Optional;

import org.migracap.support.PathSamples;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Path samples for the request endpoints: a demo request with an attached file from Kenya ({@code own}) or
 * Guatemala ({@code other}).
 */
public class RequestPathSamples implements PathSamples {

	@Override
	public Optional<String> sample(String pattern, String variable, Scope scope, JdbcClient jdbc) {
		if (!pattern.startsWith("/requests/") && !pattern.startsWith("/api/requests/")) {
			return Optional.empty();
		}
		String country = scope == Scope.OWN ? OWN_COUNTRY : OTHER_COUNTRY;
		return switch (variable) {
			case "id" -> Optional.of(String.valueOf(jdbc.sql("""
					select min(r.id) from request.assistance_request r join request.attachment a on a.request_id = r.id
					where r.lead_country = :c""").param("c", country).query(Long.class).single()));
			case "attachmentId" -> Optional.of(String.valueOf(jdbc.sql("""
					select min(a.id) from request.assistance_request r join request.attachment a on a.request_id = r.id
					where r.lead_country = :c""").param("c", country).query(Long.class).single()));
			default -> Optional.empty();
		};
	}

}
