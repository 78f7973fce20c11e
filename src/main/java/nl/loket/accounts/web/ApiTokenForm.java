package nl.loket.accounts.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import nl.loket.accounts.ApiScope;
import nl.loket.accounts.ApiTokens;
import org.jspecify.annotations.Nullable;

/**
 * The form for a new personal API token, as typed: the scopes by their names
 * ({@code tickets:read}) and the last day as {@code yyyy-MM-dd}.
 */
record ApiTokenForm(@Nullable String name, @Nullable List<String> scopes, @Nullable String expiresOn) {

    ApiTokenForm {
        name = name == null ? "" : name;
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        expiresOn = expiresOn == null ? "" : expiresOn.strip();
    }

    static ApiTokenForm empty(LocalDate expiresOn) {
        return new ApiTokenForm("", List.of(), expiresOn.toString());
    }

    public boolean has(ApiScope scope) {
        return scopes().contains(scope.value());
    }

    /**
     * @throws ApiTokens.InvalidTokenRequest when a scope is unknown or the date cannot be read
     */
    ApiTokens.NewToken toRequest() {
        var chosen = EnumSet.noneOf(ApiScope.class);
        for (var value : scopes()) {
            chosen.add(ApiScope.of(value)
                    .orElseThrow(() -> new ApiTokens.InvalidTokenRequest(
                            "scopes", "accounts.api-tokens.error.scope-not-allowed")));
        }
        return new ApiTokens.NewToken(name(), chosen, expiry());
    }

    private @Nullable LocalDate expiry() {
        var text = expiresOn();
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException unreadable) {
            throw new ApiTokens.InvalidTokenRequest("expiresOn", "accounts.api-tokens.error.expiry-invalid");
        }
    }
}
