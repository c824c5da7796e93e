/**
 * Country profiles, dashboards and reports composed from the published APIs of the other modules.
 */
@NullMarked
@ApplicationModule(displayName = "Profile", allowedDependencies = { "platform", "reference", "identity", "assessment", "mobility", "cooperation", "request", "planning", "programme", "workshop", "library" })
package org.migracap.profile;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
