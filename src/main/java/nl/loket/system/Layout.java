package nl.loket.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout shows, whichever module renders the page. */
@ControllerAdvice
class Layout {

    private final LoketSettings settings;

    Layout(LoketSettings settings) {
        this.settings = settings;
    }

    @ModelAttribute("companyName")
    String companyName() {
        return settings.companyName();
    }

    /**
     * The header's language links: this page's address with another {@code lang}, so that a search,
     * a filter or a private link's key survives the switch (a page shown after a post has only its
     * own address). Relative ({@code ?q=…&lang=en}), as the query string came in.
     */
    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        return Map.of(
                "nl", withLanguage(request.getQueryString(), "nl"), "en", withLanguage(request.getQueryString(), "en"));
    }

    static String withLanguage(@Nullable String query, String language) {
        var kept = query == null
                ? ""
                : Arrays.stream(query.split("&"))
                        .filter(part -> !part.isEmpty() && !part.equals("lang") && !part.startsWith("lang="))
                        .collect(Collectors.joining("&"));
        return "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + language;
    }
}
