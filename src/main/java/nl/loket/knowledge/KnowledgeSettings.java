package nl.loket.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoContent {@code auto} (load the demo FAQ on the first start of the embedded H2
 *     database), {@code always} (whenever the knowledge base is empty) or {@code never}
 */
@ConfigurationProperties("loket.knowledge")
record KnowledgeSettings(String demoContent) {

    KnowledgeSettings {
        demoContent = demoContent == null || demoContent.isBlank() ? "auto" : demoContent.strip();
    }
}
