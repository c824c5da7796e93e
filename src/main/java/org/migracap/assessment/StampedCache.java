package org.migracap.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A small bounded cache (least recently used out) whose entries hold only while the data stamp they were computed
 * at is current. Reading the stamp is one primary-key query, so a change made by any instance is seen at once.
 * Values must be immutable.
 */
public final class StampedCache<K, V> {

	private final int capacity;

	private final LongSupplier stamp;

	private final LinkedHashMap<K, V> entries;

	private long stampOfEntries = Long.MIN_VALUE;

	public StampedCache(int capacity, LongSupplier stamp) {
		this.capacity = capacity;
		this.stamp = stamp;
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > StampedCache.this.capacity;
			}
		};
	}

	public V get(K key, Function<K, V> compute) {
		long current = stamp.getAsLong();
		synchronized (this) {
			if (current != stampOfEntries) {
				entries.clear();
				stampOfEntries = current;
			}
			V value = entries.get(key);
			if (value != null) {
				return value;
			}
		}
		V value = compute.apply(key);
		synchronized (this) {
			if (current == stampOfEntries) {
				entries.put(key, value);
			}
		}
		return value;
	}

}
