package org.migracap.assessment;

import java.util.Optional;

import org.migracap.support.PathSamples;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Path samples for the assessment and profile endpoints: {@code own} records belong to Kenya, {@code other} records
 * to Guatemala.
 */
public class AssessmentPathSamples implements PathSamples {

	@Override
	public Optional<String> sample(String pattern, String variable, Scope scope, JdbcClient jdbc) {
		String country = scope == Scope.OWN ? OWN_COUNTRY : OTHER_COUNTRY;
		return switch (variable) {
			case "cycleId" -> Optional.of(String.valueOf(jdbc.sql("""
					select max(id) from assessment.cycle where iso3 = :iso3 and framework_code = 'MIGRACAP_CORE'
					and confidentiality = 'PRIVATE'""").param("iso3", country).query(Long.class).single()));
			case "frameworkId" -> Optional.of(String.valueOf(jdbc
				.sql("select id from assessment.framework where code = 'MIGRACAP_CORE' and framework_version = 1")
				.query(Long.class)
				.single()));
			default -> Optional.empty();
		};
	}

}
