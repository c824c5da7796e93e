package org.migracap.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Counters kept in the database ({@code platform.data_stamp}), one per topic, and caches keyed with them. A change
 * raises its topic's stamp in its own transaction; a read asks the database for the stamp (one primary-key query) and
 * looks its value up under (stamp, key) in a Spring cache (Caffeine, bounded), so a change made through any instance
 * is seen through every instance at its next read, with no time-to-live (ADR platform-02).
 */
@Component
public class DataStamps {

	private static final String REQUEST_ATTRIBUTE = DataStamps.class.getName() + ".";

	private static final Object TRANSACTION_LOCAL = new Object();

	private final JdbcClient jdbc;

	private final CacheManager caches;

	DataStamps(JdbcClient jdbc, CacheManager caches) {
		this.jdbc = jdbc;
		this.caches = caches;
	}

	/**
	 * The current stamp of a topic (0 before its first change). Read from the database once per topic and web
	 * request (a request that raises it reads it again), and at every call outside requests.
	 */
	public long current(String topic) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String attribute = REQUEST_ATTRIBUTE + topic;
		if (request != null && request.getAttribute(attribute, RequestAttributes.SCOPE_REQUEST) instanceof Long stamp) {
			return stamp;
		}
		long stamp = jdbc.sql("select stamp from platform.data_stamp where topic = :topic")
			.param("topic", topic)
			.query(Long.class)
			.optional()
			.orElse(0L);
		if (request != null) {
			request.setAttribute(attribute, stamp, RequestAttributes.SCOPE_REQUEST);
		}
		return stamp;
	}

	/** Raises the stamp of a topic, in the caller's transaction: values cached for the old stamp are not served. */
	public void raise(String topic) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.removeAttribute(REQUEST_ATTRIBUTE + topic, RequestAttributes.SCOPE_REQUEST);
		}
		int updated = jdbc.sql("update platform.data_stamp set stamp = stamp + 1 where topic = :topic")
			.param("topic", topic)
			.update();
		if (updated == 0) {
			try {
				jdbc.sql("insert into platform.data_stamp (topic, stamp) values (:topic, 1)").param("topic", topic).update();
			}
			catch (DuplicateKeyException raced) {
				raise(topic);
			}
		}
	}

	/**
	 * The value cached in {@code cache} for {@code key} at {@code stamp}, computed (once per key) when missing. Values
	 * must be immutable; the stamp is whatever the caller read from the database for the data the value depends on.
	 */
	@SuppressWarnings("unchecked")
	public <V> V cached(String cache, long stamp, Object key, Supplier<V> compute) {
		Cache shared = cache(cache);
		StampedKey stamped = new StampedKey(stamp, key);
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			// A read-write transaction may read a stamp it raised itself and data it has not committed: what it
			// computes is kept for the rest of the transaction only, never where another transaction could see it.
			Cache.ValueWrapper hit = shared.get(stamped);
			if (hit != null) {
				return (V) hit.get();
			}
			Map<CacheKey, Object> local = transactionLocal();
			CacheKey localKey = new CacheKey(cache, stamped);
			if (local.containsKey(localKey)) {
				return (V) local.get(localKey);
			}
			V value = compute.get();
			local.put(localKey, value);
			return value;
		}
		try {
			return (V) shared.get(stamped, compute::get);
		}
		catch (Cache.ValueRetrievalException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<CacheKey, Object> transactionLocal() {
		Object bound = TransactionSynchronizationManager.getResource(TRANSACTION_LOCAL);
		if (bound != null) {
			return (Map<CacheKey, Object>) bound;
		}
		Map<CacheKey, Object> values = new HashMap<>();
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return values;
		}
		TransactionSynchronizationManager.bindResource(TRANSACTION_LOCAL, values);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(TRANSACTION_LOCAL);
			}
		});
		return values;
	}

	private record CacheKey(String cache, StampedKey key) {
	}

	/** The value cached for {@code key} at the current stamp of {@code topic}. */
	public <V> V cached(String topic, Object key, Supplier<V> compute) {
		return cached(topic, current(topic), key, compute);
	}

	private Cache cache(String name) {
		Cache cache = caches.getCache(name);
		if (cache == null) {
			throw new IllegalStateException("No cache " + name);
		}
		return cache;
	}

	private record StampedKey(long stamp, @Nullable Object key) {
	}

}
