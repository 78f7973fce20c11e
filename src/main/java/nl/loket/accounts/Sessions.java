package nl.loket.accounts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of an account, as Spring Session keeps them in the database: listed for
 * their holder, and ended when the password changes, a reset is forced or the account is disabled.
 */
@Component
public class Sessions {

    /** Session attribute: when the holder signed in. */
    static final String SIGNED_IN_AT = "loket.signedInAt";
    /** Session attribute: a short description of the browser, taken from its User-Agent at sign-in. */
    static final String CLIENT = "loket.client";
    /** Session attribute: the client's address at sign-in. */
    static final String IP = "loket.ip";

    /** Absent when Loket runs without a web server (commands such as {@code import-faq}). */
    private final @Nullable FindByIndexNameSessionRepository<? extends Session> repository;

    Sessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
        this.repository = repository.getIfAvailable();
    }

    /** One signed-in session, as its holder sees it (the session id itself is never shown). */
    public record ActiveSession(
            Instant started, Instant lastActive, @Nullable String client, @Nullable String ip, boolean current) {}

    /** The sessions of the account with this (normalised) address, the current one first. */
    public List<ActiveSession> of(String principalName, @Nullable String currentSessionId) {
        if (repository == null) {
            return List.of();
        }
        return repository.findByPrincipalName(principalName).values().stream()
                .map(session -> new ActiveSession(
                        signedInAt(session),
                        session.getLastAccessedTime(),
                        session.getAttribute(CLIENT),
                        session.getAttribute(IP),
                        session.getId().equals(currentSessionId)))
                .sorted(Comparator.comparing(ActiveSession::current)
                        .reversed()
                        .thenComparing(ActiveSession::lastActive, Comparator.reverseOrder()))
                .toList();
    }

    /** Ends every session of the account except {@code keep}; returns how many ended. */
    public int endAllExcept(String principalName, @Nullable String keep) {
        if (repository == null) {
            return 0;
        }
        var ended = 0;
        for (var id : repository.findByPrincipalName(principalName).keySet()) {
            if (!id.equals(keep)) {
                repository.deleteById(id);
                ended++;
            }
        }
        return ended;
    }

    /** Ends every session of the account. */
    public int endAll(String principalName) {
        return endAllExcept(principalName, null);
    }

    private static Instant signedInAt(Session session) {
        Instant at = session.getAttribute(SIGNED_IN_AT);
        return at != null ? at : session.getCreationTime();
    }
}
