package org.migracap.cooperation;

import java.util.Optional;

import org.migracap.support.PathSamples;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Path samples for the cooperation endpoints: the (confidential) demo agreement Kenya is party to, and a public one
 * Guatemala is party to.
 */
public class CooperationPathSamples implements PathSamples {

	@Override
	public Optional<String> sample(String pattern, String variable, Scope scope, JdbcClient jdbc) {
		if (!pattern.startsWith("/agreements") && !pattern.startsWith("/api/agreements")) {
			return Optional.empty();
		}
		return switch (variable) {
			case "id" -> Optional.of(String.valueOf(jdbc.sql("""
					select min(a.id) from cooperation.agreement a join cooperation.agreement_party p on p.agreement_id = a.id
					where p.iso3 = :c""")
				.param("c", scope == Scope.OWN ? OWN_COUNTRY : OTHER_COUNTRY)
				.query(Long.class)
				.single()));
			case "document" -> Optional.of("1");
			default -> Optional.empty();
		};
	}

}
