package nl.loket.knowledge.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.loket.knowledge.KnowledgeBase;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
@LoketIntegrationTest
class KbAdminAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    KnowledgeBase knowledgeBase;

    @Test
    void an_anonymous_visitor_is_sent_to_sign_in() throws Exception {
        mvc.perform(get("/admin/kb")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/kb/synonyms")).andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser(username = "agent@loket.test", roles = "SUPPORT_AGENT")
    void a_support_agent_is_refused() throws Exception {
        mvc.perform(get("/admin/kb")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/kb/export")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/kb/synonyms")
                        .with(csrf())
                        .param("language", "NL")
                        .param("terms", "a, b"))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "editor@loket.test", roles = "KNOWLEDGE_EDITOR")
    void a_knowledge_editor_reaches_the_knowledge_base_but_not_the_rest_of_the_administration() throws Exception {
        mvc.perform(get("/admin/kb"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kennisbank beheren")));
        mvc.perform(get("/admin")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "editor@loket.test", roles = "KNOWLEDGE_EDITOR")
    void a_knowledge_editor_finds_the_knowledge_base_administration_in_the_menu_of_every_page() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("<a href=\"/admin/kb\">Kennisbank beheren</a>")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<a href=\"/admin\">"))));
    }

    @Test
    @WithMockUser(username = "admin@loket.test", roles = "ADMINISTRATOR")
    void an_administrator_reaches_the_knowledge_base_from_the_administration() throws Exception {
        mvc.perform(get("/admin")).andExpect(content().string(containsString("href=\"/admin/kb\"")));
        mvc.perform(get("/admin/kb").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Manage the knowledge base")));
    }

    @Test
    @WithMockUser(username = "editor@loket.test", roles = "KNOWLEDGE_EDITOR")
    void a_post_without_security_token_is_refused() throws Exception {
        mvc.perform(post("/admin/kb/synonyms").param("language", "NL").param("terms", "a, b"))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "editor@loket.test", roles = "KNOWLEDGE_EDITOR")
    void the_content_gaps_page_lists_a_search_that_found_nothing() throws Exception {
        var nonsense = AdminTestData.uniqueWord() + " " + AdminTestData.uniqueWord();
        for (int i = 0; i < 3; i++) {
            knowledgeBase.search(nonsense, Language.NL, 10);
        }

        mvc.perform(get("/admin/kb/gaps"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(nonsense)));
    }

    @Test
    @WithMockUser(username = "editor@loket.test", roles = "KNOWLEDGE_EDITOR")
    void an_article_that_does_not_exist_answers_not_found() throws Exception {
        mvc.perform(get("/admin/kb/articles/{id}/edit", Long.MAX_VALUE)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/kb/articles/{id}/publish", Long.MAX_VALUE).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
