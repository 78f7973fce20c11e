/** Pages for signing in, registering, passwords, sessions, staff administration and the audit log. */
@NullMarked
package nl.loket.accounts.web;

import org.jspecify.annotations.NullMarked;
