/**
 * Migration corridors: bilateral migrant stocks and remittances, routes through transit countries, and the chain-of-movement (weakest-link) analysis.
 */
@NullMarked
@ApplicationModule(displayName = "Mobility", allowedDependencies = { "platform", "reference", "identity", "assessment" })
package org.migracap.mobility;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
