package org.migracap.planning.optimiser;

/**
 * Asked by a running solve whether to stop.
 */
@FunctionalInterface
public interface Cancellation {

	Cancellation NEVER = () -> false;

	boolean requested();

}
