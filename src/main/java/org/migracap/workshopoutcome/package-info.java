/**
 * What a workshop decided that other modules act on (ADR workshop-06): past-tense events the workshop publishes and
 * request, planning and cooperation handle with their own listeners, so that none of them depends on the workshop.
 * Records only; each carries the {@link org.migracap.workshopoutcome.Actor} who acted, for the listener to repeat the
 * permission check without a signed-in user.
 */
@NullMarked
@ApplicationModule(displayName = "Workshop outcomes", allowedDependencies = { "platform", "reference" })
package org.migracap.workshopoutcome;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
