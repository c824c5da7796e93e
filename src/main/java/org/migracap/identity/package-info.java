/**
 * Users, roles, the binding of focal points to one country, login, and the audit trail of every change.
 */
@NullMarked
@ApplicationModule(displayName = "Identity", allowedDependencies = { "platform", "reference", "mail" })
package org.migracap.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
