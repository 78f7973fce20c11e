/**
 * Mail: templates in Dutch and English, the outbox and its SMTP sender, and inbound mail over
 * IMAP. Listens to other modules' events; no module calls it directly. May use {@code shared} and
 * the published events of {@code accounts} and {@code tickets}.
 */
@ApplicationModule(allowedDependencies = {"shared", "accounts", "tickets"})
@NullMarked
package nl.loket.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
