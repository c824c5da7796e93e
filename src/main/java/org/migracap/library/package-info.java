/**
 * Policy and legal framework library: documents per country and area, full-text search, side-by-side comparison and peer approaches.
 */
@NullMarked
@ApplicationModule(displayName = "Library", allowedDependencies = { "platform", "platform::files", "reference", "identity", "assessment" })
package org.migracap.library;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
