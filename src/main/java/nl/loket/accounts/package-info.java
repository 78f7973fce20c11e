/**
 * Customers and staff: accounts, roles, sign-in, and the first administrator. May use
 * {@code shared} only.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package nl.loket.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
