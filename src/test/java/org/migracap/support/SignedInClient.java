package org.migracap.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP client with a session: signs in through the sign-in form like a browser and sends the CSRF token with
 * every change. For tests that need the servlet container itself (upload limits, sessions across instances).
 */
public class SignedInClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client;

	public SignedInClient(String base) {
		this(base, HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build());
	}

	private SignedInClient(String base, HttpClient client) {
		this.base = base;
		this.client = client;
	}

	/** A client of its own making (HTTP version, cookie handler) that signs in through this one's form. */
	public static SignedInClient using(String base, HttpClient client) {
		return new SignedInClient(base, client);
	}

	/** The same cookies (the same session) against another instance. */
	public SignedInClient at(String otherBase) {
		return new SignedInClient(otherBase, client);
	}

	public SignedInClient signIn(String username, String password) throws IOException, InterruptedException {
		String page = get("/login").body();
		Matcher matcher = CSRF_INPUT.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on the sign-in page");
		}
		String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(matcher.group(1));
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Sign-in of " + username + " failed: " + response.statusCode() + " " + location);
		}
		return this;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	public String csrfToken() throws IOException, InterruptedException {
		Matcher matcher = CSRF.matcher(get("/").body());
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on the home page");
		}
		return matcher.group(1);
	}

	/** Posts one file as multipart/form-data field {@code file}. */
	public HttpResponse<String> upload(String path, String filename, byte[] content, String accept)
			throws IOException, InterruptedException {
		String boundary = "----migracap" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return client.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-CSRF-TOKEN", csrfToken())
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
