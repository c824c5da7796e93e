package org.migracap.library.domain;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the clustered mode (profile {@code clustered}, ADR library-03) on the embedded H2 database: the
 * clustered mode exists for several instances sharing one database, which an embedded H2 file cannot be, and the
 * outbox-polling tables of Hibernate Search are made for PostgreSQL. Fails before anything connects, with a message
 * that says what to do. Registered in {@code META-INF/spring.factories}.
 */
public class ClusteredModeRequiresPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String PROFILE = "clustered";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		check(context.getEnvironment());
	}

	static void check(ConfigurableEnvironment environment) {
		if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
			return;
		}
		String url = environment.getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:postgresql:")) {
			throw new IllegalStateException("The clustered profile needs PostgreSQL, shared by every instance, but "
					+ "spring.datasource.url is '" + url + "'. Start with --spring.profiles.active=postgres,clustered "
					+ "and SPRING_DATASOURCE_URL=jdbc:postgresql://…, or without the clustered profile for the "
					+ "embedded single-instance mode.");
		}
	}

}
