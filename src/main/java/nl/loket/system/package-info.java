/**
 * App-wide plumbing: the security filter chain, language selection, the base layout, error pages
 * (HTML and RFC 9457 problem+json). May use {@code shared} only; it knows no
 * feature module.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package nl.loket.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
