package nl.loket.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.loket.shared.Language;
import org.junit.jupiter.api.Test;

class RecentSearchesTests {

    private static final RecentSearches.Key KEY =
            new RecentSearches.Key("search", Language.NL, 10, List.of("wachtwoord", "vergeten"));

    private final AtomicInteger searches = new AtomicInteger();

    private RecentSearches.Answer search() {
        searches.incrementAndGet();
        return new RecentSearches.Answer(List.of(), "wachtwoord");
    }

    @Test
    void the_same_question_asked_again_is_answered_without_searching_again() {
        var recent = new RecentSearches(new KnowledgeSettings("never", 100));

        recent.answer(KEY, this::search);
        var again = recent.answer(KEY, this::search);

        assertThat(searches).hasValue(1);
        assertThat(again.didYouMean()).isEqualTo("wachtwoord");
    }

    @Test
    void after_a_change_the_question_is_searched_again() {
        var recent = new RecentSearches(new KnowledgeSettings("never", 100));
        recent.answer(KEY, this::search);

        recent.clear();
        recent.answer(KEY, this::search);

        assertThat(searches).hasValue(2);
    }

    @Test
    void an_answer_found_while_the_content_changed_is_not_kept() {
        var recent = new RecentSearches(new KnowledgeSettings("never", 100));

        recent.answer(KEY, () -> {
            recent.clear();
            return search();
        });
        recent.answer(KEY, this::search);

        assertThat(searches).hasValue(2);
    }

    @Test
    void with_a_size_of_zero_every_question_is_searched() {
        var recent = new RecentSearches(new KnowledgeSettings("never", 0));

        recent.answer(KEY, this::search);
        recent.answer(KEY, this::search);

        assertThat(searches).hasValue(2);
    }
}
