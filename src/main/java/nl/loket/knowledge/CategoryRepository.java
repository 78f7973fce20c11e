package nl.loket.knowledge;

import java.util.List;
import java.util.Optional;
import nl.loket.shared.Language;
import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryRepository extends JpaRepository<Category, Long> {

    List<Category> findByLanguageOrderByPositionAscNameAsc(Language language);

    Optional<Category> findByLanguageAndSlug(Language language, String slug);

    Optional<Category> findByLanguageAndNameIgnoreCase(Language language, String name);
}
