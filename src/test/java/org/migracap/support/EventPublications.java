package org.migracap.support;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * Waits for Spring Modulith's event publication log ({@code event_publication}): a listener runs after the commit on
 * another thread, and its publication is completed once it returned. A test that expects a listener to write nothing
 * waits for that completion before it looks.
 */
public final class EventPublications {

	/** How long a listener may take in a test. */
	public static final Duration PATIENCE = Duration.ofSeconds(20);

	private EventPublications() {
	}

	/**
	 * Waits until the listener whose id contains {@code listener} (its class name) completed a publication of an
	 * event whose serialized form contains {@code content}.
	 */
	public static void awaitCompleted(JdbcClient jdbc, String listener, String content) {
		await().atMost(PATIENCE).until(() -> count(jdbc, listener, content, true) > 0);
	}

	/** How many publications of the listener with the content there are, completed ones only if asked. */
	public static long count(JdbcClient jdbc, String listener, String content, boolean completed) {
		return jdbc.sql("select count(*) from event_publication where listener_id like :listener "
				+ "and serialized_event like :content" + (completed ? " and completion_date is not null" : ""))
			.param("listener", "%" + listener + "%")
			.param("content", "%" + content + "%")
			.query(Long.class)
			.single();
	}

}
