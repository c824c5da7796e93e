package org.migracap.cooperation;

import java.util.Optional;

import org.migracap.support.PathSamples;
import org.springframework.context.ApplicationContext;
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
		long agreement = agreement(jdbc, scope);
		return switch (variable) {
			case "id" -> Optional.of(String.valueOf(agreement));
			case "document" -> Optional.of(String.valueOf(document(jdbc, agreement)));
			default -> Optional.empty();
		};
	}

	/** The file name of the document {@link #prepare} commits in each sampled agreement (the demo data has none). */
	static final String SAMPLE_FILE = "matrix-sample-agreement.txt";

	private static long agreement(JdbcClient jdbc, Scope scope) {
		return jdbc.sql("""
				select min(a.id) from cooperation.agreement a join cooperation.agreement_party p on p.agreement_id = a.id
				where p.iso3 = :c""")
			.param("c", scope == Scope.OWN ? OWN_COUNTRY : OTHER_COUNTRY)
			.query(Long.class)
			.single();
	}

	@Override
	public void prepare(ApplicationContext context) {
		cleanUp(context);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		for (Scope scope : Scope.values()) {
			jdbc.sql("""
					insert into cooperation.agreement_document (version, agreement_id, title, file_name, content_type,
					    size_bytes, content, uploaded_at, uploaded_by)
					values (0, :a, 'Authorisation matrix sample', :name, 'text/plain', 15, :content, current_timestamp,
					    'coordinator')""")
				.param("a", agreement(jdbc, scope))
				.param("name", SAMPLE_FILE)
				.param("content", "sample document".getBytes(java.nio.charset.StandardCharsets.UTF_8))
				.update();
		}
	}

	/** Deletes the sample files, and the sample links earlier versions of these samples committed and left. */
	@Override
	public void cleanUp(ApplicationContext context) {
		context.getBean(JdbcClient.class)
			.sql("""
					delete from cooperation.agreement_document
					where file_name = :name or (title = 'Matrix sample link' and url = 'https://www.iom.int/')""")
			.param("name", SAMPLE_FILE)
			.update();
	}

	/** The sample file of the agreement. */
	static long document(JdbcClient jdbc, long agreement) {
		return jdbc.sql("select min(id) from cooperation.agreement_document where agreement_id = :a and file_name = :name")
			.param("a", agreement)
			.param("name", SAMPLE_FILE)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalStateException("No sample document: CooperationPathSamples.prepare not run"));
	}

}
