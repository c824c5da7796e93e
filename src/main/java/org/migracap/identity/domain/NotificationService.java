package org.migracap.identity.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * In-app notifications: a translated message with its arguments and a link, for one user.
 */
@Service
public class NotificationService {

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	NotificationService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Notification(long id, Instant createdAt, String messageKey, List<String> args, @Nullable String link,
			boolean read) {

		public Object[] argArray() {
			return args.toArray();
		}

	}

	@Transactional
	public void notify(long userId, String messageKey, List<String> args, @Nullable String link) {
		jdbc.sql("""
				insert into identity.notification (user_id, created_at, message_key, message_args, link)
				values (:user, :at, :key, :args, :link)""")
			.param("user", userId)
			.param("at", Timestamp.from(Instant.now()))
			.param("key", messageKey)
			.param("args", json.writeValueAsString(args))
			.param("link", link)
			.update();
	}

	@Transactional(readOnly = true)
	public List<Notification> latest(long userId, int limit) {
		return jdbc.sql("""
				select id, created_at, message_key, message_args, link, read_at from identity.notification
				where user_id = :user order by created_at desc, id desc""")
			.param("user", userId)
			.query((rs, i) -> new Notification(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
					rs.getString("message_key"),
					json.readValue(rs.getString("message_args"), new TypeReference<List<String>>() {
					}), rs.getString("link"), rs.getTimestamp("read_at") != null))
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	@Transactional(readOnly = true)
	public int unread(long userId) {
		return jdbc.sql("select count(*) from identity.notification where user_id = :user and read_at is null")
			.param("user", userId)
			.query(Integer.class)
			.single();
	}

	@Transactional
	public void markAllRead(long userId) {
		jdbc.sql("update identity.notification set read_at = :now where user_id = :user and read_at is null")
			.param("now", Timestamp.from(Instant.now()))
			.param("user", userId)
			.update();
	}

}
