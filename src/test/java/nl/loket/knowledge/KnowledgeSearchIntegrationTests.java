package nl.loket.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Search as readers and the ticket form use it, through the entry point and the public API. */
@DatabaseTest
@LoketIntegrationTest
class KnowledgeSearchIntegrationTests {

    @Autowired
    KnowledgeBase knowledgeBase;

    @Autowired
    ArticleEditor editor;

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchIndex searchIndex;

    @Autowired
    SynonymEditor synonymEditor;

    @Test
    void a_typo_still_finds_the_article() {
        var article =
                publish(Language.NL, "Kluisbeheerder wachtwoord herstellen", "Zo herstel je de toegang tot de kluis.");

        assertThat(ids(knowledgeBase.search("kluisbeheerdr", Language.NL, 10))).contains(article);
    }

    @Test
    void a_synonym_from_the_editable_list_finds_an_article_that_uses_the_other_word() {
        var article = publish(
                Language.NL,
                "Status van een vrachtschip-account",
                "Het account is suspended door een betalingsachterstand.");

        assertThat(ids(knowledgeBase.search("vrachtschip geblokkeerd", Language.NL, 10)))
                .first()
                .isEqualTo(article);
        assertThat(ids(knowledgeBase.search("geblokkeerd", Language.NL, 50))).contains(article);
    }

    @Test
    void a_synonym_is_recognised_in_another_form_of_the_word() {
        var article = publish(Language.NL, "Tapirpakket annuleren", "Een tapirpakket annuleren kan altijd.");

        assertThat(ids(knowledgeBase.search("tapirpakket opgezegd", Language.NL, 10)))
                .first()
                .isEqualTo(article);
        assertThat(ids(knowledgeBase.search("opgezegd", Language.NL, 50))).contains(article);
    }

    @Test
    void a_word_in_the_title_weighs_more_than_the_same_word_in_a_body() {
        var inTitle = publish(Language.NL, "Pelikaanbeleid uitgelegd", "Alles over ons beleid.");
        var inBody =
                publish(Language.NL, "Over vogels op kantoor", "Soms noemen we het pelikaanbeleid, maar meestal niet.");

        assertThat(ids(knowledgeBase.search("pelikaanbeleid", Language.NL, 10))).containsSubsequence(inTitle, inBody);
    }

    @Test
    void a_renamed_category_shows_under_its_new_name_in_search_results() {
        var category = editor.createCategory("Oude naam " + UUID.randomUUID(), Language.NL, 1);
        var article = editor.createArticle(
                category.id(), new ArticleContent("Okapiregeling", "Over de okapiregeling.", ""), "test");
        editor.publish(article.id(), "test");

        editor.changeCategory(category.id(), "Nieuwe naam", null, 1);

        assertThat(knowledgeBase.search("okapiregeling", Language.NL, 1).hits())
                .first()
                .satisfies(hit -> assertThat(hit.category()).isEqualTo("Nieuwe naam"));
    }

    @Test
    void a_search_asked_again_finds_an_article_published_in_between() {
        assertThat(knowledgeBase.search("gnorkelmodus", Language.NL, 10).hits()).isEmpty();

        var article = publish(Language.NL, "Gnorkelmodus inschakelen", "Zo zet je de gnorkelmodus aan.");

        assertThat(ids(knowledgeBase.search("gnorkelmodus", Language.NL, 10))).contains(article);
    }

    @Test
    void a_search_asked_again_after_a_synonym_was_added_finds_the_article_with_the_other_word() {
        var article = publish(Language.NL, "Flarpo instellen", "Zo stel je flarpo in.");
        assertThat(ids(knowledgeBase.search("zwimbel", Language.NL, 10))).doesNotContain(article);

        var group = synonymEditor.add(Language.NL, "zwimbel, flarpo");
        try {
            assertThat(ids(knowledgeBase.search("zwimbel", Language.NL, 10))).contains(article);
        } finally {
            synonymEditor.delete(group.id());
        }
        assertThat(ids(knowledgeBase.search("zwimbel", Language.NL, 10))).doesNotContain(article);
    }

    @Test
    void drafts_are_never_found() {
        var category = editor.createCategory("Concepten " + UUID.randomUUID(), Language.NL, 1);
        var draft =
                editor.createArticle(category.id(), new ArticleContent("Flamingoregeling", "Nog niet af.", ""), "test");

        assertThat(ids(knowledgeBase.search("flamingoregeling", Language.NL, 10)))
                .doesNotContain(draft.id());
    }

    @Test
    void english_articles_are_searched_with_english_analysis_and_only_in_english() {
        var article = publish(Language.EN, "Cancelling your walrus subscription", "You can cancel any walrus plan.");

        assertThat(ids(knowledgeBase.search("walrus cancelled", Language.EN, 10)))
                .first()
                .isEqualTo(article);
        assertThat(ids(knowledgeBase.search("walrus", Language.NL, 10))).doesNotContain(article);
    }

    @Test
    void snippets_mark_the_matched_words_and_escape_the_rest() {
        publish(Language.NL, "Zeehondenpakket", "Het <b>zeehondenpakket</b> is ons kleinste pakket.");

        var hit = knowledgeBase.search("zeehondenpakket", Language.NL, 1).hits().getFirst();

        assertThat(hit.snippet())
                .contains("<mark>zeehondenpakket</mark>")
                .contains("&lt;b&gt;")
                .doesNotContain("<b>");
    }

    @Test
    void a_misspelled_search_that_finds_little_offers_a_correction() {
        publish(Language.NL, "Kangoeroeverhuizing", "Een kangoeroeverhuizing regel je via een ticket.");

        var results = knowledgeBase.search("kangoeroeverhuizng", Language.NL, 10);

        assertThat(results.didYouMean()).isEqualTo("kangoeroeverhuizing");
    }

    @Test
    void a_search_that_finds_nothing_is_listed_as_a_content_gap_without_who_asked() {
        var query = "quasimodo-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(knowledgeBase.search(query, Language.NL, 10).hits()).isEmpty();
        knowledgeBase.search(query, Language.NL, 10);

        assertThat(knowledgeBase.contentGaps(1000)).anySatisfy(gap -> {
            assertThat(gap.query()).isEqualTo(query);
            assertThat(gap.hits()).isEqualTo(2);
        });
    }

    @Test
    void a_long_emoji_search_that_finds_nothing_is_recorded_whole_characters_only() {
        var query = "🦙" + UUID.randomUUID().toString().substring(0, 6) + " " + "🦙".repeat(300);

        knowledgeBase.search(query, Language.NL, 10);

        assertThat(knowledgeBase.contentGaps(1000)).anySatisfy(gap -> assertThat(gap.query())
                .startsWith(query.substring(0, 8))
                .hasSizeBetween(QueryText.MAX_LENGTH - 1, QueryText.MAX_LENGTH)
                .endsWith("🦙"));
    }

    @Test
    void suggestions_give_at_most_five_articles_for_a_ticket_text() throws Exception {
        var marker = "octopusdomein";
        for (int i = 0; i < 7; i++) {
            publish(Language.NL, "Octopusdomein vraag " + i, "Over het octopusdomein, deel " + i + ".");
        }

        mvc.perform(get("/api/v1/kb/suggestions")
                        .param("text", "Hulp gevraagd\n" + marker + " " + marker)
                        .param("limit", "50"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results.length()").value(5))
                .andExpect(jsonPath("$.results[0].title", containsString("Octopusdomein")))
                .andExpect(jsonPath("$.results[0].url", containsString("/kb/")))
                .andExpect(jsonPath("$.results[0].score").isNumber());
    }

    @Test
    void the_search_api_is_public_and_answers_in_the_documented_shape() throws Exception {
        var id = publish(Language.NL, "Giraffehosting opzeggen", "Giraffehosting zeg je op via een ticket.");

        mvc.perform(get("/api/v1/kb/search")
                        .param("q", "giraffehosting beëindigen")
                        .param("lang", "nl"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].id").value(id))
                .andExpect(jsonPath("$.results[0].externalId").isEmpty())
                .andExpect(jsonPath("$.results[0].category").isString())
                .andExpect(jsonPath("$.results[0].snippet").isString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "\"",
                "(",
                "*",
                "AND",
                "~",
                "(a OR b) AND NOT c~2 \"open",
                "😀😀😀",
                "field:value^3",
                "\\"
            })
    void any_query_text_gives_an_answer_and_never_an_error(String query) throws Exception {
        mvc.perform(get("/api/v1/kb/search").param("q", query))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"));
        mvc.perform(get("/api/v1/kb/suggestions").param("text", query)).andExpect(status().isOk());
    }

    @Test
    void a_ten_kilobyte_query_and_an_unknown_language_are_handled() throws Exception {
        var huge = "factuur wachtwoord domein ".repeat(400);

        mvc.perform(get("/api/v1/kb/search")
                        .param("q", huge)
                        .param("lang", "xx")
                        .param("limit", "-3"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/kb/suggestions").param("text", huge).param("lang", "klingon"))
                .andExpect(status().isOk());
    }

    @Test
    void a_limit_that_is_not_a_number_is_a_400_problem() throws Exception {
        mvc.perform(get("/api/v1/kb/search").param("q", "factuur").param("limit", "veel"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void an_index_built_with_an_older_analysis_is_rebuilt_at_start_and_still_finds_everything(
            @org.springframework.beans.factory.annotation.Value(
                            "${spring.jpa.properties.hibernate.search.backend.directory.root}")
                    String indexRoot)
            throws Exception {
        var article = publish(Language.NL, "Narwalpakket herindexeren", "Het narwalpakket blijft vindbaar.");
        var versionFile = java.nio.file.Path.of(indexRoot, "analysis-version");
        java.nio.file.Files.writeString(versionFile, "an-older-analysis");

        searchIndex.run(new org.springframework.boot.DefaultApplicationArguments());

        assertThat(java.nio.file.Files.readString(versionFile)).isEqualTo(SearchAnalysis.VERSION);
        assertThat(ids(knowledgeBase.search("narwalpakket", Language.NL, 10))).contains(article);
    }

    private long publish(Language language, String title, String body) {
        var category =
                editor.findOrCreateCategory(language == Language.NL ? "Testonderwerpen" : "Test topics", language);
        var article = editor.createArticle(category.id(), new ArticleContent(title, body, ""), "test");
        editor.publish(article.id(), "test");
        return article.id();
    }

    private static java.util.List<Long> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).toList();
    }
}
