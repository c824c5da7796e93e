/**
 * Programmes and projects: log frames, budgets, results, recurrent-cost sustainability, impact evaluation and IATI export.
 */
@NullMarked
@ApplicationModule(displayName = "Programme", allowedDependencies = { "platform", "platform::files", "reference", "identity", "assessment", "request", "planning" })
package org.migracap.programme;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
