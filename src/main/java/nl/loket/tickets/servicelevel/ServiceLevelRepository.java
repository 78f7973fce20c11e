package nl.loket.tickets.servicelevel;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceLevelRepository extends JpaRepository<ServiceLevel, Long> {

    List<ServiceLevel> findAllByOrderByNameAsc();

    Optional<ServiceLevel> findByNameIgnoreCase(String name);

    List<ServiceLevel> findByIsDefaultTrue();
}
