/**
 * The public knowledge base: categories, articles, Dutch search, popularity and FAQ suggestions
 * for the ticket form. May use {@code shared} only; other modules reach it through its entry point.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package nl.loket.knowledge;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
