package org.migracap.assessment;

import java.util.Optional;

import org.migracap.support.PathSamples;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Path samples for the assessment and profile endpoints. {@code own} records belong to Kenya (its private cycle: the
 * 2026 draft in the demo data), {@code other} records to Guatemala (its private 2022 cycle), so that a focal point of
 * Kenya must be refused the other country's.
 */
public class AssessmentPathSamples implements PathSamples {

	@Override
	public Optional<String> sample(String pattern, String variable, Scope scope, JdbcClient jdbc) {
		String country = scope == Scope.OWN ? OWN_COUNTRY : OTHER_COUNTRY;
		boolean ours = pattern.startsWith("/assessments") || pattern.startsWith("/api/assessments")
				|| pattern.startsWith("/frameworks") || pattern.startsWith("/admin/frameworks")
				|| pattern.startsWith("/api/frameworks") || pattern.startsWith("/profiles");
		return switch (variable) {
			case "cycleId" -> Optional.of(String.valueOf(jdbc.sql("""
					select max(id) from assessment.cycle where iso3 = :iso3 and framework_code = 'MIGRACAP_CORE'
					and confidentiality = 'PRIVATE'""").param("iso3", country).query(Long.class).single()));
			case "frameworkId" -> Optional.of(String.valueOf(jdbc
				.sql("select id from assessment.framework where code = 'MIGRACAP_CORE' and framework_version = 1")
				.query(Long.class)
				.single()));
			case "code" -> ours ? Optional.of("B1") : Optional.empty();
			case "fileId" -> Optional.of(String.valueOf(jdbc.sql("""
					select coalesce(max(f.id), 0) from assessment.evidence_file f
					join assessment.response r on r.id = f.response_id join assessment.cycle c on c.id = r.cycle_id
					where c.iso3 = :iso3""").param("iso3", country).query(Long.class).single()));
			default -> Optional.empty();
		};
	}

}
