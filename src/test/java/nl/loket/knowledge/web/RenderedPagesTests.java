package nl.loket.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class RenderedPagesTests {

    private static final String HTML = "text/html;charset=UTF-8";

    @Test
    void a_kept_page_comes_back_byte_for_byte() {
        var pages = new RenderedPages(new RenderedPages.Settings(DataSize.ofKilobytes(64)));

        pages.put("a", "<h1>A</h1>".getBytes(), HTML);

        assertThat(pages.get("a")).isNotNull().satisfies(page -> {
            assertThat(page.body()).isEqualTo("<h1>A</h1>".getBytes());
            assertThat(page.contentType()).isEqualTo(HTML);
        });
        assertThat(pages.get("b")).isNull();
    }

    @Test
    void when_the_budget_is_full_the_least_recently_read_page_goes_first() {
        // Room for sixteen pages of 100 bytes (no page may take more than a sixteenth).
        var pages = new RenderedPages(new RenderedPages.Settings(DataSize.ofBytes(1_600)));
        for (int i = 0; i < 16; i++) {
            pages.put("page-" + i, new byte[100], HTML);
        }
        pages.get("page-0");

        pages.put("page-16", new byte[100], HTML);

        assertThat(pages.get("page-1")).isNull();
        assertThat(pages.get("page-0")).isNotNull();
        assertThat(pages.get("page-2")).isNotNull();
        assertThat(pages.get("page-16")).isNotNull();
    }

    @Test
    void a_page_larger_than_a_sixteenth_of_the_budget_is_not_kept() {
        var pages = new RenderedPages(new RenderedPages.Settings(DataSize.ofBytes(1_600)));

        pages.put("big", new byte[101], HTML);

        assertThat(pages.get("big")).isNull();
    }

    @Test
    void a_budget_of_zero_keeps_nothing() {
        var pages = new RenderedPages(new RenderedPages.Settings(DataSize.ofBytes(0)));

        pages.put("a", "<h1>A</h1>".getBytes(), HTML);

        assertThat(pages.get("a")).isNull();
    }
}
