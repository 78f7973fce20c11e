package nl.loket.knowledge.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import nl.loket.knowledge.ArticlePage;
import nl.loket.knowledge.ArticleStamp;
import nl.loket.knowledge.KnowledgeBase;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * An article page and its "was this helpful?" vote. Anonymous visitors get a page that shared
 * caches may keep but must revalidate (ETag and Last-Modified); signed-in visitors' pages are
 * never stored, because the layout shows who they are.
 */
@Controller
class ArticleController {

    /** Part of every ETag: change it when the article template changes what it shows. */
    static final String PAGE_FORMAT = "article-1";

    static final String THANKS = "thanks";

    private final KnowledgeBase knowledgeBase;
    private final RenderedPages renderedPages;
    private final ObjectProvider<ThymeleafViewResolver> views;

    /** The view resolver comes lazily: commands such as import-faq start Loket without a web server. */
    ArticleController(
            KnowledgeBase knowledgeBase, RenderedPages renderedPages, ObjectProvider<ThymeleafViewResolver> views) {
        this.knowledgeBase = knowledgeBase;
        this.renderedPages = renderedPages;
        this.views = views;
    }

    @GetMapping("/kb/{category}/{article}")
    @Nullable
    ModelAndView show(
            @PathVariable String category,
            @PathVariable String article,
            @RequestParam(name = "feedback", required = false) @Nullable String feedback,
            Locale locale,
            @Nullable Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            WebRequest webRequest)
            throws Exception {
        var language = Language.of(locale);
        var thanks = THANKS.equals(feedback);
        String cacheKey = null;
        if (principal == null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            // Validators first: a revalidation is answered without building the page.
            var stamp = stamp(category, article, language);
            if (stamp.isPresent()) {
                var etag = etag(stamp.get(), language, thanks);
                if (webRequest.checkNotModified(etag, stamp.get().updatedAt().toEpochMilli())) {
                    return null;
                }
                cacheKey = cacheKey(etag, request);
                var rendered = renderedPages.get(cacheKey);
                if (rendered != null) {
                    recordRead(stamp.get().id(), request);
                    send(rendered, locale, response);
                    return null;
                }
            }
        } else {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        }
        var found = find(category, article, language);
        if (found.isEmpty()) {
            return movedOrMissing(article, language);
        }
        var page = found.get();
        recordRead(page.id(), request);
        var view = views.getObject().resolveViewName("knowledge/article", locale);
        if (view == null) {
            throw new IllegalStateException("The article template is missing");
        }
        return new ModelAndView(cacheKey == null ? view : new CachingView(view, renderedPages, cacheKey))
                .addObject("page", page)
                .addObject(
                        "contentLanguage",
                        page.language() == language ? null : page.language().code())
                .addObject("thanks", thanks)
                .addObject("feedbackUrl", page.url() + "/feedback")
                .addObject("canonicalUrl", CategoryController.absolute(page.url()));
    }

    @PostMapping("/kb/{category}/{article}/feedback")
    String submitFeedback(
            @PathVariable String category,
            @PathVariable String article,
            @RequestParam(defaultValue = "") String helpful,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        var page = find(category, article, Language.of(locale))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!helpful.equals("true") && !helpful.equals("false")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        knowledgeBase.recordFeedback(page.id(), Boolean.parseBoolean(helpful));
        response.setHeader(HttpHeaders.VARY, "HX-Request");
        if ("true".equals(htmx)) {
            return "knowledge/article :: feedback-thanks";
        }
        return "redirect:" + page.url() + "?feedback=" + THANKS + "#feedback";
    }

    private void recordRead(long articleId, HttpServletRequest request) {
        knowledgeBase.recordRead(articleId, request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
    }

    /** A rendered page is shared by requests with the same ETag on the same address (its canonical link is absolute). */
    private static String cacheKey(String etag, HttpServletRequest request) {
        return etag + " " + request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
    }

    private static void send(RenderedPages.Page page, Locale locale, HttpServletResponse response) throws IOException {
        response.setLocale(locale);
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /** The article at this address, in the reader's language first; the same slug may exist in both. */
    private Optional<ArticlePage> find(String category, String article, Language language) {
        var other = language == Language.NL ? Language.EN : Language.NL;
        return knowledgeBase
                .article(category, article, language)
                .or(() -> knowledgeBase.article(category, article, other));
    }

    private Optional<ArticleStamp> stamp(String category, String article, Language language) {
        var other = language == Language.NL ? Language.EN : Language.NL;
        return knowledgeBase.stamp(category, article, language).or(() -> knowledgeBase.stamp(category, article, other));
    }

    /** An old link whose article moved to another category is redirected for good; anything else is 404. */
    private ModelAndView movedOrMissing(String article, Language language) {
        var url = knowledgeBase
                .currentUrl(article, language)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var redirect = new RedirectView(url, true);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }

    /** What the page shows depends on exactly these: content, label, interface language and thank-you note. */
    static String etag(ArticleStamp stamp, Language language, boolean thanks) {
        return String.join(
                "-",
                PAGE_FORMAT,
                Long.toString(stamp.id()),
                Long.toString(stamp.version()),
                Long.toString(stamp.generation(), 36),
                stamp.popularity().name().toLowerCase(Locale.ROOT),
                language.code(),
                thanks ? THANKS : "vote");
    }
}
