/**
 * Web platform: layout, navigation, error pages, i18n, security configuration and the small shared vocabulary (roles, access rules, imports, demo data) every module uses.
 */
@NullMarked
@ApplicationModule(displayName = "Platform", allowedDependencies = {})
package org.migracap.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
