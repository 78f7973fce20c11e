package nl.loket.tickets;

import java.util.Arrays;

/** How urgent a ticket is; {@link #rank()} is what the database stores (1 is the most urgent). */
public enum TicketPriority {
    URGENT(1),
    HIGH(2),
    NORMAL(3),
    LOW(4);

    private final int rank;

    TicketPriority(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    static TicketPriority ofRank(int rank) {
        return Arrays.stream(values())
                .filter(priority -> priority.rank == rank)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No priority with rank " + rank));
    }
}
