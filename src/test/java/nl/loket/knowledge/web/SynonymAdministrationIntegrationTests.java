package nl.loket.knowledge.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.loket.knowledge.ArticleContent;
import nl.loket.knowledge.ArticleEditor;
import nl.loket.knowledge.KnowledgeBase;
import nl.loket.knowledge.SearchHit;
import nl.loket.knowledge.SynonymEditor;
import nl.loket.knowledge.SynonymGroup;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
@LoketIntegrationTest
@WithMockUser(username = "editor@loket.test", roles = "KNOWLEDGE_EDITOR")
class SynonymAdministrationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleEditor editor;

    @Autowired
    SynonymEditor synonyms;

    @Autowired
    KnowledgeBase knowledgeBase;

    @Test
    void a_group_added_makes_a_search_for_one_term_find_an_article_that_only_contains_the_other() throws Exception {
        var asked = AdminTestData.uniqueWord();
        var written = AdminTestData.uniqueWord();
        var category = editor.createCategory("Synoniemen " + written, Language.NL, 50);
        var article = editor.createArticle(
                category.id(), new ArticleContent("Uitleg " + written, "Alles over " + written + ".", ""), "test");
        editor.publish(article.id(), "test");
        assertThat(finds(asked, written)).isFalse();

        mvc.perform(post("/admin/kb/synonyms")
                        .with(csrf())
                        .param("language", "NL")
                        .param("terms", asked + ", " + written))
                .andExpect(redirectedUrl("/admin/kb/synonyms"));

        assertThat(finds(asked, written)).isTrue();
        mvc.perform(get("/admin/kb/synonyms")).andExpect(content().string(containsString(asked + ", " + written)));

        var group = groupWith(asked);
        mvc.perform(post("/admin/kb/synonyms/{id}/delete", group.id()).with(csrf()))
                .andExpect(redirectedUrl("/admin/kb/synonyms"));
        assertThat(finds(asked, written)).isFalse();
    }

    @Test
    void a_group_with_one_term_is_refused_with_a_message() throws Exception {
        var only = AdminTestData.uniqueWord();
        mvc.perform(post("/admin/kb/synonyms")
                        .with(csrf())
                        .param("language", "NL")
                        .param("terms", only + ", " + only))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Een groep heeft minstens twee verschillende woorden nodig")));
        mvc.perform(post("/admin/kb/synonyms")
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("language", "NL")
                        .param("terms", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A group needs at least two different words")));
        assertThat(synonyms.groups(Language.NL))
                .noneMatch(group -> group.terms().contains(only));
    }

    @Test
    void a_group_can_be_changed_and_a_change_to_one_term_is_refused() throws Exception {
        var first = AdminTestData.uniqueWord();
        var second = AdminTestData.uniqueWord();
        var third = AdminTestData.uniqueWord();
        var group = synonyms.add(Language.EN, first + ", " + second);

        mvc.perform(get("/admin/kb/synonyms/{id}/edit", group.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(first + ", " + second)));
        mvc.perform(post("/admin/kb/synonyms/{id}/edit", group.id())
                        .with(csrf())
                        .param("language", "EN")
                        .param("terms", first + ", " + third))
                .andExpect(redirectedUrl("/admin/kb/synonyms"));
        assertThat(synonyms.group(group.id()).orElseThrow().terms()).isEqualTo(first + ", " + third);

        mvc.perform(post("/admin/kb/synonyms/{id}/edit", group.id())
                        .with(csrf())
                        .param("language", "EN")
                        .param("terms", first))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Een groep heeft minstens twee verschillende woorden nodig")));
        assertThat(synonyms.group(group.id()).orElseThrow().terms()).isEqualTo(first + ", " + third);
    }

    private boolean finds(String query, String titleWord) {
        return knowledgeBase.search(query, Language.NL, 10).hits().stream()
                .map(SearchHit::title)
                .anyMatch(title -> title.contains(titleWord));
    }

    private SynonymGroup groupWith(String term) {
        return synonyms.groups(Language.NL).stream()
                .filter(group -> group.termList().contains(term))
                .findFirst()
                .orElseThrow();
    }
}
