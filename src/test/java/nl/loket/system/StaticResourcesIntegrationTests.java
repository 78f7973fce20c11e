package nl.loket.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.regex.Pattern;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The style sheet and scripts a page links are served at exactly the addresses it writes. */
@LoketIntegrationTest
class StaticResourcesIntegrationTests {

    private static final Pattern LINKED = Pattern.compile("(?:src|href)=\"(/(?:css|js|webjars)/[^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void every_style_sheet_and_script_the_home_page_links_is_served() {
        var session = new WebSession(port);
        var page = session.get("/").body();
        var links = new ArrayList<String>();
        var matcher = LINKED.matcher(page);
        while (matcher.find()) {
            links.add(matcher.group(1));
        }

        assertThat(links).anyMatch(link -> link.endsWith(".css")).anyMatch(link -> link.contains("htmx"));
        for (var link : links) {
            var response = session.get(link);
            assertThat(response.statusCode()).as(link).isEqualTo(200);
            assertThat(response.body()).as(link).isNotBlank();
        }
    }
}
