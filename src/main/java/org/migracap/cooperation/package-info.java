/**
 * Cooperation among States: stated goals per area, the shared-goal finder, partnerships and agreements.
 */
@NullMarked
@ApplicationModule(displayName = "Cooperation", allowedDependencies = { "platform", "platform::files", "reference", "identity", "assessment", "mobility", "workshopoutcome" })
package org.migracap.cooperation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
