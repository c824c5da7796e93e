package org.migracap.library.domain;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The clustered mode refuses the embedded H2 database with a message that says what to do; nothing else changes. */
class ClusteredModeRequiresPostgresTests {

	static StandardEnvironment environment(String url, String... profiles) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.setActiveProfiles(profiles);
		environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", url)));
		return environment;
	}

	@Test
	void theClusteredProfileOnH2IsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ClusteredModeRequiresPostgres.check(environment("jdbc:h2:file:./data/migracap", "clustered")))
			.withMessageContaining("needs PostgreSQL")
			.withMessageContaining("jdbc:h2:file:./data/migracap");
	}

	@Test
	void theClusteredProfileOnPostgresqlAndTheEmbeddedDefaultOnH2Start() {
		assertThatCode(() -> ClusteredModeRequiresPostgres
			.check(environment("jdbc:postgresql://localhost:5432/migracap", "postgres", "clustered")))
			.doesNotThrowAnyException();
		assertThatCode(() -> ClusteredModeRequiresPostgres.check(environment("jdbc:h2:file:./data/migracap")))
			.doesNotThrowAnyException();
	}

}
