package nl.loket.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Every text exists in Dutch and in English, and every text a template asks for exists. */
class MessagesTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z0-9][a-zA-Z0-9.\\-]*)[}(]");

    private final Properties dutch = load("messages_nl.properties");
    private final Properties english = load("messages_en.properties");

    @Test
    void every_dutch_text_has_an_english_translation() {
        assertThat(english.stringPropertyNames()).containsAll(dutch.stringPropertyNames());
    }

    @Test
    void every_english_text_has_a_dutch_original() {
        assertThat(dutch.stringPropertyNames()).containsAll(english.stringPropertyNames());
    }

    @Test
    void no_text_is_left_empty() {
        Stream.of(dutch, english).forEach(texts -> texts.stringPropertyNames()
                .forEach(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank()));
    }

    @Test
    void every_text_a_template_uses_exists() throws IOException {
        var used = new TreeSet<String>();
        try (var templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (var template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                var matcher = TEMPLATE_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(dutch.stringPropertyNames()).containsAll(used);
    }

    @Test
    void every_error_status_has_a_title_and_an_explanation() {
        for (var status : HttpStatus.values()) {
            if (status.isError()) {
                assertThat(dutch).containsKeys(ErrorTexts.titleKey(status), ErrorTexts.textKey(status));
            }
        }
    }

    private static Properties load(String name) {
        var properties = new Properties();
        try (var in = MessagesTests.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
