/**
 * Outgoing e-mail: a transactional outbox written with the change that causes a message, a background worker that
 * sends it through SMTP with retries and back-off, and the administrators' page of outgoing mail.
 */
@NullMarked
@ApplicationModule(displayName = "Mail", allowedDependencies = { "platform" })
package org.migracap.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
