package nl.loket.tickets.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Pauses in time order, overlapping and touching ones joined, an ongoing one last. */
public final class Pauses {

    public static final Pauses NONE = new Pauses(List.of());

    private final List<Pause> pauses;

    private Pauses(List<Pause> pauses) {
        this.pauses = pauses;
    }

    public static Pauses of(Pause... pauses) {
        return of(List.of(pauses));
    }

    public static Pauses of(Collection<Pause> pauses) {
        var sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Pause::from));
        var joined = new ArrayList<Pause>();
        for (var pause : sorted) {
            if (!joined.isEmpty()) {
                var last = joined.getLast();
                if (last.until() == null) {
                    break;
                }
                if (!pause.from().isAfter(last.until())) {
                    joined.set(joined.size() - 1, new Pause(last.from(), later(last.until(), pause.until())));
                    continue;
                }
            }
            joined.add(pause);
        }
        return new Pauses(List.copyOf(joined));
    }

    public List<Pause> list() {
        return pauses;
    }

    public boolean isEmpty() {
        return pauses.isEmpty();
    }

    /** The later end; an ongoing pause (null) ends after everything. */
    private static @Nullable Instant later(Instant a, @Nullable Instant b) {
        return b == null || b.isAfter(a) ? b : a;
    }

    @Override
    public String toString() {
        return pauses.toString();
    }
}
