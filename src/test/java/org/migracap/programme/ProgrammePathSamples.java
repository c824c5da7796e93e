package org.migracap.programme;

import java.util.Optional;

import org.migracap.platform.files.UploadPolicy;
import org.migracap.support.PathSamples;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Path samples for the programme endpoints: a demo programme of Kenya ({@code own}) or of another country
 * ({@code other}), and the partners, log frame lines, indicators, periods and budget lines in it.
 */
public class ProgrammePathSamples implements PathSamples {

	/** The name of the public document {@link #prepare} commits in each sampled programme (none in the demo data). */
	static final String SAMPLE_FILE = "matrix-sample-document.txt";

	private static final byte[] SAMPLE_CONTENT = "sample document".getBytes(java.nio.charset.StandardCharsets.UTF_8);

	private static long programme(JdbcClient jdbc, Scope scope) {
		String programme = scope == Scope.OWN
				? "select min(id) from programme.programme where countries like '%KEN%'"
				: "select min(id) from programme.programme where countries not like '%KEN%'";
		return jdbc.sql(programme).query(Long.class).single();
	}

	@Override
	public void prepare(ApplicationContext context) {
		cleanUp(context);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		for (Scope scope : Scope.values()) {
			jdbc.sql("""
					insert into programme.document (version, programme_id, title, category, filename, content_type,
					    size_bytes, sha256, content, public_document, uploaded_at, uploaded_by)
					values (0, :p, 'Authorisation matrix sample', 'A02', :name, 'text/plain', 15, :sha256, :content, true,
					    current_timestamp, 'coordinator')""")
				.param("p", programme(jdbc, scope))
				.param("name", SAMPLE_FILE)
				.param("sha256", UploadPolicy.sha256(SAMPLE_CONTENT))
				.param("content", SAMPLE_CONTENT)
				.update();
		}
	}

	@Override
	public void cleanUp(ApplicationContext context) {
		context.getBean(JdbcClient.class)
			.sql("delete from programme.document where filename = :name")
			.param("name", SAMPLE_FILE)
			.update();
	}

	@Override
	public Optional<String> sample(String pattern, String variable, Scope scope, JdbcClient jdbc) {
		if (!pattern.startsWith("/programmes/") && !pattern.startsWith("/api/programmes/")) {
			return Optional.empty();
		}
		long id = programme(jdbc, scope);
		String child = switch (variable) {
			case "id" -> null;
			case "partnerId" -> "select min(id) from programme.partner where programme_id = :p";
			case "itemId" -> "select min(id) from programme.logframe_item where programme_id = :p";
			case "indicatorId" -> "select min(id) from programme.indicator where programme_id = :p";
			case "periodId" -> "select min(id) from programme.indicator_period where programme_id = :p";
			case "lineId" -> "select min(id) from programme.budget_line where programme_id = :p";
			case "documentId" -> "select min(id) from programme.document where programme_id = :p and filename = '"
					+ SAMPLE_FILE + "'";
			default -> "";
		};
		if (variable.equals("documentId") && pattern.startsWith("/api/")) {
			return Optional.of(String.valueOf(publicDocument(jdbc, id)));
		}
		if (child == null) {
			return Optional.of(String.valueOf(id));
		}
		if (child.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(String.valueOf(jdbc.sql(child).param("p", id).query(Long.class).single()));
	}

	/** A public document of the programme, so that everybody may download it: the first, or one recorded for the purpose. */
	static long publicDocument(JdbcClient jdbc, long programme) {
		String first = "select coalesce(min(id), -1) from programme.document where programme_id = :p and public_document";
		Long id = jdbc.sql(first).param("p", programme).query(Long.class).single();
		if (id == null || id < 0) {
			jdbc.sql("""
					insert into programme.document (version, programme_id, title, category, filename, content_type,
					size_bytes, sha256, content, public_document, uploaded_at, uploaded_by)
					values (0, :p, 'Matrix sample document', 'A01', 'matrix.txt', 'text/plain', 6, :sha256, :content, true,
					current_timestamp, 'Coordinator')""")
				.param("p", programme)
				.param("sha256", UploadPolicy.sha256("matrix".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.param("content", "matrix".getBytes(java.nio.charset.StandardCharsets.UTF_8))
				.update();
			id = jdbc.sql(first).param("p", programme).query(Long.class).single();
		}
		return id;
	}

}
