package nl.loket.knowledge.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.loket.knowledge.ArticleEditor;
import nl.loket.knowledge.Category;
import nl.loket.knowledge.KnowledgeBase;
import nl.loket.knowledge.SearchHit;
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
class ArticleAdministrationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleEditor editor;

    @Autowired
    KnowledgeBase knowledgeBase;

    @Test
    void an_editor_links_an_english_article_as_translation_and_readers_find_the_link() throws Exception {
        var word = AdminTestData.uniqueWord();
        var dutch = editor.createArticle(
                editor.findOrCreateCategory("Vertalingen", Language.NL).id(),
                new nl.loket.knowledge.ArticleContent("Over " + word, "Nederlandse tekst.", ""),
                "editor@loket.test");
        var english = editor.createArticle(
                editor.findOrCreateCategory("Translations", Language.EN).id(),
                new nl.loket.knowledge.ArticleContent("About " + word, "English text.", ""),
                "editor@loket.test");
        editor.publish(dutch.id(), "editor@loket.test");
        editor.publish(english.id(), "editor@loket.test");

        mvc.perform(get("/admin/kb/articles/{id}/edit", dutch.id()))
                .andExpect(content().string(containsString("About " + word + " (en)")));
        mvc.perform(post("/admin/kb/articles/{id}/translation", dutch.id())
                        .with(csrf())
                        .param("originalId", String.valueOf(english.id())))
                .andExpect(redirectedUrl("/admin/kb/articles/" + dutch.id() + "/edit"));
        mvc.perform(post("/admin/kb/articles/{id}/translation", dutch.id())
                        .with(csrf())
                        .param("originalId", String.valueOf(dutch.id())))
                .andExpect(redirectedUrl("/admin/kb/articles/" + dutch.id() + "/edit"));

        assertThat(editor.translationOf(dutch.id()))
                .hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(english.id()));
        var page = knowledgeBase
                .article(dutch.category().slug(), dutch.slug(), Language.NL)
                .orElseThrow();
        assertThat(page.translationUrl()).isEqualTo("/kb/" + english.category().slug() + "/" + english.slug());

        mvc.perform(post("/admin/kb/articles/{id}/translation", dutch.id()).with(csrf()));
        assertThat(editor.translationOf(dutch.id())).isEmpty();
    }

    @Test
    void an_editor_creates_a_category_and_a_draft_that_becomes_findable_once_published() throws Exception {
        var word = AdminTestData.uniqueWord();
        var category = createCategory("Categorie " + word);

        var id = createArticle(category, "Over " + word, "Dit artikel gaat over **" + word + "**.");
        assertThat(editor.article(id).orElseThrow().isPublished()).isFalse();
        assertThat(found(word)).isFalse();

        mvc.perform(post("/admin/kb/articles/{id}/publish", id).with(csrf()))
                .andExpect(redirectedUrl("/admin/kb/articles/" + id + "/edit"));
        assertThat(found(word)).isTrue();
        mvc.perform(get("/admin/kb").param("status", "PUBLISHED").param("lang", "nl"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Over " + word)));

        mvc.perform(post("/admin/kb/articles/{id}/unpublish", id).with(csrf()))
                .andExpect(redirectedUrl("/admin/kb/articles/" + id + "/edit"));
        assertThat(found(word)).isFalse();
        mvc.perform(get("/admin/kb").param("status", "DRAFT"))
                .andExpect(content().string(containsString("Over " + word)));
        mvc.perform(get("/admin/kb").param("status", "PUBLISHED"))
                .andExpect(content().string(not(containsString("Over " + word))));
    }

    @Test
    void the_preview_renders_markdown_as_a_full_page_and_as_an_htmx_fragment() throws Exception {
        var category = createCategory("Voorbeelden " + AdminTestData.uniqueWord());
        var preview = post("/admin/kb/articles/preview")
                .with(csrf())
                .param("categoryId", String.valueOf(category.id()))
                .param("title", "Voorbeeld")
                .param("body", "Een **vette** tekst");

        mvc.perform(preview)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>vette</strong>")))
                .andExpect(content().string(containsString("<textarea")))
                .andExpect(content().string(containsString("<html")));
        mvc.perform(preview.header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>vette</strong>")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("<textarea"))));
    }

    @Test
    void a_script_in_markdown_does_not_survive_the_preview() throws Exception {
        mvc.perform(post("/admin/kb/articles/preview")
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("title", "Gevaarlijk")
                        .param("body", "Hallo <script>alert('xss')</script> [klik](javascript:alert(1))"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hallo")))
                .andExpect(content().string(not(containsString("<script"))))
                .andExpect(content().string(not(containsString("javascript:"))));
    }

    @Test
    void restoring_revision_one_brings_the_first_text_back_as_a_new_revision_by_the_editor() throws Exception {
        var word = AdminTestData.uniqueWord();
        var category = createCategory("Geschiedenis " + word);
        var id = createArticle(category, "Eerste " + word, "Eerste tekst");

        edit(id, "Tweede " + word, "Tweede tekst").andExpect(status().is3xxRedirection());
        edit(id, "Derde " + word, "Derde tekst").andExpect(status().is3xxRedirection());
        assertThat(editor.article(id).orElseThrow().title()).isEqualTo("Derde " + word);

        mvc.perform(post("/admin/kb/articles/{id}/revisions/1/restore", id).with(csrf()))
                .andExpect(redirectedUrl("/admin/kb/articles/" + id + "/revisions"));

        var article = editor.article(id).orElseThrow();
        assertThat(article.title()).isEqualTo("Eerste " + word);
        assertThat(article.body()).isEqualTo("Eerste tekst");
        var latest = editor.revisions(id).getFirst();
        assertThat(latest.number()).isEqualTo(4);
        assertThat(latest.editor()).isEqualTo("editor@loket.test");
        mvc.perform(get("/admin/kb/articles/{id}/revisions", id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("editor@loket.test")))
                .andExpect(content().string(containsString("Terugzetten")));
        mvc.perform(get("/admin/kb/articles/{id}/revisions/2", id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tweede tekst")));
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused_with_a_message_instead_of_overwriting() throws Exception {
        var word = AdminTestData.uniqueWord();
        var category = createCategory("Conflict " + word);
        var id = createArticle(category, "Origineel " + word, "Tekst");
        var staleVersion = editor.article(id).orElseThrow().version();
        edit(id, "Nieuwer " + word, "Tekst van collega").andExpect(status().is3xxRedirection());

        mvc.perform(post("/admin/kb/articles/{id}/edit", id)
                        .with(csrf())
                        .param("id", String.valueOf(id))
                        .param("version", String.valueOf(staleVersion))
                        .param("categoryId", String.valueOf(category.id()))
                        .param("title", "Mijn versie " + word)
                        .param("body", "Mijn tekst"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Iemand anders heeft dit artikel gewijzigd")))
                .andExpect(content().string(containsString("Mijn tekst")));
        assertThat(editor.article(id).orElseThrow().title()).isEqualTo("Nieuwer " + word);
    }

    @Test
    void an_article_without_title_or_category_gets_messages_next_to_the_fields_in_the_editors_language()
            throws Exception {
        mvc.perform(post("/admin/kb/articles/new")
                        .with(csrf())
                        .param("title", " ")
                        .param("body", "Iets"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul een titel in.")))
                .andExpect(content().string(containsString("Kies een categorie.")));
        mvc.perform(post("/admin/kb/articles/new")
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("title", "")
                        .param("body", "Iets"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a title.")))
                .andExpect(content().string(containsString("Choose a category.")));
        mvc.perform(post("/admin/kb/articles/new")
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("categoryId", "abc")
                        .param("title", "Iets")
                        .param("body", "Iets"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This value is not valid.")));
    }

    @Test
    void a_category_with_letters_for_a_position_gets_a_message_not_an_error_page() throws Exception {
        mvc.perform(post("/admin/kb/categories/new")
                        .with(csrf())
                        .param("name", "Fout " + AdminTestData.uniqueWord())
                        .param("language", "NL")
                        .param("position", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deze waarde klopt niet.")));
    }

    private Category createCategory(String name) throws Exception {
        mvc.perform(post("/admin/kb/categories/new")
                        .with(csrf())
                        .param("name", name)
                        .param("language", "NL")
                        .param("position", "5")
                        .param("description", "Voor de test"))
                .andExpect(redirectedUrl("/admin/kb"));
        return editor.categories(Language.NL).stream()
                .filter(category -> category.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private long createArticle(Category category, String title, String body) throws Exception {
        var location = mvc.perform(post("/admin/kb/articles/new")
                        .with(csrf())
                        .param("categoryId", String.valueOf(category.id()))
                        .param("title", title)
                        .param("body", body)
                        .param("keywords", "test"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/admin/kb/articles/\\d+/edit");
        return Long.parseLong(location.split("/")[4]);
    }

    private org.springframework.test.web.servlet.ResultActions edit(long id, String title, String body)
            throws Exception {
        var article = editor.article(id).orElseThrow();
        return mvc.perform(post("/admin/kb/articles/{id}/edit", id)
                .with(csrf())
                .param("id", String.valueOf(id))
                .param("version", String.valueOf(article.version()))
                .param("categoryId", String.valueOf(article.category().id()))
                .param("title", title)
                .param("body", body)
                .param("keywords", article.keywords()));
    }

    private boolean found(String word) {
        return knowledgeBase.search(word, Language.NL, 10).hits().stream()
                .map(SearchHit::title)
                .anyMatch(title -> title.contains(word));
    }
}
