package org.migracap.support;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sample values for the path variables of a module's endpoints, used by the authorisation matrix test. Each module
 * has one implementation in its test package (public, no-argument constructor). {@code own} samples belong to the
 * demo focal point's country (Kenya, {@code KEN}); {@code other} samples to another country (Guatemala, {@code GTM}).
 */
public interface PathSamples {

	String OWN_COUNTRY = "KEN";

	String OTHER_COUNTRY = "GTM";

	/** The focal point of {@link #OWN_COUNTRY} used by the matrix. */
	String OWN_FOCAL_POINT = "focal.ken";

	enum Scope {

		OWN, OTHER

	}

	/**
	 * A value for the path variable, or empty when this module does not know it.
	 * @param pattern the endpoint's path pattern, for variables whose meaning depends on the endpoint
	 */
	Optional<String> sample(String pattern, String variable, Scope scope, JdbcClient jdbc);

	/**
	 * A value for the path variable that may depend on who calls (a token of the caller's own, which nobody else may
	 * revoke); by default the same for every caller.
	 * @param username the caller's user name, {@literal null} for an anonymous caller
	 */
	default Optional<String> sample(String pattern, String variable, Scope scope, @Nullable String username,
			JdbcClient jdbc) {
		return sample(pattern, variable, scope, jdbc);
	}

	/**
	 * Makes and commits the rows this module's samples name when the demo data has none (tokens, service accounts,
	 * outgoing mail, files), before the matrix runs. Must remove leftovers of an earlier run first.
	 */
	default void prepare(ApplicationContext context) {
	}

	/** Deletes what {@link #prepare} made, after the matrix ran: nothing of it may remain. */
	default void cleanUp(ApplicationContext context) {
	}

}
