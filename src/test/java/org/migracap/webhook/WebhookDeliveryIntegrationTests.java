package org.migracap.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migracap.identity.IdentityApi;
import org.migracap.identity.UserSummary;
import org.migracap.platform.CurrentUser;
import org.migracap.programme.ProgrammeResultReported;
import org.migracap.programme.domain.ProgrammeService;
import org.migracap.reference.FocusArea;
import org.migracap.request.HelpKind;
import org.migracap.request.Urgency;
import org.migracap.request.domain.RequestService;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.webhook.domain.Deliveries;
import org.migracap.webhook.domain.WebhookService;
import org.migracap.webhook.domain.WebhookSettings;
import org.migracap.webhook.domain.WebhookWorker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Webhooks end to end against a receiver this test starts on the loopback interface: a real action delivers exactly
 * one notice whose signature the test checks with its own HMAC; a receiver that fails is retried with back-off until
 * it answers; a rolled-back action delivers nothing; several workers at once send each delivery once; bad input is a
 * 422 problem detail that saves nothing; other roles are refused.
 */
@MigraCapIntegrationTest
@WithUserDetails("admin")
class WebhookDeliveryIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** One request the receiver got, with the time it arrived. */
	record Received(String path, Map<String, String> headers, String body, long nanos) {

		JsonNode json() {
			return JSON.readTree(body);
		}

		String header(String name) {
			return headers.getOrDefault(name.toLowerCase(), "");
		}

	}

	static HttpServer receiver;

	static final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

	/** Status codes the receiver answers with, per path, in order; 200 once a path's list is used up. */
	static final Map<String, LinkedBlockingQueue<Integer>> answers = new java.util.concurrent.ConcurrentHashMap<>();

	static volatile long answerDelayMillis;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RequestService requests;

	@Autowired
	ProgrammeService programmes;

	@Autowired
	IdentityApi identity;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Deliveries deliveries;

	@Autowired
	WebhookService webhookService;

	@Autowired
	WebhookSettings settings;

	@Autowired
	WebhookWorker worker;

	final List<Long> registered = new ArrayList<>();

	@BeforeAll
	static void startReceiver() throws IOException {
		receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		receiver.createContext("/", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			Map<String, String> headers = new java.util.HashMap<>();
			exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
			String path = exchange.getRequestURI().getPath();
			received.add(new Received(path, headers, new String(body, StandardCharsets.UTF_8), System.nanoTime()));
			if (answerDelayMillis > 0) {
				try {
					Thread.sleep(answerDelayMillis);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			Integer code = answers.getOrDefault(path, new LinkedBlockingQueue<>()).poll();
			byte[] answer = (code == null || code < 300 ? "ok" : "receiver says no").getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(code == null ? 200 : code, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		receiver.setExecutor(Executors.newFixedThreadPool(4));
		receiver.start();
	}

	@AfterAll
	static void stopReceiver() {
		receiver.stop(0);
	}

	@AfterEach
	void deleteWebhooks() {
		for (long id : registered) {
			jdbc.sql("delete from webhook.webhook where id = :id").param("id", id).update();
		}
		answerDelayMillis = 0;
	}

	static String url(String path) {
		return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
	}

	/** Registers a webhook through the API and returns its id and the secret the answer shows once. */
	record Registered(long id, String secret, String path) {
	}

	Registered register(String path, String... eventNames) throws Exception {
		String body = JSON.writeValueAsString(Map.of("url", url(path), "description", "Test receiver " + path,
				"events", List.of(eventNames)));
		MvcResult result = mvc
			.perform(post("/api/admin/webhooks").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn();
		JsonNode json = JSON.readTree(result.getResponse().getContentAsString());
		long id = json.get("webhook").get("id").asLong();
		registered.add(id);
		String secret = json.get("secret").asString();
		assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
		return new Registered(id, secret, path);
	}

	CurrentUser user(String username) {
		UserSummary u = identity.user(username).orElseThrow();
		return new CurrentUser(u.id(), u.username(), u.displayName(), u.roles(), u.countryCode());
	}

	long submitRequest(String title) {
		return requests.submit(new RequestService.NewRequest(List.of("KEN"), EnumSet.of(FocusArea.B),
				HelpKind.TRAINING, Urgency.MEDIUM, title, "Confidential details of the request that must not leave.",
				null, null, null, List.of()), user("focal.ken"));
	}

	long versionOf(long requestId) {
		return requests.detail(requestId, user("coordinator")).version();
	}

	static List<Received> at(String path, Predicate<Received> filter) {
		return received.stream().filter(r -> r.path().equals(path)).filter(filter).toList();
	}

	static List<Received> await(String path, Predicate<Received> filter, int count, Duration timeout)
			throws InterruptedException {
		Instant end = Instant.now().plus(timeout);
		while (Instant.now().isBefore(end)) {
			List<Received> found = at(path, filter);
			if (found.size() >= count) {
				return found;
			}
			Thread.sleep(50);
		}
		return at(path, filter);
	}

	static Predicate<Received> requestId(long id) {
		return r -> r.json().path("data").path("requestId").asLong() == id;
	}

	/** The signature computed here, independently of the application's code. */
	static String hmac(String secret, String timestamp, String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return "sha256=" + HexFormat.of()
			.formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
	}

	JsonNode deliveriesOf(long webhook) throws Exception {
		return JSON.readTree(mvc.perform(get("/api/admin/webhooks/" + webhook + "/deliveries"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void acceptingARequestDeliversExactlyOneSignedNoticeWithIdsAndALinkOnly() throws Exception {
		String path = "/accepted-" + UUID.randomUUID();
		Registered hook = register(path, "RequestAccepted");
		long id = submitRequest("Webhook request " + UUID.randomUUID());
		requests.accept(id, versionOf(id), "Fits", user("coordinator"));

		List<Received> got = await(path, requestId(id), 1, Duration.ofSeconds(20));
		assertThat(got).hasSize(1);
		Received delivery = got.getFirst();
		assertThat(delivery.header("X-MigraCap-Signature"))
			.isEqualTo(hmac(hook.secret(), delivery.header("X-MigraCap-Timestamp"), delivery.body()));
		assertThat(delivery.header("X-MigraCap-Signature"))
			.isNotEqualTo(hmac("whsec_another", delivery.header("X-MigraCap-Timestamp"), delivery.body()));
		long timestamp = Long.parseLong(delivery.header("X-MigraCap-Timestamp"));
		assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(120);
		assertThat(delivery.header("X-MigraCap-Event")).isEqualTo("RequestAccepted");
		assertThat(delivery.header("Content-Type")).startsWith("application/json");
		JsonNode json = delivery.json();
		assertThat(json.get("event").asString()).isEqualTo("RequestAccepted");
		assertThat(UUID.fromString(json.get("id").asString())).isNotNull();
		assertThat(Instant.parse(json.get("occurredAt").asString())).isBefore(Instant.now().plusSeconds(1));
		assertThat(json.get("data").get("countries").get(0).asString()).isEqualTo("KEN");
		assertThat(json.get("data").get("link").asString()).endsWith("/requests/" + id);
		assertThat(delivery.body()).doesNotContain("Confidential details").doesNotContain("Webhook request");

		Thread.sleep(1500); // nothing more comes for this request: not a second worker, not a retry
		assertThat(at(path, requestId(id))).hasSize(1);
		JsonNode listed = deliveriesOf(hook.id());
		JsonNode row = null;
		for (JsonNode d : listed) {
			if (d.get("deliveryId").asString().equals(delivery.header("X-MigraCap-Delivery"))) {
				row = d;
			}
		}
		assertThat(row).as("the delivery is listed under its X-MigraCap-Delivery id").isNotNull();
		assertThat(row.get("status").asString()).isEqualTo("SENT");
		assertThat(row.get("attempts").asInt()).isEqualTo(1);
		assertThat(row.get("lastStatusCode").asInt()).isEqualTo(200);

		// A new secret signs what is sent from now on, also a redelivery of an older delivery.
		JsonNode rotated = JSON.readTree(mvc.perform(post("/api/admin/webhooks/" + hook.id() + "/rotate-secret").with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String newSecret = rotated.get("secret").asString();
		assertThat(newSecret).isNotEqualTo(hook.secret());
		mvc.perform(post("/api/admin/webhooks/" + hook.id() + "/deliveries/" + row.get("id").asLong() + "/redeliver")
			.with(csrf())).andExpect(status().isAccepted());
		List<Received> again = await(path, requestId(id), 2, Duration.ofSeconds(20));
		assertThat(again).hasSize(2);
		Received second = again.get(1);
		assertThat(second.header("X-MigraCap-Delivery")).isEqualTo(delivery.header("X-MigraCap-Delivery"));
		assertThat(second.body()).isEqualTo(delivery.body());
		assertThat(second.header("X-MigraCap-Signature"))
			.isEqualTo(hmac(newSecret, second.header("X-MigraCap-Timestamp"), second.body()))
			.isNotEqualTo(hmac(hook.secret(), second.header("X-MigraCap-Timestamp"), second.body()));
		// The secret is stored encrypted (the test configuration sets a key) and never in the audit table.
		String stored = jdbc.sql("select secret from webhook.webhook where id = :id").param("id", hook.id())
			.query(String.class).single();
		assertThat(stored).startsWith("v1:").doesNotContain(newSecret.substring(6));
	}

	@Test
	void reportingAProgrammeResultDeliversItsIdsAndPeriodButNotTheFigure() throws Exception {
		String path = "/result-" + UUID.randomUUID();
		Registered hook = register(path, "ProgrammeResultReported");
		Map<String, Object> period = jdbc.sql("""
				select p.id as programme, ip.id as period, ip.version as version, ip.actual as actual,
				    ip.actual_comment as comment, ip.indicator_id as indicator
				from programme.programme p join programme.indicator_period ip on ip.programme_id = p.id
				where p.published = true and ip.actual is not null order by ip.id fetch first 1 rows only""")
			.query()
			.singleRow();
		long programme = ((Number) period.get("programme")).longValue();
		long periodId = ((Number) period.get("period")).longValue();
		java.math.BigDecimal actual = (java.math.BigDecimal) period.get("actual");
		// The same figure and comment again: the demo data keep their values.
		programmes.recordActual(programme, periodId, ((Number) period.get("version")).longValue(), actual,
				(String) period.get("comment"), user("coordinator"));

		Predicate<Received> ours = r -> r.json().path("data").path("periodId").asLong() == periodId;
		List<Received> got = await(path, ours, 1, Duration.ofSeconds(20));
		assertThat(got).hasSize(1);
		Received delivery = got.getFirst();
		assertThat(delivery.header("X-MigraCap-Event")).isEqualTo("ProgrammeResultReported");
		assertThat(delivery.header("X-MigraCap-Signature"))
			.isEqualTo(hmac(hook.secret(), delivery.header("X-MigraCap-Timestamp"), delivery.body()));
		JsonNode data = delivery.json().get("data");
		assertThat(data.get("programmeId").asLong()).isEqualTo(programme);
		assertThat(data.get("indicatorId").asLong()).isEqualTo(((Number) period.get("indicator")).longValue());
		assertThat(data.get("published").asBoolean()).isTrue();
		assertThat(data.get("cleared").asBoolean()).isFalse();
		List<String> countries = List.of(jdbc.sql("select countries from programme.programme where id = :p")
			.param("p", programme).query(String.class).single().split(","));
		List<String> sent = new ArrayList<>();
		data.get("countries").forEach(c -> sent.add(c.asString()));
		assertThat(sent).containsExactlyInAnyOrderElementsOf(countries);
		assertThat(data.get("link").asString()).endsWith("/programmes/" + programme + "#results");
		assertThat(data.has("actual")).isFalse();
		assertThat(delivery.body()).doesNotContain(actual.toPlainString());
	}

	@Test
	void aReceiverThatFailsIsRetriedWithGrowingWaitsUntilItAnswers() throws Exception {
		String path = "/flaky-" + UUID.randomUUID();
		answers.put(path, new LinkedBlockingQueue<>(List.of(500, 503)));
		Registered hook = register(path, "RequestAccepted");
		long id = submitRequest("Flaky receiver " + UUID.randomUUID());
		requests.accept(id, versionOf(id), null, user("coordinator"));

		List<Received> got = await(path, requestId(id), 3, Duration.ofSeconds(30));
		assertThat(got).hasSize(3);
		assertThat(got).extracting(r -> r.header("X-MigraCap-Delivery")).containsOnly(got.get(0).header("X-MigraCap-Delivery"));
		long firstWait = Duration.ofNanos(got.get(1).nanos() - got.get(0).nanos()).toMillis();
		long secondWait = Duration.ofNanos(got.get(2).nanos() - got.get(1).nanos()).toMillis();
		// retry-base 300ms in the test configuration: at least 300ms, then at least 600ms
		assertThat(firstWait).isGreaterThanOrEqualTo(280);
		assertThat(secondWait).isGreaterThanOrEqualTo(580);
		for (Received r : got) {
			assertThat(r.header("X-MigraCap-Signature"))
				.isEqualTo(hmac(hook.secret(), r.header("X-MigraCap-Timestamp"), r.body()));
		}
		Thread.sleep(500);
		JsonNode row = deliveriesOf(hook.id()).get(0);
		assertThat(row.get("status").asString()).isEqualTo("SENT");
		assertThat(row.get("attempts").asInt()).isEqualTo(3);
		assertThat(row.get("lastStatusCode").asInt()).isEqualTo(200);
	}

	@Test
	void aReceiverThatNeverAnswersWellIsGivenUpAfterTheLastAttemptAndCanBeRedelivered() throws Exception {
		String path = "/down-" + UUID.randomUUID();
		int max = settings.maxAttempts();
		answers.put(path, new LinkedBlockingQueue<>(java.util.Collections.nCopies(max, 502)));
		Registered hook = register(path, "RequestAccepted");
		long id = submitRequest("Receiver down " + UUID.randomUUID());
		requests.accept(id, versionOf(id), null, user("coordinator"));

		await(path, requestId(id), max, Duration.ofSeconds(30));
		Thread.sleep(2500); // the back-off is at most 1s in the test configuration: a further attempt would show
		assertThat(at(path, requestId(id))).hasSize(max);
		JsonNode row = deliveriesOf(hook.id()).get(0);
		assertThat(row.get("status").asString()).isEqualTo("FAILED");
		assertThat(row.get("attempts").asInt()).isEqualTo(max);
		assertThat(row.get("lastStatusCode").asInt()).isEqualTo(502);
		assertThat(row.get("lastError").asString()).contains("HTTP 502").contains("receiver says no");

		mvc.perform(get("/admin/webhooks/" + hook.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("HTTP 502")));
		mvc.perform(post("/admin/webhooks/" + hook.id() + "/deliveries/" + row.get("id").asLong() + "/redeliver")
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(await(path, requestId(id), max + 1, Duration.ofSeconds(20))).hasSize(max + 1);
		Thread.sleep(500);
		assertThat(deliveriesOf(hook.id()).get(0).get("status").asString()).isEqualTo("SENT");
	}

	@Test
	void aRolledBackActionDeliversNothing() throws Exception {
		String path = "/rollback-" + UUID.randomUUID();
		register(path, "RequestAccepted");
		long dropped = submitRequest("Rolled back " + UUID.randomUUID());
		long kept = submitRequest("Kept " + UUID.randomUUID());
		TransactionTemplate tx = new TransactionTemplate(transactions);
		tx.executeWithoutResult(status -> {
			requests.accept(dropped, versionOf(dropped), null, user("coordinator"));
			status.setRollbackOnly();
		});
		tx.executeWithoutResult(status -> requests.accept(kept, versionOf(kept), null, user("coordinator")));

		assertThat(await(path, requestId(kept), 1, Duration.ofSeconds(20))).hasSize(1);
		Thread.sleep(1000);
		assertThat(at(path, requestId(dropped))).isEmpty();
		assertThat(jdbc.sql("select count(*) from webhook.delivery where payload like :p")
			.param("p", "%\"requestId\":" + dropped + ",%")
			.query(Long.class)
			.single()).isZero();
		assertThat(requests.find(dropped).orElseThrow().status().name()).isEqualTo("SUBMITTED");
	}

	@Test
	void severalWorkersAtOnceSendEachDeliveryExactlyOnce() throws Exception {
		String path = "/once-" + UUID.randomUUID();
		register(path, "ProgrammeResultReported");
		answerDelayMillis = 20;
		long base = -1_000_000L - Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000L);
		int count = 30;
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			for (int i = 0; i < count; i++) {
				events.publishEvent(new ProgrammeResultReported(base - i, 1, 1, List.of("KEN"),
						java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 6, 30), false, false));
			}
		});
		// Two more workers besides the application's scheduled one, as two more instances would run them.
		List<WebhookWorker> workers = List.of(new WebhookWorker(deliveries, webhookService, settings),
				new WebhookWorker(deliveries, webhookService, settings), worker);
		ExecutorService pool = Executors.newFixedThreadPool(workers.size());
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (WebhookWorker w : workers) {
				runs.add(pool.submit((Callable<Integer>) w::sendDue));
			}
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
		Predicate<Received> ours = r -> r.json().path("data").path("programmeId").asLong() <= base
				&& r.json().path("data").path("programmeId").asLong() > base - count;
		assertThat(await(path, ours, count, Duration.ofSeconds(30))).hasSize(count);
		Thread.sleep(1000);
		List<Received> got = at(path, ours);
		assertThat(got).hasSize(count);
		assertThat(got.stream().map(r -> r.header("X-MigraCap-Delivery")).distinct()).hasSize(count);
		assertThat(got.stream().map(r -> r.json().path("data").path("programmeId").asLong()).distinct()).hasSize(count);
		// the programme is not published: its countries stay out of the notice
		assertThat(got.getFirst().json().path("data").path("countries")).isEmpty();
	}

	@Test
	void badInputIsA422ProblemDetailAndSavesNothing() throws Exception {
		long before = jdbc.sql("select count(*) from webhook.webhook").query(Long.class).single();
		List<Map<String, Object>> bad = List.of(
				Map.of("url", "ftp://127.0.0.1/hook", "description", "d", "events", List.of("RequestAccepted")),
				Map.of("url", "javascript:alert(1)", "description", "d", "events", List.of("RequestAccepted")),
				Map.of("url", "file:///etc/passwd", "description", "d", "events", List.of("RequestAccepted")),
				Map.of("url", "not a url", "description", "d", "events", List.of("RequestAccepted")),
				Map.of("url", "https://user:pw@example.org/hook", "description", "d", "events", List.of("RequestAccepted")),
				Map.of("url", "/relative/hook", "description", "d", "events", List.of("RequestAccepted")),
				Map.of("url", "https://example.org/hook", "description", " ", "events", List.of("RequestAccepted")),
				Map.of("url", "https://example.org/hook", "description", "d", "events", List.of()),
				Map.of("url", "https://example.org/hook", "description", "d", "events", List.of("RequestDeclined")),
				Map.of("description", "no url", "events", List.of("RequestAccepted")));
		for (Map<String, Object> body : bad) {
			mvc.perform(post("/api/admin/webhooks").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(body)))
				.andExpect(status().is(422))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
					.isNotEmpty());
		}
		mvc.perform(post("/admin/webhooks").with(csrf())
			.param("url", "gopher://127.0.0.1/x")
			.param("description", "page form")
			.param("events", "RequestAccepted"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"webhook-error\"")));
		assertThat(jdbc.sql("select count(*) from webhook.webhook").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void thePageRegistersAWebhookAndShowsItsSecretOnce() throws Exception {
		String path = "/page-" + UUID.randomUUID();
		String page = mvc.perform(post("/admin/webhooks").with(csrf())
			.param("url", url(path))
			.param("description", "Registered in the page")
			.param("events", "AssessmentPublished", "WorkshopConcluded"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"new-secret-value\"");
		long id = jdbc.sql("select id from webhook.webhook where url = :u").param("u", url(path)).query(Long.class).single();
		registered.add(id);
		String secret = page.replaceAll("(?s).*id=\"new-secret-value\">([^<]+)<.*", "$1");
		assertThat(secret).startsWith("whsec_");
		assertThat(jdbc.sql("select events from webhook.webhook where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("AssessmentPublished,WorkshopConcluded");
		String list = mvc.perform(get("/admin/webhooks")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(list).contains(url(path)).doesNotContain(secret);
		mvc.perform(post("/admin/webhooks/" + id + "/disable").with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(webhookService.get(id, user("admin")).enabled()).isFalse();
		mvc.perform(post("/admin/webhooks/" + id + "/delete").with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from webhook.webhook where id = :id").param("id", id).query(Long.class).single())
			.isZero();
	}

	@Test
	@WithUserDetails("coordinator")
	void otherRolesAreRefused() throws Exception {
		long before = jdbc.sql("select count(*) from webhook.webhook").query(Long.class).single();
		mvc.perform(get("/api/admin/webhooks")).andExpect(status().isForbidden());
		mvc.perform(post("/api/admin/webhooks").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("url", url("/x"), "description", "d", "events",
					List.of("RequestAccepted")))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/webhooks")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from webhook.webhook").query(Long.class).single()).isEqualTo(before);
	}

}
