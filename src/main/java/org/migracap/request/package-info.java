/**
 * Capacity-building assistance requests from States and their triage by IOM.
 */
@NullMarked
@ApplicationModule(displayName = "Request", allowedDependencies = { "platform", "platform::files", "reference", "identity", "assessment", "mobility", "workshopoutcome" })
package org.migracap.request;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
