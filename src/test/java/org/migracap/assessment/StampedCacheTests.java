package org.migracap.assessment;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StampedCacheTests {

	@Test
	void servesACachedValueOnlyWhileTheStampIsUnchanged() {
		AtomicLong stamp = new AtomicLong(1);
		AtomicInteger computed = new AtomicInteger();
		StampedCache<String, String> cache = new StampedCache<>(2, stamp::get);
		assertThat(cache.get("a", key -> key + computed.incrementAndGet())).isEqualTo("a1");
		assertThat(cache.get("a", key -> key + computed.incrementAndGet())).isEqualTo("a1");
		stamp.incrementAndGet();
		assertThat(cache.get("a", key -> key + computed.incrementAndGet())).isEqualTo("a2");
	}

	@Test
	void keepsOnlyTheMostRecentlyUsedEntries() {
		AtomicInteger computed = new AtomicInteger();
		StampedCache<String, Integer> cache = new StampedCache<>(2, () -> 7);
		cache.get("a", key -> computed.incrementAndGet());
		cache.get("b", key -> computed.incrementAndGet());
		cache.get("a", key -> computed.incrementAndGet());
		cache.get("c", key -> computed.incrementAndGet());
		assertThat(cache.get("a", key -> computed.incrementAndGet())).isEqualTo(1);
		assertThat(cache.get("b", key -> computed.incrementAndGet())).as("evicted, computed again").isEqualTo(4);
	}

}
