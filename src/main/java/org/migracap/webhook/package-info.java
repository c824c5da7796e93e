/**
 * Signed webhooks: administrators register URLs for events of the cycle; each event writes one delivery per
 * subscribed webhook to a database outbox in the transaction that raised it, and a background worker sends them,
 * signed with HMAC-SHA256, with retries and back-off (ADR webhook-01). Nothing depends on this module.
 */
@NullMarked
@ApplicationModule(displayName = "Webhooks",
		allowedDependencies = { "platform", "reference", "assessment", "request", "planning", "workshop", "programme" })
package org.migracap.webhook;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
