package nl.loket.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@DatabaseTest
@LoketIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FaqImportIntegrationTests {

    @Autowired
    FaqImport faqImport;

    @Autowired
    ArticleRepository articles;

    @Autowired
    KnowledgeBase knowledgeBase;

    @Autowired
    DemoContent demoContent;

    @Autowired
    Popularity popularity;

    @Test
    void importing_the_same_file_twice_updates_instead_of_duplicating() {
        var id = unique("imp");
        var file =
                """
                [{"id": "%s", "source": "x.txt", "site": "Test", "category": "Facturen %s",
                  "title": "Waar vind ik mijn nota?", "body": "In het klantenpaneel.",
                  "popularity_label": "Populair", "excerpt_only": true}]
                """
                        .formatted(id, id);

        var first = faqImport.importFrom(stream(file));
        var second = faqImport.importFrom(stream(file));
        var third = faqImport.importFrom(
                stream(file.replace("In het klantenpaneel.", "Onder Facturen in het klantenpaneel.")));

        assertThat(first.created()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(second.created()).isZero();
        assertThat(third.updated()).isEqualTo(1);
        var article = articles.findByExternalId(id).orElseThrow();
        assertThat(article.body()).startsWith("Onder Facturen");
        assertThat(article.isPublished()).isTrue();
        assertThat(article.category().name()).isEqualTo("Facturen " + id);
        assertThat(article.excerptOnly()).isTrue();
    }

    @Test
    void a_file_larger_than_one_batch_lands_whole_and_can_be_searched() {
        var prefix = unique("bulk");
        var entries = new java.util.ArrayList<FaqEntry>();
        for (int i = 0; i < 230; i++) {
            entries.add(new FaqEntry(
                    prefix + "-" + i,
                    null,
                    null,
                    "Bulk " + prefix,
                    "Bulkvraag " + i + " " + prefix,
                    "Antwoord " + i + ".",
                    null,
                    null,
                    null));
        }
        entries.add(new FaqEntry(prefix + "-" + 0, null, null, null, "Dubbel", "Tekst.", null, null, null));

        var summary = faqImport.importEntries(entries);

        assertThat(summary.created()).isEqualTo(230);
        assertThat(summary.rejected()).hasSize(1);
        assertThat(articles.findByExternalId(prefix + "-229")).isPresent();
        assertThat(knowledgeBase
                        .search("bulkvraag 229 " + prefix, Language.NL, 1)
                        .hits())
                .first()
                .satisfies(hit -> assertThat(hit.externalId()).isEqualTo(prefix + "-229"));
    }

    @Test
    void after_an_import_the_search_index_is_one_segment_and_still_finds_everything(
            @Autowired jakarta.persistence.EntityManagerFactory entityManagerFactory) throws Exception {
        var prefix = unique("compact");
        for (int round = 0; round < 3; round++) {
            faqImport.importEntries(java.util.List.of(new FaqEntry(
                    prefix + "-" + round,
                    null,
                    null,
                    "Compact " + prefix,
                    "Segmentvraag " + round + " " + prefix,
                    "Antwoord " + round + ".",
                    null,
                    null,
                    null)));
        }
        var summary = faqImport.importEntries(java.util.List.of());

        faqImport.compactSearchIndexAfter(summary);
        assertThat(segments(entityManagerFactory))
                .as("nothing imported: left as it was")
                .isGreaterThan(1);
        faqImport.compactSearchIndexAfter(faqImport.importEntries(java.util.List.of(new FaqEntry(
                prefix + "-3",
                null,
                null,
                "Compact " + prefix,
                "Segmentvraag 3 " + prefix,
                "Antwoord.",
                null,
                null,
                null))));

        assertThat(segments(entityManagerFactory)).isEqualTo(1);
        for (int round = 0; round < 4; round++) {
            assertThat(knowledgeBase
                            .search("segmentvraag " + round + " " + prefix, Language.NL, 1)
                            .hits())
                    .first()
                    .satisfies(hit -> assertThat(hit.title()).startsWith("Segmentvraag"));
        }
    }

    private static int segments(jakarta.persistence.EntityManagerFactory entityManagerFactory) throws Exception {
        try (var entityManager = entityManagerFactory.createEntityManager();
                var reader = org.hibernate.search.mapper.orm.Search.session(entityManager)
                        .scope(Article.class)
                        .extension(org.hibernate.search.backend.lucene.LuceneExtension.get())
                        .openIndexReader()) {
            return reader.leaves().size();
        }
    }

    @Test
    void an_entry_without_a_category_goes_to_the_general_category() {
        var id = unique("gen");
        faqImport.importFrom(stream(
                "[{\"id\": \"%s\", \"category\": null, \"title\": \"Algemene vraag %s\", \"body\": \"Antwoord.\"}]"
                        .formatted(id, id)));

        assertThat(articles.findByExternalId(id).orElseThrow().category().name())
                .isEqualTo("Algemeen");
    }

    @Test
    void the_imported_popularity_label_is_the_label_readers_see() {
        var id = unique("pop");
        faqImport.importFrom(stream(
                "[{\"id\": \"%s\", \"title\": \"Veelgelezen %s\", \"body\": \"Tekst.\", \"popularity_label\": \"Populair\"}]"
                        .formatted(id, id)));

        popularity.forgetLabels();
        assertThat(popularity.labelOf(
                        articles.findByExternalId(id).orElseThrow().id()))
                .isEqualTo(PopularityLabel.POPULAR);
    }

    @Test
    void entries_without_id_title_or_body_are_rejected_with_the_reason_and_the_rest_is_imported() {
        var id = unique("ok");
        var summary = faqImport.importFrom(stream(
                """
                [{"id": "%s", "title": "Goed artikel", "body": "Tekst."},
                 {"id": "", "title": "Zonder id", "body": "Tekst."},
                 {"id": "%s-2", "title": "", "body": "Tekst."},
                 {"id": "%s-3", "title": "Zonder tekst"},
                 {"id": "%s", "title": "Dubbel", "body": "Tekst."}]
                """
                        .formatted(id, id, id, id)));

        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.rejected())
                .extracting(FaqImport.Rejection::position, FaqImport.Rejection::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "no id"),
                        org.assertj.core.groups.Tuple.tuple(3, "no title"),
                        org.assertj.core.groups.Tuple.tuple(4, "no body"),
                        org.assertj.core.groups.Tuple.tuple(5, "id appears twice in the file"));
    }

    @Test
    void a_malformed_file_is_refused_whole() {
        var before = articles.count();

        assertThatThrownBy(() ->
                        faqImport.importFrom(stream("[{\"id\": \"a\", \"title\": \"T\", \"body\": \"B\"}, {oops")))
                .isInstanceOf(FaqImport.MalformedFile.class);
        assertThatThrownBy(() -> faqImport.importFrom(stream("{\"not\": \"an array\"}")))
                .isInstanceOf(FaqImport.MalformedFile.class);
        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void the_export_has_exactly_the_fields_of_the_exchange_format_and_imports_back_unchanged() {
        var id = unique("exp");
        faqImport.importFrom(stream(
                "[{\"id\": \"%s\", \"source\": \"s.txt\", \"site\": \"Site\", \"category\": \"Export %s\", \"title\": \"Export %s\", \"body\": \"Tekst.\", \"popularity_label\": \"Enkele lezers\", \"excerpt_only\": false}]"
                        .formatted(id, id, id)));

        var exported = faqImport.export().stream()
                .filter(e -> id.equals(e.id()))
                .findFirst()
                .orElseThrow();
        var json = new String(faqImport.exportJson(), StandardCharsets.UTF_8);

        assertThat(exported.category()).isEqualTo("Export " + id);
        assertThat(exported.source()).isEqualTo("s.txt");
        assertThat(exported.site()).isEqualTo("Site");
        assertThat(json).contains("\"popularity_label\"", "\"excerpt_only\"");
        assertThat(exported.language())
                .as("Dutch is the format's default and is not written")
                .isNull();
        var again = faqImport.importFrom(new ByteArrayInputStream(faqImport.exportJson()));
        assertThat(again.created()).isZero();
        assertThat(again.rejected()).isEmpty();
    }

    @Test
    void an_article_written_in_loket_survives_an_export_and_import_round_trip_without_a_copy(
            @Autowired ArticleEditor editor) {
        var category = editor.findOrCreateCategory("Rondreis", Language.NL);
        var article = editor.createArticle(
                category.id(), new ArticleContent("Rondreis " + unique("r"), "Tekst.", ""), "test");
        editor.publish(article.id(), "test");
        var before = articles.count();

        var summary = faqImport.importFrom(new ByteArrayInputStream(faqImport.exportJson()));

        assertThat(summary.created()).isZero();
        assertThat(articles.count()).isEqualTo(before);
        assertThat(articles.findById(article.id()).orElseThrow().externalId()).isEqualTo("loket-" + article.id());
    }

    @Test
    void the_import_command_prints_a_summary_and_exits_zero(@TempDir Path dir, CapturedOutput output) throws Exception {
        var file = dir.resolve("faq.json");
        var id = unique("cmd");
        Files.writeString(
                file, "[{\"id\": \"%s\", \"title\": \"Commando %s\", \"body\": \"Tekst.\"}]".formatted(id, id));
        var command = new ImportFaqCommand(faqImport);

        command.run(new DefaultApplicationArguments("import-faq", file.toString()));

        assertThat(command.getExitCode()).isZero();
        assertThat(output.getOut()).contains("Imported faq.json: 1 created, 0 updated, 0 unchanged, 0 rejected.");
    }

    @Test
    void the_import_command_exits_non_zero_with_a_clear_message_on_a_malformed_or_missing_file(
            @TempDir Path dir, CapturedOutput output) throws Exception {
        var file = dir.resolve("broken.json");
        Files.writeString(file, "[{\"id\": \"x\", ");
        var broken = new ImportFaqCommand(faqImport);
        var missing = new ImportFaqCommand(faqImport);

        broken.run(new DefaultApplicationArguments("import-faq", file.toString()));
        missing.run(new DefaultApplicationArguments(
                "import-faq", dir.resolve("nope.json").toString()));

        assertThat(broken.getExitCode()).isEqualTo(1);
        assertThat(missing.getExitCode()).isEqualTo(1);
        assertThat(output.getErr())
                .contains("broken.json was not imported. The file is not a JSON array of FAQ articles")
                .contains("Cannot read");
    }

    @Test
    void the_demo_faq_is_our_own_thirty_articles_in_five_categories() {
        var summary = demoContent.load();

        assertThat(summary.total()).isEqualTo(30);
        assertThat(summary.rejected()).isEmpty();
        assertThat(knowledgeBase.categories(Language.NL))
                .extracting(CategorySummary::name)
                .contains("Account en inloggen", "Facturen en betalen", "Webhosting", "E-mail", "Domeinnamen");
    }

    @Test
    void the_seed_corpus_imports_completely() throws Exception {
        SharedSeeds.assumePresent(SharedSeeds.CORPUS);
        try (var in = Files.newInputStream(SharedSeeds.CORPUS)) {
            var summary = faqImport.importFrom(in);
            assertThat(summary.total()).isEqualTo(36);
            assertThat(summary.rejected()).isEmpty();
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
