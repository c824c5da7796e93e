package org.migracap.platform.session;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;

class SessionAttributeConverterTests {

	final SerializingConverter serializer = new SerializingConverter();

	final SessionAttributeConverter converter = new SessionAttributeConverter(getClass().getClassLoader());

	byte[] signedIn(String username) {
		return serializer.convert(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(username,
				null, List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR")))));
	}

	@Test
	void eachReadGetsItsOwnContextAroundTheAuthenticationReadOnceFromTheseBytes() {
		byte[] stored = signedIn("coordinator");
		SecurityContext first = (SecurityContext) converter.convert(stored);
		SecurityContext second = (SecurityContext) converter.convert(stored.clone());
		assertThat(second).isNotSameAs(first);
		assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
		assertThat(second.getAuthentication().getName()).isEqualTo("coordinator");

		first.setAuthentication(null); // what signing out does to the request's context
		SecurityContext third = (SecurityContext) converter.convert(stored);
		assertThat(third.getAuthentication()).isNotNull();
		assertThat(third.getAuthentication().getName()).isEqualTo("coordinator");
	}

	@Test
	void otherBytesAreReadAgainAndOtherAttributesPassThrough() {
		SecurityContext coordinator = (SecurityContext) converter.convert(signedIn("coordinator"));
		SecurityContext admin = (SecurityContext) converter.convert(signedIn("admin"));
		assertThat(admin.getAuthentication().getName()).isEqualTo("admin");
		assertThat(admin.getAuthentication()).isNotSameAs(coordinator.getAuthentication());
		assertThat(converter.convert(serializer.convert("fr"))).isEqualTo("fr");
		assertThat(((SecurityContext) converter.convert(serializer.convert(new SecurityContextImpl())))
			.getAuthentication()).isNull();
	}

}
