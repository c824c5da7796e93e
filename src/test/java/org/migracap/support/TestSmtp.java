package org.migracap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server for the tests: GreenMail on a loopback port chosen once per test run, which every application
 * the tests start is pointed at ({@code spring.mail.host}, {@code spring.mail.port}). The server runs only while a
 * test has started it with {@link #start()}; while it is stopped, the application's mail worker finds the port
 * closed and retries later, as it would with a mail server that is down.
 */
public class TestSmtp implements EnvironmentPostProcessor, Ordered {

	private static final int PORT = freePort();

	public static int port() {
		return PORT;
	}

	/** Starts GreenMail on the tests' SMTP port; stop it with {@link GreenMail#stop()}. */
	public static GreenMail start() {
		GreenMail greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
		return greenMail;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources()
			.addFirst(new MapPropertySource("migracapTestSmtp",
					Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(PORT))));
	}

}
