/**
 * Workshops for policy makers: scope, invitations, registration, agenda, background pack, ballots, conclusions and action points.
 */
@NullMarked
@ApplicationModule(displayName = "Workshop", allowedDependencies = { "platform", "reference", "identity", "assessment", "mobility", "cooperation", "request", "planning", "mail", "workshopoutcome" })
package org.migracap.workshop;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
