package nl.loket.tickets;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a queue.
 *
 * @param next the cursor for the following page, or {@code null} when this is the last one
 */
public record QueuePage(List<QueueRow> rows, @Nullable String next) {

    public QueuePage {
        rows = List.copyOf(rows);
    }
}
