package nl.loket.accounts;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client of the current web request, for the audit log and the per-address
 * throttle. Behind a reverse proxy set {@code server.forward-headers-strategy=native} so that this
 * is the visitor's address, not the proxy's.
 */
final class ClientAddress {

    private ClientAddress() {}

    static @Nullable String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
