/**
 * Priorities under limited resources: intervention catalogue, candidates, scenarios and the budget-allocation optimiser.
 */
@NullMarked
@ApplicationModule(displayName = "Planning", allowedDependencies = { "platform", "reference", "identity", "assessment", "mobility", "request", "workshopoutcome" })
package org.migracap.planning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
