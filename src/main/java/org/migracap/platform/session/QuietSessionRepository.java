package org.migracap.platform.session;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's JDBC repository, writing a session back only when something in it changed (an attribute, its id,
 * its time-out), when it is new, or when its stored last-access time is at least {@code resolution} old. Reading a
 * page while signed in then costs one primary-key read of the session and no write (ADR platform-03). The session
 * expires at most {@code resolution} earlier than it would with a write per request.
 * <p>
 * Relies on Spring Session's default save mode ({@code on-set-attribute}): an attribute changed in place without
 * {@code setAttribute} is not saved, as with the JDBC repository itself.
 */
final class QuietSessionRepository implements FindByIndexNameSessionRepository<QuietSessionRepository.QuietSession> {

	private final FindByIndexNameSessionRepository<Session> delegate;

	private final Duration resolution;

	@SuppressWarnings("unchecked")
	QuietSessionRepository(FindByIndexNameSessionRepository<? extends Session> delegate, Duration resolution) {
		this.delegate = (FindByIndexNameSessionRepository<Session>) delegate;
		this.resolution = resolution;
	}

	@Override
	public QuietSession createSession() {
		return new QuietSession(delegate.createSession(), true);
	}

	@Override
	public void save(QuietSession session) {
		if (session.fresh || session.dirty
				|| Duration.between(session.storedLastAccess, session.getLastAccessedTime()).compareTo(resolution) >= 0) {
			delegate.save(session.delegate);
			session.saved();
		}
	}

	@Override
	public @Nullable QuietSession findById(String id) {
		Session found = delegate.findById(id);
		return found == null ? null : new QuietSession(found, false);
	}

	@Override
	public void deleteById(String id) {
		delegate.deleteById(id);
	}

	@Override
	public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, QuietSession> sessions = new LinkedHashMap<>();
		delegate.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> sessions.put(id, new QuietSession(session, false)));
		return sessions;
	}

	/** A stored session that remembers whether anything but its last-access time changed since it was read. */
	static final class QuietSession implements Session {

		private final Session delegate;

		private boolean fresh;

		private boolean dirty;

		private Instant storedLastAccess;

		QuietSession(Session delegate, boolean fresh) {
			this.delegate = delegate;
			this.fresh = fresh;
			this.storedLastAccess = delegate.getLastAccessedTime();
		}

		private void saved() {
			fresh = false;
			dirty = false;
			storedLastAccess = delegate.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return delegate.getId();
		}

		@Override
		public String changeSessionId() {
			dirty = true;
			return delegate.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return delegate.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, @Nullable Object attributeValue) {
			dirty = true;
			delegate.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			dirty = true;
			delegate.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return delegate.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			delegate.setLastAccessedTime(lastAccessedTime);
		}

		@Override
		public Instant getLastAccessedTime() {
			return delegate.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			if (!interval.equals(delegate.getMaxInactiveInterval())) {
				dirty = true;
			}
			delegate.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return delegate.isExpired();
		}

	}

}
