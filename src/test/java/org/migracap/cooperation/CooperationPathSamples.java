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
		if (pattern.startsWith("/api/cooperation/stances/") && variable.equals("objective")) {
			// an objective the country has a public stance on, so that every caller may read it
			return Optional.of(jdbc.sql("""
					select min(objective_code) from cooperation.stance where iso3 = :c and visibility = 'PUBLIC'""")
				.param("c", scope == Scope.OWN ? OWN_COUNTRY : OTHER_COUNTRY)
				.query(String.class)
				.single());
		}
		if (!pattern.startsWith("/agreements") && !pattern.startsWith("/api/agreements")) {
			return Optional.empty();
		}
		long agreement = agreement(jdbc, scope);
		return switch (variable) {
			case "id" -> Optional.of(String.valueOf(agreement));
			case "document" -> Optional.of(String.valueOf(pattern.startsWith("/api/") ? file(jdbc, agreement)
					: document(jdbc, agreement)));
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

	/** A file (not a link) of the agreement, so that downloading it answers 200: the first, or one recorded for the purpose. */
	static long file(JdbcClient jdbc, long agreement) {
		String first = """
				select coalesce(min(id), -1) from cooperation.agreement_document where agreement_id = :a and content is not null""";
		Long id = jdbc.sql(first).param("a", agreement).query(Long.class).single();
		if (id == null || id < 0) {
			jdbc.sql("""
					insert into cooperation.agreement_document (version, agreement_id, title, file_name, content_type,
					size_bytes, content, uploaded_at, uploaded_by)
					values (0, :a, 'Matrix sample file', 'matrix.txt', 'text/plain', 6, :content, current_timestamp, 'coordinator')""")
				.param("a", agreement)
				.param("content", "matrix".getBytes(java.nio.charset.StandardCharsets.UTF_8))
				.update();
			id = jdbc.sql(first).param("a", agreement).query(Long.class).single();
		}
		return id;
	}

}
