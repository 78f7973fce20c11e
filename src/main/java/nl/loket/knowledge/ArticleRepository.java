package nl.loket.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.loket.shared.Language;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

    @EntityGraph(attributePaths = "category")
    Optional<Article> findByLanguageAndSlug(Language language, String slug);

    @EntityGraph(attributePaths = "category")
    Optional<Article> findByExternalId(String externalId);

    @EntityGraph(attributePaths = "category")
    List<Article> findByCategoryAndStatusOrderByTitleAsc(Category category, ArticleStatus status);

    @EntityGraph(attributePaths = "category")
    List<Article> findByLanguageAndStatus(Language language, ArticleStatus status);

    @EntityGraph(attributePaths = "category")
    List<Article> findByTranslationKeyAndIdNot(UUID translationKey, long id);

    @EntityGraph(attributePaths = "category")
    @Query("select a from Article a order by a.language, a.category.position, a.title")
    List<Article> findAllForExport();

    boolean existsByLanguageAndSlug(Language language, String slug);

    List<Article> findByCategory(Category category);
}
