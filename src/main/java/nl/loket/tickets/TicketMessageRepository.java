package nl.loket.tickets;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TicketMessageRepository extends JpaRepository<TicketMessage, Long> {

    List<TicketMessage> findByTicketIdOrderByCreatedAtAscIdAsc(long ticketId);

    Optional<TicketMessage> findByInboundMessageId(String inboundMessageId);

    Optional<TicketMessage> findFirstByTicketIdOrderByCreatedAtAscIdAsc(long ticketId);

    List<TicketMessage> findByTicketIdInOrderByCreatedAtAscIdAsc(List<Long> ticketIds);

    /** All messages of one ticket move to another (a merge); their times stay as they were. */
    @Modifying(clearAutomatically = false)
    @Query("update TicketMessage m set m.ticketId = :to where m.ticketId = :from")
    int moveAll(@Param("from") long from, @Param("to") long to);
}
