/**
 * Reference data: countries and regions, income groups, IOM membership, focus areas, international instruments and ratifications, crosswalk code lists. Read-only API for every module.
 */
@NullMarked
@ApplicationModule(displayName = "Reference", allowedDependencies = { "platform" })
package org.migracap.reference;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
