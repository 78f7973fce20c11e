package nl.loket.tickets;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TicketRepository extends JpaRepository<Ticket, Long> {

    Optional<Ticket> findByNumber(String number);

    boolean existsByNumber(String number);

    Optional<Ticket> findByReplyToken(String replyToken);

    List<Ticket> findByCustomerIdOrderByUpdatedAtDescIdDesc(long customerId, Pageable page);

    /** Whether a ticket of this customer was merged into the ticket {@code mergedIntoId}. */
    boolean existsByMergedIntoIdAndCustomerId(long mergedIntoId, long customerId);

    /** The number of the ticket {@code ticket} was merged into, or null. */
    default @Nullable TicketNumber mergedInto(Ticket ticket) {
        var target = ticket.mergedIntoId();
        return target == null ? null : findById(target).map(Ticket::number).orElse(null);
    }

    /** Tickets merged into {@code from} lead to {@code to} from now on. */
    @Modifying
    @Query("update Ticket t set t.mergedIntoId = :to where t.mergedIntoId = :from")
    int redirectMerged(@Param("from") long from, @Param("to") long to);
}
