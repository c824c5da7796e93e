package org.migracap.platform.session;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.support.SignedInClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in user reading pages costs no write of the session row: its last-access time is written when it is a
 * minute old (ADR platform-03), and any real change of the session is written at once.
 */
@MigraCapIntegrationTest
class QuietSessionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	Map<String, Object> row(String principal) {
		return jdbc.sql("""
				select primary_id, session_id, last_access_time, expiry_time from spring_session
				where principal_name = :principal order by creation_time desc limit 1""")
			.param("principal", principal)
			.query()
			.singleRow();
	}

	long attributeRows(Object primaryId) {
		return jdbc.sql("select count(*) from spring_session_attributes where session_primary_id = :id")
			.param("id", primaryId)
			.query(Long.class)
			.single();
	}

	@Test
	void readingPagesWhileSignedInDoesNotWriteTheSessionRow() throws Exception {
		SignedInClient browser = new SignedInClient("http://localhost:" + port).signIn("focal.sen", "migracap-demo");
		Map<String, Object> before = row("focal.sen");
		long attributes = attributeRows(before.get("primary_id"));
		for (int i = 0; i < 20; i++) {
			Thread.sleep(5);
			HttpResponse<String> page = browser.get(i % 2 == 0 ? "/account" : "/profiles/SEN");
			assertThat(page.statusCode()).isEqualTo(200);
			if (i % 2 == 0) {
				assertThat(page.body()).contains("Senegal focal point (demo)");
			}
		}
		assertThat(row("focal.sen")).isEqualTo(before);
		assertThat(attributeRows(before.get("primary_id"))).isEqualTo(attributes);
	}

	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void aSessionIsWrittenWhenItChangesOrItsLastAccessIsAMinuteOld() throws Exception {
		new SignedInClient("http://localhost:" + port).signIn("focal.phl", "migracap-demo");
		Map<String, Object> stored = row("focal.phl");
		String id = ((String) stored.get("session_id")).trim();
		FindByIndexNameSessionRepository repository = sessions;

		Session session = repository.findById(id);
		session.setLastAccessedTime(session.getLastAccessedTime().plusSeconds(30));
		repository.save(session);
		assertThat(row("focal.phl")).isEqualTo(stored);

		session = repository.findById(id);
		session.setLastAccessedTime(session.getLastAccessedTime().plus(Duration.ofSeconds(61)));
		repository.save(session);
		assertThat(((Number) row("focal.phl").get("last_access_time")).longValue())
			.isEqualTo(((Number) stored.get("last_access_time")).longValue() + 61_000);

		session = repository.findById(id);
		session.setAttribute("migracap.test", "changed");
		repository.save(session);
		assertThat((String) repository.findById(id).getAttribute("migracap.test")).isEqualTo("changed");
		assertThat(repository.findByPrincipalName("focal.phl")).containsKey(id);
	}

}
