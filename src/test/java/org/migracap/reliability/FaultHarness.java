package org.migracap.reliability;

import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fault harness of issue 12: two instances of the built jar on one PostgreSQL, on loopback ports, and the faults
 * an operator meets (PostgreSQL restarted under a write load, an instance killed with SIGKILL in the middle of a large
 * import or while a user is signed in through it, a change made through one instance read through the other). Prints
 * one line per check with its figure and its bar, and exits 1 if any check fails. Started by
 * {@code scripts/reliability/run.sh}, which passes its settings as environment variables; not a test of the suite.
 */
public final class FaultHarness {

	private static final PrintStream OUT = System.out;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final long T0 = System.nanoTime();

	private final Map<String, String> env;

	private final String jdbcUrl;

	private final String dbUser;

	private final String dbPassword;

	private final Path work;

	private final long deadline;

	private final String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

	private final List<Check> checks = new ArrayList<>();

	private final Instance a;

	private final Instance b;

	/** One checked figure: it meets its bar or the run fails. */
	private record Check(String name, String figure, String bar, boolean passed) {

		String result() {
			return passed ? "PASS" : "FAIL";
		}

		boolean failed() {
			return !passed;
		}

	}

	private FaultHarness(Map<String, String> env) throws IOException {
		this.env = env;
		this.jdbcUrl = required("RELIABILITY_JDBC_URL");
		this.dbUser = env.getOrDefault("RELIABILITY_DB_USER", "migracap");
		this.dbPassword = env.getOrDefault("RELIABILITY_DB_PASSWORD", "migracap");
		this.work = Path.of(env.getOrDefault("RELIABILITY_WORK", "target/reliability"));
		Files.createDirectories(work);
		this.deadline = System.nanoTime()
				+ TimeUnit.SECONDS.toNanos(Long.parseLong(env.getOrDefault("RELIABILITY_BUDGET_SECONDS", "280")));
		List<String> extra = split(env.getOrDefault("MIGRACAP_RELIABILITY_ARGS", ""));
		this.a = new Instance("a", Integer.parseInt(env.getOrDefault("RELIABILITY_PORT_A", "18181")), extra);
		this.b = new Instance("b", Integer.parseInt(env.getOrDefault("RELIABILITY_PORT_B", "18182")), extra);
	}

	public static void main(String[] args) throws Exception {
		FaultHarness harness = new FaultHarness(System.getenv());
		Runtime.getRuntime().addShutdownHook(new Thread(harness::stopAll));
		int status;
		try {
			status = harness.runAll();
		}
		catch (Exception | AssertionError ex) {
			log("harness stopped: " + ex);
			ex.printStackTrace(OUT);
			harness.checks.add(new Check("harness ran to the end", ex.getClass().getSimpleName(), "no error", false));
			harness.printSummary();
			status = 1;
		}
		harness.stopAll();
		System.exit(status);
	}

	private int runAll() throws Exception {
		log("run " + run + ", database " + jdbcUrl + ", instances on 127.0.0.1:" + a.port + " and :" + b.port);
		a.start();
		Duration readyA = a.awaitReady(Duration.ofSeconds(200));
		// B starts once A has migrated the schema and loaded the demo data, as a second node joins a running one.
		b.start();
		Duration readyB = b.awaitReady(Duration.ofSeconds(150));
		log("ready: a after " + secs(readyA) + ", b after " + secs(readyB));
		checks.add(new Check("start-up (first on an empty database, then second)",
				"a " + secs(readyA) + ", b " + secs(readyB), "informative", true));
		writesWhilePostgresRestarts();
		changesSeenThroughTheOtherInstance();
		killsDuringImportsAndSessions();
		printSummary();
		return checks.stream().noneMatch(Check::failed) ? 0 : 1;
	}

	// (a) A write load through both instances while PostgreSQL restarts.

	private void writesWhilePostgresRestarts() throws Exception {
		log("(a) write load through both instances, PostgreSQL restarted in the middle");
		Client kenya = Client.open(a.base()).signIn("focal.ken");
		Client mexico = Client.open(b.base()).signIn("focal.mex");
		kenya.csrfHeader();
		mexico.csrfHeader();
		record Attempt(String instance, String title, long started, long ended, int status) {
		}
		ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
		AtomicBoolean stop = new AtomicBoolean();
		AtomicInteger budget = new AtomicInteger(Integer.parseInt(env.getOrDefault("RELIABILITY_MAX_WRITES", "3000")));
		AtomicInteger sequence = new AtomicInteger();
		List<Thread> writers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Client client = i % 2 == 0 ? kenya : mexico;
			String instance = i % 2 == 0 ? "a" : "b";
			writers.add(Thread.ofPlatform().name("writer-" + i).start(() -> {
				while (!stop.get() && budget.decrementAndGet() >= 0) {
					String title = "reliability " + run + " write " + sequence.incrementAndGet();
					long started = System.nanoTime();
					int status;
					try {
						status = client.postJson("/api/requests", """
								{"areas":["B"],"kind":"TRAINING","urgency":"LOW","title":"%s",
								 "description":"Written by the fault harness while PostgreSQL restarts."}"""
							.formatted(title), Duration.ofSeconds(20)).statusCode();
					}
					catch (IOException ex) {
						status = -1;
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
					attempts.add(new Attempt(instance, title, started, System.nanoTime(), status));
					sleep(50);
				}
			}));
		}
		sleep(3000);
		String stopCommand = required("RELIABILITY_PG_STOP");
		String startCommand = required("RELIABILITY_PG_START");
		long down = System.nanoTime();
		shell(stopCommand);
		log("PostgreSQL stopped (" + stopCommand + ")");
		sleep(Long.parseLong(env.getOrDefault("RELIABILITY_PG_DOWN_MILLIS", "3000")));
		shell(startCommand);
		long back = awaitDatabase(Duration.ofSeconds(60));
		log("PostgreSQL back after " + secs(Duration.ofNanos(back - down)) + " down");
		long until = back + TimeUnit.SECONDS.toNanos(8);
		long latest = back + TimeUnit.SECONDS.toNanos(25);
		while (System.nanoTime() < latest) {
			boolean aBack = attempts.stream().anyMatch(t -> t.instance.equals("a") && ok(t.status) && t.ended > back);
			boolean bBack = attempts.stream().anyMatch(t -> t.instance.equals("b") && ok(t.status) && t.ended > back);
			if (System.nanoTime() > until && aBack && bBack) {
				break;
			}
			sleep(200);
		}
		stop.set(true);
		for (Thread writer : writers) {
			writer.join(25_000);
		}
		List<Attempt> all = new ArrayList<>(attempts);
		Set<String> stored = new HashSet<>(strings(
				"select title from request.assistance_request where title like ?", "reliability " + run + " write %"));
		long answered = all.stream().filter(t -> ok(t.status)).count();
		List<String> lost = all.stream().filter(t -> ok(t.status) && !stored.contains(t.title)).map(Attempt::title).toList();
		long refusedButStored = all.stream().filter(t -> !ok(t.status) && stored.contains(t.title)).count();
		Map<String, Integer> byStatus = new LinkedHashMap<>();
		all.stream().map(t -> t.status == -1 ? "no answer" : String.valueOf(t.status)).sorted()
			.forEach(s -> byStatus.merge(s, 1, Integer::sum));
		log("(a) " + all.size() + " writes: " + byStatus + "; stored " + stored.size() + "; lost " + lost);
		checks.add(new Check("(a) writes answered 2xx found in the database",
				answered + " of " + all.size() + " answered 2xx, " + lost.size() + " missing; " + refusedButStored
						+ " refused but stored; answers " + byStatus,
				"0 missing", lost.isEmpty() && answered > 0));
		for (Instance instance : List.of(a, b)) {
			long first = all.stream().filter(t -> t.instance.equals(instance.name) && ok(t.status) && t.ended > back)
				.mapToLong(Attempt::ended).min().orElse(-1);
			Duration recovery = first < 0 ? null : Duration.ofNanos(first - back);
			checks.add(new Check("(a) instance " + instance.name + " answers 2xx again after PostgreSQL is back",
					recovery == null ? "no 2xx within 25 s" : secs(recovery), "<= 5 s",
					recovery != null && recovery.toMillis() <= 5000));
			checks.add(new Check("(a) instance " + instance.name + " kept running (no restart)",
					instance.alive() && instance.restarts == 0 ? "same process, pid " + instance.pid() : "restarted",
					"same process", instance.alive() && instance.restarts == 0));
		}
	}

	// (d) A change made through A is seen through B.

	private void changesSeenThroughTheOtherInstance() throws Exception {
		log("(d) document uploaded through a, searched through b; assessment published through a, profile from b");
		Client coordinator = Client.open(a.base()).signIn("coordinator");
		String word = "zq" + run + "probe";
		HttpResponse<String> created = coordinator.postJson("/api/library/documents", """
				{"country":"KEN","kind":"LAW","titleOriginal":"Reliability probe %s","language":"en",
				 "status":"IN_FORCE","areas":["B"],"summary":"Uploaded through instance a: %s"}""".formatted(word, word),
				Duration.ofSeconds(30));
		expect(created, 201, "document created through a");
		long uploaded = System.nanoTime();
		Client publicOnB = Client.open(b.base());
		Client publicOnA = Client.open(a.base());
		Duration foundOnB = null;
		Duration foundOnA = null;
		while (System.nanoTime() - uploaded < TimeUnit.SECONDS.toNanos(5) && (foundOnB == null || foundOnA == null)) {
			if (foundOnB == null && total(publicOnB.get("/api/library/documents?q=" + word)) > 0) {
				foundOnB = Duration.ofNanos(System.nanoTime() - uploaded);
			}
			if (foundOnA == null && total(publicOnA.get("/api/library/documents?q=" + word)) > 0) {
				foundOnA = Duration.ofNanos(System.nanoTime() - uploaded);
			}
			sleep(100);
		}
		checks.add(new Check("(d) document uploaded through a found by search through b",
				(foundOnB == null ? "not found within 5 s" : "found after " + secs(foundOnB)) + " (through a: "
						+ (foundOnA == null ? "not found within 5 s" : secs(foundOnA)) + ")",
				"<= 2 s", foundOnB != null && foundOnB.toMillis() <= 2000));

		String iso3 = env.getOrDefault("RELIABILITY_PROFILE_COUNTRY", "NOR");
		int year = 2024;
		String profilePath = "/profiles/" + iso3;
		String before = publicOnB.get(profilePath).body();
		boolean markerBefore = before.contains(publishedMarker(year));
		JsonNode cycle = JSON.readTree(expect(coordinator.postJson("/api/assessments", """
				{"iso3":"%s","year":%d,"confidentiality":"PUBLIC"}""".formatted(iso3, year), Duration.ofSeconds(30)),
				201, "cycle created").body());
		long cycleId = cycle.get("id").asLong();
		byte[] answers = answersCsv(coordinator, cycleId, "published " + run, 0);
		expect(coordinator.upload("/assessments/" + cycleId + "/import", "answers.csv", answers, Duration.ofSeconds(60)),
				302, "answers imported");
		for (String step : List.of("submit", "validate", "publish")) {
			long version = JSON.readTree(coordinator.get("/api/assessments/" + cycleId).body()).get("version").asLong();
			expect(coordinator.postJson("/api/assessments/" + cycleId + "/" + step, "{\"version\":" + version + "}",
					Duration.ofSeconds(60)), 200, step);
		}
		long published = System.nanoTime();
		String after = publicOnB.get(profilePath).body();
		Duration firstRequest = Duration.ofNanos(System.nanoTime() - published);
		boolean changed = !markerBefore && after.contains(publishedMarker(year));
		boolean onA = Client.open(a.base()).get(profilePath).body().contains(publishedMarker(year));
		checks.add(new Check("(d) assessment published through a changes b's profile on its next request",
				(changed ? "changed" : "unchanged") + " on b's first request after publishing (" + secs(firstRequest)
						+ "); a shows it: " + onA,
				"changed", changed));
	}

	private static String publishedMarker(int year) {
		return Integer.toString(year);
	}

	private static long total(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			return 0;
		}
		return JSON.readTree(response.body()).get("page").get("totalElements").asLong();
	}

	// (b) and (c): SIGKILL in the middle of an import, and of the instance a user is signed in through.

	private void killsDuringImportsAndSessions() throws Exception {
		Client coordinator = Client.open(a.base()).signIn("coordinator");
		Client admin = Client.open(a.base()).signIn("admin");
		Client kenya = Client.open(a.base()).signIn("focal.ken");
		expect(kenya.get("/api/requests"), 200, "focal point signed in through a");
		log("(b) three large imports through a at once (bilateral data, library, assessment answers), a killed while"
				+ " all three are writing; (c) users signed in through a");

		String source = "RELIABILITY-" + run.toUpperCase(Locale.ROOT);
		byte[] bilateral = bilateralCsv(source);
		int bilateralRows = countLines(bilateral) - 1;
		String countBilateral = "select count(*) from mobility.bilateral where source = ?";

		int documents = Integer.parseInt(env.getOrDefault("RELIABILITY_LIBRARY_ROWS", "1000"));
		String titlePrefix = "reliability " + run + " imported ";
		byte[] manifest = libraryCsv(titlePrefix, documents);
		String countDocuments = "select count(*) from library.document where title_original like ?";

		JsonNode cycle = JSON.readTree(expect(coordinator.postJson("/api/assessments",
				"{\"iso3\":\"ISL\",\"year\":2026,\"confidentiality\":\"PRIVATE\"}", Duration.ofSeconds(30)), 201,
				"cycle created").body());
		long cycleId = cycle.get("id").asLong();
		String marker = "killed import " + run;
		byte[] answers = answersCsv(coordinator, cycleId, marker, 4000);
		int indicators = countLines(answers) - 1;
		String countAnswers = "select count(*) from assessment.response where cycle_id = ? and focal_comment = ?";

		long bilateralBefore = count(countBilateral, source);
		long documentsBefore = count(countDocuments, titlePrefix + "%");
		long answersBefore = count(countAnswers, cycleId, marker);
		List<Kill> kills = importsAndKill(a, List.of(
				new Upload(admin, "/admin/mobility/data/import", "bilateral.csv", bilateral,
						"%insert into mobility.bilateral%"),
				new Upload(coordinator, "/api/library/import", "documents.csv", manifest, "%library.document%"),
				new Upload(coordinator, "/assessments/" + cycleId + "/import", "answers.csv", answers,
						"%assessment.response%")));
		long bilateralAfterKill = count(countBilateral, source)
				+ count("select count(*) from mobility.source where code = ?", source);
		long documentsAfterKill = count(countDocuments, titlePrefix + "%");
		long answersAfterKill = count(countAnswers, cycleId, marker);

		sessionSurvives(kenya.at(b.base()), "focal.ken");
		sessionSurvives(coordinator.at(b.base()), "coordinator");

		long repeatStart = System.nanoTime();
		HttpResponse<String> repeat = admin.at(b.base()).upload("/admin/mobility/data/import", "bilateral.csv",
				bilateral, Duration.ofSeconds(120));
		importChecks("bilateral data (" + bilateralRows + " rows)", kills.get(0), bilateralBefore, bilateralAfterKill,
				count(countBilateral, source), bilateralRows, repeat, Duration.ofNanos(System.nanoTime() - repeatStart),
				302);
		repeatStart = System.nanoTime();
		repeat = coordinator.at(b.base()).upload("/api/library/import", "documents.csv", manifest,
				Duration.ofSeconds(120));
		importChecks("library manifest (" + documents + " documents)", kills.get(1), documentsBefore,
				documentsAfterKill, count(countDocuments, titlePrefix + "%"), documents, repeat,
				Duration.ofNanos(System.nanoTime() - repeatStart), 200);
		repeatStart = System.nanoTime();
		repeat = coordinator.at(b.base()).upload("/assessments/" + cycleId + "/import", "answers.csv", answers,
				Duration.ofSeconds(120));
		importChecks("assessment answers (" + indicators + " indicators, 4,000-character evidence each)",
				kills.get(2), answersBefore, answersAfterKill, count(countAnswers, cycleId, marker), indicators, repeat,
				Duration.ofNanos(System.nanoTime() - repeatStart), 302);
	}

	private record Upload(Client client, String path, String filename, byte[] content, String statement) {
	}

	private record Kill(boolean midway, Duration after, String detail) {
	}

	/**
	 * Posts the files to the victim one after the other, each once PostgreSQL shows the previous one writing, and
	 * sends the victim SIGKILL as soon as the last one writes too: one of the victim's connections is inside a
	 * transaction that has a transaction id (it has written) and runs the statement pattern of that import.
	 */
	private List<Kill> importsAndKill(Instance victim, List<Upload> uploads) throws Exception {
		long started = System.nanoTime();
		List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
		List<Duration> writing = new ArrayList<>();
		try (Connection db = connect();
				PreparedStatement query = db.prepareStatement("""
						select count(*) from pg_stat_activity where application_name = ? and backend_xid is not null
						and state <> 'idle' and query ilike ?""")) {
			query.setString(1, victim.applicationName());
			for (Upload upload : uploads) {
				CompletableFuture<HttpResponse<String>> answer = upload.client.uploadAsync(upload.path,
						upload.filename, upload.content, Duration.ofSeconds(180));
				answers.add(answer);
				query.setString(2, upload.statement);
				Duration seen = null;
				while (seen == null && !answer.isDone() && System.nanoTime() < deadline) {
					try (ResultSet rs = query.executeQuery()) {
						rs.next();
						if (rs.getLong(1) > 0) {
							seen = Duration.ofNanos(System.nanoTime() - started);
						}
					}
					sleep(1);
				}
				writing.add(seen);
				log(upload.filename + (seen == null ? " finished before it was seen writing"
						: " writing " + secs(seen) + " after the first upload started"));
			}
		}
		victim.kill9();
		Duration killed = Duration.ofNanos(System.nanoTime() - started);
		log("killed instance " + victim.name + " (SIGKILL) " + secs(killed) + " after the first upload started");
		List<Kill> kills = new ArrayList<>();
		for (int i = 0; i < uploads.size(); i++) {
			String status;
			boolean unfinished;
			try {
				HttpResponse<String> response = answers.get(i).get(30, TimeUnit.SECONDS);
				status = "answered " + response.statusCode();
				unfinished = false;
			}
			catch (Exception ex) {
				status = "no answer";
				unfinished = true;
			}
			Duration seen = writing.get(i);
			boolean midway = seen != null && unfinished;
			kills.add(new Kill(midway, killed, (seen == null ? "never seen writing" : "writing since " + secs(seen))
					+ ", " + status));
		}
		return kills;
	}

	private void importChecks(String what, Kill kill, long before, long afterKill, long afterRepeat, long expected,
			HttpResponse<String> repeat, Duration repeatTook, int successStatus) {
		boolean nothing = afterKill == before;
		boolean all = afterKill == before + expected;
		checks.add(new Check("(b) kill -9 mid-import of " + what + ": all or nothing",
				(kill.midway ? "killed " + secs(kill.after) + " into the request, inside the transaction ("
						+ kill.detail + ")" : "not killed mid-way: " + kill.detail) + "; rows before " + before
						+ ", after kill " + afterKill,
				"killed mid-transaction; 0 or all rows", kill.midway && (nothing || all)));
		boolean succeeded = repeat.statusCode() == successStatus && afterRepeat == expected
				&& (successStatus != 302 || !repeat.headers().firstValue("Location").orElse("").contains("error"));
		checks.add(new Check("(b) repeat of the import through the surviving instance",
				"answered " + repeat.statusCode() + " in " + secs(repeatTook) + ", rows " + afterRepeat + " of "
						+ expected,
				"succeeds, all rows", succeeded));
	}

	private void sessionSurvives(Client onSurvivor, String user) throws Exception {
		HttpResponse<String> response = onSurvivor.get("/api/requests");
		boolean signedIn = response.statusCode() == 200 && response.body().startsWith("{");
		checks.add(new Check("(c) " + user + " signed in through the killed instance, next request through the other",
				"answered " + response.statusCode() + (signedIn ? ", signed in" : ", not signed in"), "still signed in",
				signedIn));
	}

	// Files

	private byte[] answersCsv(Client client, long cycleId, String comment, int evidenceLength) throws Exception {
		HttpResponse<String> export = client.get("/assessments/" + cycleId + "/export?format=csv");
		expect(export, 200, "answers exported");
		List<String> codes = new ArrayList<>();
		String[] lines = export.body().replace("\uFEFF", "").split("\r?\n");
		for (int i = 1; i < lines.length; i++) {
			Matcher code = Pattern.compile("^\"?([A-Z0-9._-]+)\"?,").matcher(lines[i]);
			if (code.find()) {
				codes.add(code.group(1));
			}
		}
		if (codes.isEmpty()) {
			throw new IllegalStateException("no indicators in the export of cycle " + cycleId);
		}
		String evidence = "Evidence written by the fault harness. ".repeat(evidenceLength / 39 + 2)
			.substring(0, Math.max(1, evidenceLength));
		StringBuilder csv = new StringBuilder("indicator,level,confidence,evidence,comment\n");
		for (int i = 0; i < codes.size(); i++) {
			csv.append(codes.get(i)).append(',').append(i % 5 + 1).append(",MEDIUM,\"").append(evidence)
				.append("\",\"").append(comment).append("\"\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private byte[] bilateralCsv(String source) throws SQLException {
		List<String> countries = strings("select iso3 from reference.country order by iso3");
		int years = Integer.parseInt(env.getOrDefault("RELIABILITY_BILATERAL_YEARS", "1"));
		StringBuilder csv = new StringBuilder("origin,destination,year,value,measure,source\n");
		for (int year = 2001; year < 2001 + years; year++) {
			for (String origin : countries) {
				for (String destination : countries) {
					if (!origin.equals(destination)) {
						csv.append(origin).append(',').append(destination).append(',').append(year).append(',')
							.append((origin.hashCode() ^ destination.hashCode() ^ year) & 0xffff).append(",MIGRANT_STOCK,")
							.append(source).append('\n');
					}
				}
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] libraryCsv(String titlePrefix, int rows) {
		StringBuilder csv = new StringBuilder("country,kind,title_original,language,status,areas,summary\n");
		for (int i = 1; i <= rows; i++) {
			csv.append("KEN,LAW,").append(titlePrefix).append(i).append(",en,IN_FORCE,B I,")
				.append("Imported by the fault harness: border management rule number ").append(i).append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static int countLines(byte[] csv) {
		int lines = 0;
		for (byte c : csv) {
			if (c == '\n') {
				lines++;
			}
		}
		return lines;
	}

	// Database

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
	}

	private long awaitDatabase(Duration max) {
		long until = System.nanoTime() + max.toNanos();
		while (System.nanoTime() < until) {
			try (Connection db = connect(); ResultSet rs = db.createStatement().executeQuery("select 1")) {
				return System.nanoTime();
			}
			catch (SQLException ex) {
				sleep(50);
			}
		}
		throw new IllegalStateException("PostgreSQL did not come back within " + max);
	}

	private long count(String sql, Object... params) throws SQLException {
		try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setObject(i + 1, params[i]);
			}
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private List<String> strings(String sql, Object... params) throws SQLException {
		try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setObject(i + 1, params[i]);
			}
			List<String> values = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					values.add(rs.getString(1));
				}
			}
			return values;
		}
	}

	// Instances

	private final class Instance {

		private final String name;

		private final int port;

		private final List<String> extraArgs;

		private final Path log;

		private Process process;

		private long started;

		private int restarts = -1;

		Instance(String name, int port, List<String> extraArgs) {
			this.name = name;
			this.port = port;
			this.extraArgs = extraArgs;
			this.log = work.resolve("instance-" + name + ".log");
		}

		String base() {
			return "http://127.0.0.1:" + port;
		}

		String applicationName() {
			return "migracap-reliability-" + name;
		}

		void start() throws IOException {
			List<String> command = new ArrayList<>();
			command.add(required("RELIABILITY_JAVA"));
			command.addAll(split(env.getOrDefault("RELIABILITY_JVM_OPTS",
					"-Xmx768m -XX:TieredStopAtLevel=1 --enable-native-access=ALL-UNNAMED")));
			command.addAll(List.of("-jar", required("RELIABILITY_JAR"), "--spring.profiles.active=postgres",
					"--spring.datasource.url=" + jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "ApplicationName="
							+ applicationName(),
					"--spring.datasource.username=" + dbUser, "--spring.datasource.password=" + dbPassword,
					"--migracap.demo.enabled=true", "--server.port=" + port, "--server.address=127.0.0.1",
					"--logging.level.root=WARN"));
			command.addAll(extraArgs);
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			builder.environment().put("MIGRACAP_INDEX_DIR", work.resolve("index-" + name).toAbsolutePath().toString());
			Files.writeString(log, "=== start " + java.time.Instant.now() + "\n", StandardCharsets.UTF_8,
					java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
			process = builder.start();
			started = System.nanoTime();
			restarts++;
			Files.writeString(work.resolve("instance-" + name + ".pid"), Long.toString(process.pid()));
			FaultHarness.log("instance " + name + " starting, pid " + process.pid());
		}

		Duration awaitReady(Duration max) {
			Client probe = Client.open(base());
			long until = Math.min(System.nanoTime() + max.toNanos(), deadline);
			while (System.nanoTime() < until) {
				if (!process.isAlive()) {
					throw new IllegalStateException("instance " + name + " exited with " + process.exitValue()
							+ "; see " + log);
				}
				try {
					if (probe.get("/actuator/health/readiness").statusCode() == 200) {
						return Duration.ofNanos(System.nanoTime() - started);
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
				sleep(250);
			}
			throw new IllegalStateException("instance " + name + " not ready within " + max + "; see " + log);
		}

		void kill9() throws InterruptedException {
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
		}

		boolean alive() {
			return process != null && process.isAlive();
		}

		long pid() {
			return process.pid();
		}

		void stop() {
			if (process != null && process.isAlive()) {
				process.destroy();
				try {
					if (!process.waitFor(20, TimeUnit.SECONDS)) {
						process.destroyForcibly();
					}
				}
				catch (InterruptedException ex) {
					process.destroyForcibly();
					Thread.currentThread().interrupt();
				}
			}
		}

	}

	private synchronized void stopAll() {
		a.stop();
		b.stop();
	}

	// HTTP

	/**
	 * A browser-like client: cookies, the sign-in form, and the CSRF token sent with every change in the header the
	 * page names ({@code _csrf_header}).
	 */
	private static final class Client {

		private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

		private static final Pattern CSRF_HEADER = Pattern.compile("name=\"_csrf_header\" content=\"([^\"]+)\"");

		private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		private final String base;

		private final HttpClient http;

		private String csrf;

		private String csrfHeader = "X-XSRF-TOKEN";

		private Client(String base, HttpClient http) {
			this.base = base;
			this.http = http;
		}

		static Client open(String base) {
			return new Client(base, HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(3))
				.version(HttpClient.Version.HTTP_1_1)
				.build());
		}

		/** The same cookies, hence the same session, sent to another instance. */
		Client at(String otherBase) {
			Client other = new Client(otherBase, http);
			other.csrf = csrf;
			other.csrfHeader = csrfHeader;
			return other;
		}

		Client signIn(String username) throws IOException, InterruptedException {
			Matcher token = CSRF_INPUT.matcher(get("/login").body());
			if (!token.find()) {
				throw new IllegalStateException("no CSRF token on the sign-in page of " + base);
			}
			String form = "username=" + enc(username) + "&password=migracap-demo&_csrf=" + enc(token.group(1));
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
				throw new IllegalStateException("sign-in of " + username + " failed: " + response.statusCode());
			}
			csrf = null;
			return this;
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		private String csrf() throws IOException, InterruptedException {
			if (csrf == null) {
				String home = get("/").body();
				Matcher token = CSRF_META.matcher(home);
				if (!token.find()) {
					throw new IllegalStateException("no CSRF token on the home page of " + base);
				}
				Matcher header = CSRF_HEADER.matcher(home);
				if (header.find()) {
					csrfHeader = header.group(1);
				}
				csrf = token.group(1);
			}
			return csrf;
		}

		private String csrfHeader() throws IOException, InterruptedException {
			csrf();
			return csrfHeader;
		}

		HttpResponse<String> postJson(String path, String json, Duration timeout)
				throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.header(csrfHeader(), csrf())
				.timeout(timeout)
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> upload(String path, String filename, byte[] content, Duration timeout)
				throws IOException, InterruptedException {
			try {
				return uploadAsync(path, filename, content, timeout).get();
			}
			catch (java.util.concurrent.ExecutionException ex) {
				throw ex.getCause() instanceof IOException io ? io : new IOException(ex.getCause());
			}
		}

		CompletableFuture<HttpResponse<String>> uploadAsync(String path, String filename, byte[] content,
				Duration timeout) throws IOException, InterruptedException {
			String boundary = "----reliability" + UUID.randomUUID();
			byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
					+ "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
			byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
			return http.sendAsync(HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header(csrfHeader(), csrf())
				.header("Accept", "application/json, text/html")
				.timeout(timeout)
				.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private static String enc(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

	// Helpers

	private static HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(what + ": expected " + status + ", got " + response.statusCode() + " "
					+ response.headers().firstValue("Location").orElse("") + " "
					+ response.body().substring(0, Math.min(400, response.body().length())));
		}
		return response;
	}

	private static boolean ok(int status) {
		return status >= 200 && status < 300;
	}

	private void shell(String command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("postgres-control.log").toFile()))
			.start();
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("command failed: " + command);
		}
	}

	private String required(String name) {
		String value = env.get(name);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("environment variable " + name + " is not set (see scripts/reliability/run.sh)");
		}
		return value;
	}

	private static List<String> split(String value) {
		return value.isBlank() ? List.of() : Arrays.asList(value.trim().split("\\s+"));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String secs(Duration duration) {
		return String.format(Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0);
	}

	private static void log(String message) {
		OUT.printf(Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - T0) / 1e9, message);
	}

	private void printSummary() {
		int nameWidth = checks.stream().mapToInt(c -> c.name.length()).max().orElse(10);
		OUT.println();
		OUT.println("MigraCap fault harness, run " + run + ", " + secs(Duration.ofNanos(System.nanoTime() - T0))
				+ " (load average " + loadAverage() + ")");
		String format = "%-6s | %-" + nameWidth + "s | %-40s | %s%n";
		OUT.printf(Locale.ROOT, format, "result", "check", "bar", "figure");
		OUT.println("-".repeat(nameWidth + 80));
		for (Check check : checks) {
			OUT.printf(Locale.ROOT, format, check.result(), check.name, check.bar, check.figure);
		}
		long failed = checks.stream().filter(Check::failed).count();
		OUT.println(failed == 0 ? "no check failed: " + checks.size() + " of " + checks.size() + " met their bar"
				: failed + " of " + checks.size() + " checks FAILED");
	}

	private static String loadAverage() {
		try {
			return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

}
