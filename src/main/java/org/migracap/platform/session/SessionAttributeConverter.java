package org.migracap.platform.session;

import java.time.Duration;
import java.util.Arrays;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Reads a stored session attribute. The signed-in user's security context is the one attribute read on every
 * signed-in request; Java deserialization of it was about half of the session's cost per request (a JFR profile,
 * docs/benchmarks.md). The authentication it holds is kept per instance, keyed by the exact stored bytes, and a new
 * {@link SecurityContextImpl} is made around it each time, so that what a request changes in its context (sign-out
 * clears it) is never seen by another request. The database stays the only store: a session changed or deleted through
 * another instance has other bytes or no row, and is read again.
 */
final class SessionAttributeConverter implements Converter<byte[], Object> {

	private final DeserializingConverter deserializer;

	private final Cache<Bytes, Authentication> authentications = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	SessionAttributeConverter(ClassLoader classLoader) {
		this.deserializer = new DeserializingConverter(classLoader);
	}

	@Override
	public Object convert(byte[] source) {
		Bytes key = new Bytes(source);
		Authentication known = authentications.getIfPresent(key);
		if (known != null) {
			return new SecurityContextImpl(known);
		}
		Object value = deserializer.convert(source);
		if (value != null && value.getClass() == SecurityContextImpl.class
				&& ((SecurityContext) value).getAuthentication() != null) {
			Authentication authentication = ((SecurityContext) value).getAuthentication();
			authentications.put(key, authentication);
			return new SecurityContextImpl(authentication);
		}
		return value;
	}

	/** The stored bytes as a cache key: equal when every byte is. */
	private record Bytes(byte[] value) {

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof Bytes bytes && Arrays.equals(value, bytes.value);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(value);
		}

	}

}
