/** The public knowledge-base pages and its public API. */
@NullMarked
package nl.loket.knowledge.web;

import org.jspecify.annotations.NullMarked;
