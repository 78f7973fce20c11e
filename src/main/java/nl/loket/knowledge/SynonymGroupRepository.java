package nl.loket.knowledge;

import java.util.List;
import nl.loket.shared.Language;
import org.springframework.data.jpa.repository.JpaRepository;

interface SynonymGroupRepository extends JpaRepository<SynonymGroup, Long> {

    List<SynonymGroup> findByLanguageOrderByIdAsc(Language language);
}
