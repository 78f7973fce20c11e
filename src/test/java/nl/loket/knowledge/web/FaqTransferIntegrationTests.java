package nl.loket.knowledge.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import nl.loket.knowledge.ArticleEditor;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@DatabaseTest
@LoketIntegrationTest
@WithMockUser(username = "editor@loket.test", roles = "KNOWLEDGE_EDITOR")
class FaqTransferIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleEditor editor;

    @Test
    void an_upload_shows_the_summary_and_a_second_upload_of_the_same_file_creates_nothing() throws Exception {
        var word = AdminTestData.uniqueWord();
        var file =
                """
                [
                  {"id": "%1$s-1", "category": "Import %1$s", "title": "Eerste %1$s", "body": "Tekst een"},
                  {"id": "%1$s-2", "title": "Tweede %1$s", "body": "Tekst twee", "popularity_label": "Populair"},
                  {"id": "%1$s-3", "title": "", "body": "Zonder titel"}
                ]
                """
                        .formatted(word);

        upload(file)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-created\">2<")))
                .andExpect(content().string(containsString("id=\"import-updated\">0<")))
                .andExpect(content().string(containsString("id=\"import-rejected\">1<")))
                .andExpect(content().string(containsString(word + "-3")))
                .andExpect(content().string(containsString("Geen titel.")));

        upload(file)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-created\">0<")))
                .andExpect(content().string(containsString("id=\"import-unchanged\">2<")));

        upload(file.replace("Tekst een", "Tekst een, verbeterd"))
                .andExpect(content().string(containsString("id=\"import-created\">0<")))
                .andExpect(content().string(containsString("id=\"import-updated\">1<")));

        mvc.perform(get("/admin/kb/export"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("faq-export.json")))
                .andExpect(jsonPath("$").isArray())
                .andExpect(jsonPath("$[*].id", hasItems(word + "-1", word + "-2")));
    }

    @Test
    void a_malformed_file_shows_a_message_and_imports_nothing() throws Exception {
        var word = AdminTestData.uniqueWord();
        var before = editor.allArticles().size();

        upload("[{\"id\": \"" + word + "\", \"title\": \"Half " + word + "\", \"body\": \"x\"},")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit bestand is geen JSON-lijst met FAQ-artikelen")));
        upload("{\"not\": \"a list\"}").andExpect(content().string(containsString("Er is niets geïmporteerd")));

        assertThat(editor.allArticles()).hasSize(before).noneMatch(article -> article.title()
                .contains(word));
    }

    @Test
    void an_upload_without_a_file_asks_for_one() throws Exception {
        mvc.perform(multipart("/admin/kb/import").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies eerst een bestand")));
    }

    private ResultActions upload(String json) throws Exception {
        var file = new MockMultipartFile(
                "file", "faq.json", MediaType.APPLICATION_JSON_VALUE, json.getBytes(StandardCharsets.UTF_8));
        return mvc.perform(multipart("/admin/kb/import").file(file).with(csrf()));
    }
}
