package nl.loket.knowledge.web;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import nl.loket.knowledge.KnowledgeBase;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/** {@code /sitemap.xml}: the public pages search engines should know, in both languages. */
@Controller
class SitemapController {

    private static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);

    private final KnowledgeBase knowledgeBase;

    SitemapController(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        var pages = new LinkedHashSet<String>();
        pages.add("/");
        pages.add("/kb");
        for (var language : Language.values()) {
            knowledgeBase.categories(language).forEach(category -> pages.add(category.url()));
        }
        pages.forEach(path -> url(xml, path, null));
        for (var article : knowledgeBase.published()) {
            url(
                    xml,
                    article.url(),
                    article.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(XML).body(xml.toString());
    }

    private static void url(StringBuilder xml, String path, @Nullable String lastModified) {
        xml.append("  <url><loc>")
                .append(HtmlUtils.htmlEscape(CategoryController.absolute(path)))
                .append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}
