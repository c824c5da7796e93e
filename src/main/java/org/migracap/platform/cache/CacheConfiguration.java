package org.migracap.platform.cache;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Spring's cache abstraction on Caffeine ({@code spring.cache.*} in application.properties), used through
 * {@link org.migracap.platform.DataStamps} with keys that carry a database stamp (ADR platform-02).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

}
