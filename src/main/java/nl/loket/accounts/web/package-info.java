/** Sign-in pages. */
@NullMarked
package nl.loket.accounts.web;

import org.jspecify.annotations.NullMarked;
