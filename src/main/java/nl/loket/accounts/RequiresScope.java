package nl.loket.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opens an API handler (a method, or every method of a controller) to personal API tokens that
 * carry the scope; a signed-in session needs a role that allows it (see {@link ApiScope}). A caller
 * without it gets 403 problem+json. A handler without this annotation is closed to API tokens
 * altogether, so that no new endpoint is reachable with a token by accident; sessions are not
 * affected by its absence.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiresScope {

    /** The scope the handler needs. */
    ApiScope value();
}
