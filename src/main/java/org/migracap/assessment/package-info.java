/**
 * Capacity assessment: versioned frameworks, assessment cycles per country, responses with evidence, scores, targets and gaps, validation workflow and imports.
 */
@NullMarked
@ApplicationModule(displayName = "Assessment", allowedDependencies = { "platform", "platform::files", "reference", "identity" })
package org.migracap.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
