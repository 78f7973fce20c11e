package nl.loket.tickets;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TicketRepository extends JpaRepository<Ticket, Long> {

    Optional<Ticket> findByNumber(String number);

    boolean existsByNumber(String number);

    Optional<Ticket> findByReplyToken(String replyToken);

    List<Ticket> findByCustomerIdOrderByUpdatedAtDescIdDesc(long customerId, Pageable page);
}
