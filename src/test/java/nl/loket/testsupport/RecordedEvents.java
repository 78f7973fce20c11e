package nl.loket.testsupport;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.springframework.context.event.EventListener;

/**
 * Keeps the events the accounts module publishes (the ones mails are made from, and security
 * events), from whichever thread published them: tests that talk real HTTP read the link a mail
 * would carry from here.
 */
public class RecordedEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(Object event) {
        if (event.getClass().getPackageName().equals("nl.loket.accounts")) {
            events.add(event);
        }
    }

    /** The newest recorded event of this type that matches. */
    public <T> Optional<T> latest(Class<T> type, Predicate<T> matching) {
        for (int i = events.size() - 1; i >= 0; i--) {
            var event = events.get(i);
            if (type.isInstance(event) && matching.test(type.cast(event))) {
                return Optional.of(type.cast(event));
            }
        }
        return Optional.empty();
    }

    /** All recorded events of this type that match, oldest first. */
    public <T> List<T> all(Class<T> type, Predicate<T> matching) {
        return events.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(matching)
                .toList();
    }
}
