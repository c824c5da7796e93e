package org.migracap.identity.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the links of accounts people manage themselves stay valid.
 * @param invitationTtl an invitation's link to set a first password
 * @param resetTtl a "forgot password" link
 * @param verificationTtl a link that verifies an e-mail address
 * @param resetInterval the shortest time between two "forgot password" messages to one account
 */
@ConfigurationProperties(prefix = "migracap.identity")
public record AccountSettings(@DefaultValue("7d") Duration invitationTtl, @DefaultValue("1h") Duration resetTtl,
		@DefaultValue("3d") Duration verificationTtl, @DefaultValue("2m") Duration resetInterval) {
}
