package org.migracap.mobility.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the mobility module.
 * @param cacheTtl how long corridor figures and chain results are kept in memory before they are computed again (an
 * import, a route change or an assessment published on this instance clears them at once)
 */
@ConfigurationProperties(prefix = "migracap.mobility")
public record MobilitySettings(@DefaultValue("5m") Duration cacheTtl) {
}
