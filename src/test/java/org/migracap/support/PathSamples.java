package org.migracap.support;

import java.util.Optional;

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

}
