/** The administration start page. */
@NullMarked
package nl.loket.system.web;

import org.jspecify.annotations.NullMarked;
