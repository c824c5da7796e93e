package org.migracap.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo mode: labelled demo data is loaded and the demo accounts are listed on the sign-in page.
 */
@ConfigurationProperties(prefix = "migracap.demo")
public record DemoSettings(@DefaultValue("false") boolean enabled, @DefaultValue("migracap-demo") String password) {
}
