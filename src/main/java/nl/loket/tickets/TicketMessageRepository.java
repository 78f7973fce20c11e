package nl.loket.tickets;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TicketMessageRepository extends JpaRepository<TicketMessage, Long> {

    List<TicketMessage> findByTicketIdOrderByCreatedAtAscIdAsc(long ticketId);

    Optional<TicketMessage> findByInboundMessageId(String inboundMessageId);

    Optional<TicketMessage> findFirstByTicketIdOrderByCreatedAtAscIdAsc(long ticketId);
}
