package nl.loket.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimNames;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * Checks the bearer token of an API request against {@link ApiTokens}. The security configuration
 * picks this up by its Spring Security type, so {@code system} knows nothing of accounts. The
 * caller becomes the token's holder, with their current roles and the token's scopes that those
 * roles allow. Failed tokens count against the client's address; once its free attempts are used
 * up the address gets {@link LockedException} (429) until the lock runs out, valid token or not.
 */
@Component
class ApiTokenIntrospector implements OpaqueTokenIntrospector {

    private final ApiTokens tokens;
    private final Throttle throttle;
    private final Throttle.Policy perClient;

    ApiTokenIntrospector(ApiTokens tokens, Throttle throttle, ApiTokenSettings settings) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.perClient = settings.perClient();
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        var client = ClientAddress.current();
        var subject = client == null ? "unknown" : client;
        if (throttle.lockedFor(perClient, subject).isPresent()) {
            throw new LockedException("Too many failed API tokens from this address");
        }
        var authenticated = tokens.authenticate(token);
        if (authenticated.isEmpty()) {
            throttle.recordFailure(perClient, subject);
            throw new BadOpaqueTokenException("The token is unknown, revoked or expired, or its holder cannot use it");
        }
        return new Holder(authenticated.get());
    }

    /** The token's holder as Spring Security sees them: named by e-mail address, like a signed-in user. */
    private record Holder(ApiTokens.Authenticated token) implements OAuth2AuthenticatedPrincipal {

        @Override
        public String getName() {
            return token.email();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return Map.of(
                    "token_id",
                    token.tokenId(),
                    OAuth2TokenIntrospectionClaimNames.SCOPE,
                    token.scopes().stream().map(ApiScope::value).toList(),
                    OAuth2TokenIntrospectionClaimNames.IAT,
                    token.token().createdAt(),
                    OAuth2TokenIntrospectionClaimNames.EXP,
                    token.token().expiresAt());
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            List<GrantedAuthority> authorities = new ArrayList<>();
            token.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
            token.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority(scope.authority())));
            return authorities;
        }
    }
}
