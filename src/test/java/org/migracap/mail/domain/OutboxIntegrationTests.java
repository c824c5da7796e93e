package org.migracap.mail.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migracap.mail.MailApi;
import org.migracap.support.Inbox;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.support.TestSmtp;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The outbox against a real SMTP server (GreenMail): a message exists only if the transaction that wrote it commits;
 * several workers at once send each message exactly once; the administrators' page shows what happened and resends.
 */
@MigraCapIntegrationTest
class OutboxIntegrationTests {

	static GreenMail smtp;

	@Autowired
	MailApi mail;

	@Autowired
	Outbox outbox;

	@Autowired
	MailWorker worker;

	@Autowired
	ObjectProvider<JavaMailSender> senders;

	@Autowired
	MailSettings settings;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void startSmtp() {
		smtp = TestSmtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	static String address(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	private MailApi.Letter letter(String recipient, String language) {
		return new MailApi.Letter("test.verification", recipient, language, "identity/mail/verification",
				"identity.mail.verification.subject",
				Map.of("displayName", "Tester", "username", "tester", "link", "http://localhost/x", "days", 3));
	}

	@Test
	void aMessageOfARolledBackChangeIsNeverSent() {
		String kept = address("kept");
		String dropped = address("dropped");
		TransactionTemplate tx = new TransactionTemplate(transactions);
		tx.executeWithoutResult(status -> mail.queue(letter(kept, "fr")));
		tx.executeWithoutResult(status -> {
			mail.queue(letter(dropped, "fr"));
			status.setRollbackOnly();
		});
		List<MimeMessage> received = Inbox.await(smtp, kept, 1, Duration.ofSeconds(20));
		assertThat(Inbox.subject(received.getFirst())).isEqualTo("Confirmez votre adresse électronique pour MigraCap");
		assertThat(Inbox.header(received.getFirst(), "Content-Language")).isEqualTo("fr");
		assertThat(Inbox.part(received.getFirst(), "text/plain")).contains("Bonjour Tester,");
		assertThat(Inbox.part(received.getFirst(), "text/html")).contains("<a href=\"http://localhost/x\"");
		assertThat(outbox.to(dropped)).isEmpty();
		assertThat(Inbox.to(smtp, dropped)).isEmpty();
		assertThat(outbox.to(kept)).singleElement().satisfies(m -> {
			assertThat(m.status()).isEqualTo(Outbox.Status.SENT);
			assertThat(m.attempts()).isEqualTo(1);
		});
	}

	@Test
	void severalWorkersAtOnceSendEachMessageExactlyOnce() throws Exception {
		List<String> recipients = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			recipients.add(address("once" + i));
		}
		new TransactionTemplate(transactions)
			.executeWithoutResult(status -> recipients.forEach(r -> mail.queue(letter(r, "en"))));
		// Two more workers besides the application's scheduled one, as two more instances would run them.
		List<MailWorker> workers = List.of(new MailWorker(outbox, senders, settings),
				new MailWorker(outbox, senders, settings), worker);
		ExecutorService pool = Executors.newFixedThreadPool(workers.size());
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (MailWorker w : workers) {
				runs.add(pool.submit((Callable<Integer>) w::sendDue));
			}
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
		for (String r : recipients) {
			Inbox.await(smtp, r, 1, Duration.ofSeconds(20));
		}
		Thread.sleep(1000);
		for (String r : recipients) {
			assertThat(Inbox.to(smtp, r)).as(r).hasSize(1);
			assertThat(outbox.to(r)).as(r).singleElement().satisfies(m -> {
				assertThat(m.status()).isEqualTo(Outbox.Status.SENT);
				assertThat(m.attempts()).isEqualTo(1);
			});
		}
	}

	@Test
	void withoutAMailServerNothingIsClaimedAndMessagesWait() {
		ObjectProvider<JavaMailSender> none = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
		MailWorker unconfigured = new MailWorker(outbox, none, settings);
		String recipient = address("waiting");
		long id = new TransactionTemplate(transactions).execute(status -> mail.queue(letter(recipient, "es")));
		assertThat(unconfigured.configured()).isFalse();
		assertThat(unconfigured.sendDue()).isZero();
		assertThat(outbox.find(id)).isPresent();
	}

	@Test
	@WithUserDetails("admin")
	void administratorsSeeOutgoingMailAndResendIt() throws Exception {
		String recipient = address("resend");
		long id = new TransactionTemplate(transactions).execute(status -> mail.queue(letter(recipient, "es")));
		Inbox.await(smtp, recipient, 1, Duration.ofSeconds(20));
		mvc.perform(get("/admin/mail").param("recipient", recipient))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Confirme su dirección de correo para MigraCap")))
			.andExpect(content().string(containsString("Sent")))
			.andExpect(content().string(not(containsString("id=\"mail-not-configured\""))));
		mvc.perform(get("/admin/mail/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hola, Tester:")));
		mvc.perform(post("/admin/mail/" + id + "/resend").with(csrf())).andExpect(status().is3xxRedirection());
		Inbox.await(smtp, recipient, 2, Duration.ofSeconds(20));
		mvc.perform(get("/admin/mail/999999999")).andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("coordinator")
	void otherRolesCannotReadOutgoingMail() throws Exception {
		mvc.perform(get("/admin/mail")).andExpect(status().isForbidden());
	}

}
