package org.migracap.assessment;

import java.util.List;
import java.util.Optional;

import org.migracap.platform.files.UploadPolicy;
import org.migracap.support.PathSamples;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Path samples for the assessment and profile endpoints. {@code own} records belong to Kenya (its private cycle: the
 * 2026 draft in the demo data), {@code other} records to Guatemala (its private 2022 cycle), so that a focal point of
 * Kenya must be refused the other country's.
 */
public class AssessmentPathSamples implements PathSamples {

	/** The name of the evidence file {@link #prepare} commits in each sampled cycle (none in the demo data). */
	static final String SAMPLE_FILE = "matrix-sample-evidence.txt";

	private static final byte[] SAMPLE_CONTENT = "sample evidence".getBytes(java.nio.charset.StandardCharsets.UTF_8);

	static long privateCycle(JdbcClient jdbc, String country) {
		return jdbc.sql("""
				select max(id) from assessment.cycle where iso3 = :iso3 and framework_code = 'MIGRACAP_CORE'
				and confidentiality = 'PRIVATE'""").param("iso3", country).query(Long.class).single();
	}

	@Override
	public void prepare(ApplicationContext context) {
		cleanUp(context);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		for (String country : List.of(OWN_COUNTRY, OTHER_COUNTRY)) {
			long cycle = privateCycle(jdbc, country);
			long response = jdbc.sql("select min(id) from assessment.response where cycle_id = :cycle")
				.param("cycle", cycle)
				.query(Long.class)
				.optional()
				.orElseThrow(() -> new IllegalStateException("Cycle " + cycle + " has no response to attach a file to"));
			jdbc.sql("""
					insert into assessment.evidence_file (version, response_id, filename, content_type, size_bytes, sha256,
					    content, uploaded_at, uploaded_by)
					values (0, :response, :name, 'text/plain', 15, :sha256, :content, current_timestamp, 'coordinator')""")
				.param("response", response)
				.param("name", SAMPLE_FILE)
				.param("sha256", UploadPolicy.sha256(SAMPLE_CONTENT))
				.param("content", SAMPLE_CONTENT)
				.update();
		}
	}

	@Override
	public void cleanUp(ApplicationContext context) {
		context.getBean(JdbcClient.class)
			.sql("delete from assessment.evidence_file where filename = :name")
			.param("name", SAMPLE_FILE)
			.update();
	}

	@Override
	public Optional<String> sample(String pattern, String variable, Scope scope, JdbcClient jdbc) {
		String country = scope == Scope.OWN ? OWN_COUNTRY : OTHER_COUNTRY;
		boolean ours = pattern.startsWith("/assessments") || pattern.startsWith("/api/assessments")
				|| pattern.startsWith("/frameworks") || pattern.startsWith("/admin/frameworks")
				|| pattern.startsWith("/api/frameworks") || pattern.startsWith("/profiles");
		return switch (variable) {
			case "cycleId" -> Optional.of(String.valueOf(privateCycle(jdbc, country)));
			case "frameworkId" -> Optional.of(String.valueOf(jdbc
				.sql("select id from assessment.framework where code = 'MIGRACAP_CORE' and framework_version = 1")
				.query(Long.class)
				.single()));
			case "code" -> ours ? Optional.of("B1") : Optional.empty();
			case "fileId" -> Optional.of(String.valueOf(jdbc.sql("""
					select f.id from assessment.evidence_file f
					join assessment.response r on r.id = f.response_id join assessment.cycle c on c.id = r.cycle_id
					where c.id = :cycle and f.filename = :name""")
				.param("cycle", privateCycle(jdbc, country))
				.param("name", SAMPLE_FILE)
				.query(Long.class)
				.optional()
				.orElseThrow(() -> new IllegalStateException("No sample file: AssessmentPathSamples.prepare not run"))));
			default -> Optional.empty();
		};
	}

}
