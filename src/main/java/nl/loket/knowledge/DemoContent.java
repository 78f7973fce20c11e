package nl.loket.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Gives a newcomer a living help center: on the first start of the embedded default (an empty
 * knowledge base on H2), loads our own demo FAQ of a fictional hosting provider. Never on
 * PostgreSQL unless asked for, and never while a command such as {@code import-faq} runs.
 */
@Component
@Order(10)
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    static final String RESOURCE = "knowledge/demo-faq.json";

    private final FaqImport faqImport;
    private final ArticleRepository articles;
    private final KnowledgeSettings settings;
    private final DataSource dataSource;
    private final Environment environment;

    DemoContent(
            FaqImport faqImport,
            ArticleRepository articles,
            KnowledgeSettings settings,
            DataSource dataSource,
            Environment environment) {
        this.faqImport = faqImport;
        this.articles = articles;
        this.settings = settings;
        this.dataSource = dataSource;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (wanted() && articles.count() == 0) {
            var summary = load();
            log.info(
                    "Loaded the demo FAQ: {} articles. Set LOKET_KNOWLEDGE_DEMO_CONTENT=never to start empty.",
                    summary.created());
        }
    }

    FaqImport.Summary load() {
        try (var in = new ClassPathResource(RESOURCE).getInputStream()) {
            return faqImport.importFrom(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean wanted() {
        if (!environment.getProperty("loket.command", "").isEmpty()) {
            return false;
        }
        return switch (settings.demoContent()) {
            case "always" -> true;
            case "never" -> false;
            default -> isEmbeddedH2();
        };
    }

    private boolean isEmbeddedH2() {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL().startsWith("jdbc:h2:");
        } catch (java.sql.SQLException e) {
            return false;
        }
    }
}
