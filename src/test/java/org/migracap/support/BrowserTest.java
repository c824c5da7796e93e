package org.migracap.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End-to-end tests in a real Chromium driven by Playwright for Java, against the whole application on a random port.
 * Chromium is Debian's ({@code /usr/bin/chromium}); Playwright downloads no browser. Without Chromium the tests are
 * skipped loudly on a workstation and fail in CI.
 */
@MigraCapIntegrationTest
public abstract class BrowserTest {

	public static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("MIGRACAP_CHROMIUM", "/usr/bin/chromium"));

	public static final String DEMO_PASSWORD = "migracap-demo";

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;

	protected Page page;

	private static synchronized Browser browser() {
		if (browser == null) {
			if (!Files.isExecutable(CHROMIUM)) {
				String message = "Chromium is not installed at " + CHROMIUM
						+ " (apt-get install chromium); the browser tests cannot run";
				if (TestDatabase.ci()) {
					Assertions.fail(message);
				}
				System.err.println("\n*** SKIPPING BROWSER TESTS: " + message + " ***\n");
				Assumptions.abort(message);
			}
			playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setHeadless(true)
					.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
							"--disable-background-networking", "--disable-component-update", "--disable-sync",
							"--no-first-run", "--disable-dev-shm-usage")));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				browser.close();
				playwright.close();
			}));
		}
		return browser;
	}

	@BeforeEach
	void openBrowser() {
		context = browser().newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 900));
		context.setDefaultTimeout(15_000);
		page = context.newPage();
	}

	@AfterEach
	void closeBrowser() {
		if (context != null) {
			context.close();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected Page open(String path) {
		page.navigate(url(path));
		return page;
	}

	/**
	 * Opens the page again until the selector matches, for what another module writes after the commit (an event
	 * listener, ADR workshop-06); fails after 20 seconds.
	 */
	protected void reloadUntilVisible(String path, String selector) {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
		while (page.locator(selector).count() == 0) {
			Assertions.assertTrue(System.nanoTime() < deadline, () -> selector + " never showed on " + path);
			page.waitForTimeout(250);
			open(path);
		}
	}

	/** Signs in through the sign-in page with a demo account. */
	protected void signIn(String username) {
		open("/login");
		page.getByLabel("User name or e-mail").fill(username);
		page.getByLabel("Password").fill(DEMO_PASSWORD);
		page.locator("#login-submit").click();
		page.waitForURL(url -> !url.contains("/login"));
	}

	/**
	 * Runs axe-core on the current page and fails on any violation of WCAG 2.0/2.1 level A and AA rules.
	 */
	protected void assertAccessible() {
		page.evaluate(axeSource());
		Object result = page.evaluate("""
				async () => {
				  const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa'] } });
				  return r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' -> '
				    + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
				}""");
		List<?> violations = (List<?>) result;
		Assertions.assertTrue(violations.isEmpty(),
				() -> "Accessibility violations on " + page.url() + ":\n" + String.join("\n", violations.stream().map(String::valueOf).toList()));
	}

	private static String axe;

	private static synchronized String axeSource() {
		if (axe == null) {
			try (InputStream in = BrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
				axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return axe;
	}

}
