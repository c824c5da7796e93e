package org.migracap.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.domain.AccessTokenService;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the API over real HTTP as a system would: with a bearer token only (no session, no cookie, no CSRF token).
 * For the API write tests.
 */
public final class TokenClient {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final int port;

	private final AccessTokenService tokens;

	private final JdbcClient jdbc;

	public TokenClient(int port, AccessTokenService tokens, JdbcClient jdbc) {
		this.port = port;
		this.tokens = tokens;
		this.jdbc = jdbc;
	}

	/** An answer: status, content type, headers of interest, body as text and bytes, and JSON when it is JSON. */
	public record Answer(int status, String contentType, @Nullable String eTag, @Nullable String location, String body,
			byte[] bytes, JsonNode json) {
	}

	/** A new token (read-write, 7 days) of the user, named uniquely. */
	public String token(String username) {
		long id = jdbc.sql("select id from identity.user_account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
		return tokens.create(id, "api write test " + username + " " + System.nanoTime(), 7, false).secret();
	}

	public Answer call(String method, String path, @Nullable String token, @Nullable String body)
			throws IOException, InterruptedException {
		return call(method, path, token, body, null);
	}

	public Answer call(String method, String path, @Nullable String token, @Nullable String body,
			@Nullable String ifMatch) throws IOException, InterruptedException {
		HttpRequest.Builder request = builder(path, token)
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return send(request);
	}

	/** A multipart/form-data POST: text fields, and at most one file. */
	public Answer multipart(String path, @Nullable String token, Map<String, String> fields, @Nullable String fileName,
			byte @Nullable [] file) throws IOException, InterruptedException {
		String boundary = "apiwrite" + System.nanoTime();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : new LinkedHashMap<>(fields).entrySet()) {
			out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		if (file != null) {
			out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			out.writeBytes(file);
			out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = builder(path, token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
		return send(request);
	}

	private HttpRequest.Builder builder(String path, @Nullable String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json, application/problem+json, */*;q=0.5");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		String type = response.headers().firstValue("content-type").orElse("");
		String text = new String(response.body(), StandardCharsets.UTF_8);
		JsonNode node = type.contains("json") && !text.isBlank() ? json.readTree(text) : json.nullNode();
		return new Answer(response.statusCode(), type, response.headers().firstValue("etag").orElse(null),
				response.headers().firstValue("location").orElse(null), text, response.body(), node);
	}

}
