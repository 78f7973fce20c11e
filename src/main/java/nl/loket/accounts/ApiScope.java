package nl.loket.accounts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;

/**
 * What a personal API token may be used for. A scope only ever narrows: a token grants a scope only
 * while its holder has a role that allows it, so a token can never do more than its holder could
 * do signed in. The list grows with the API; {@link #value()} is what tokens, the OpenAPI
 * description and {@code WWW-Authenticate} headers call a scope, so it never changes once released.
 */
public enum ApiScope {
    /** The holder's own account data ({@code GET /api/v1/me}). */
    ACCOUNT_READ("account:read", EnumSet.allOf(Role.class)),
    /** Reading tickets: a customer their own, staff their queues. */
    TICKETS_READ("tickets:read", ticketRoles()),
    /** Opening, answering and changing tickets. */
    TICKETS_WRITE("tickets:write", ticketRoles()),
    /** Customers' personal data, with the privacy of the holder's roles ({@code GET /api/v1/customers/{id}}). */
    CUSTOMERS_READ("customers:read", Viewer.CUSTOMER_FACING_ROLES);

    /** Prefix of the authorities that carry a token's scopes, as in OAuth resource servers. */
    public static final String AUTHORITY_PREFIX = "SCOPE_";

    private final String value;
    private final Set<Role> allowedRoles;

    ApiScope(String value, Set<Role> allowedRoles) {
        this.value = value;
        this.allowedRoles = Set.copyOf(allowedRoles);
    }

    /** The scope as written in the API and on tokens: {@code tickets:read}. */
    public String value() {
        return value;
    }

    /** The authority a token with this scope carries: {@code SCOPE_tickets:read}. */
    public String authority() {
        return AUTHORITY_PREFIX + value;
    }

    /** Whether one of these roles allows the scope. */
    public boolean isAllowedFor(Set<Role> roles) {
        return roles.stream().anyMatch(allowedRoles::contains);
    }

    /** The scopes these roles allow, in the order of this enum. */
    public static Set<ApiScope> allowedFor(Set<Role> roles) {
        return Arrays.stream(values())
                .filter(scope -> scope.isAllowedFor(roles))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApiScope.class)));
    }

    /** The scope with this {@link #value()}, if there is one. */
    public static Optional<ApiScope> of(String value) {
        return Arrays.stream(values())
                .filter(scope -> scope.value.equals(value))
                .findFirst();
    }

    /**
     * Whether the caller may use this scope. A personal API token has exactly the scopes it carries
     * as authorities (already narrowed to its holder's current roles when the token was checked);
     * a signed-in session has every scope its roles allow.
     */
    public boolean isGrantedTo(@Nullable Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        var authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (isApiToken(authentication)) {
            return authorities.contains(authority());
        }
        return allowedRoles.stream().map(Role::authority).anyMatch(authorities::contains);
    }

    /** Whether the request was authenticated with a personal API token rather than a session. */
    public static boolean isApiToken(@Nullable Authentication authentication) {
        return authentication instanceof BearerTokenAuthentication;
    }

    private static Set<Role> ticketRoles() {
        var roles = EnumSet.copyOf(Viewer.CUSTOMER_FACING_ROLES);
        roles.add(Role.CUSTOMER);
        return roles;
    }
}
