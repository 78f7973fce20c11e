package nl.loket.tickets.calendar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BusinessCalendarRepository extends JpaRepository<BusinessCalendar, Long> {

    List<BusinessCalendar> findAllByOrderByNameAsc();

    Optional<BusinessCalendar> findByNameIgnoreCase(String name);
}
