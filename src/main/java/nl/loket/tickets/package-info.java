/**
 * Support tickets: departments, messages, the agent desk, FAQ deflection, service levels,
 * callbacks and remote-support bookings. May use {@code shared}, the knowledge base's suggestions
 * and the accounts API; side effects elsewhere (mail) leave as events.
 */
@ApplicationModule(allowedDependencies = {"shared", "knowledge", "accounts"})
@NullMarked
package nl.loket.tickets;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
