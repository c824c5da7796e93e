package org.migracap.mobility.domain;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Results kept in memory for a while: cleared at once when this instance changes what they were computed from, and
 * recomputed after {@code maxAge} at the latest, so that another instance's change shows up too.
 */
final class TtlCache {

	private record Entry(long expires, Object value) {
	}

	private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

	private final Duration maxAge;

	TtlCache(Duration maxAge) {
		this.maxAge = maxAge;
	}

	@SuppressWarnings("unchecked")
	<T> T get(String key, Supplier<T> compute) {
		long now = System.nanoTime();
		Entry entry = entries.get(key);
		if (entry == null || entry.expires() - now < 0) {
			entry = new Entry(now + maxAge.toNanos(), compute.get());
			entries.put(key, entry);
		}
		return (T) entry.value();
	}

	void clear() {
		entries.clear();
	}

}
