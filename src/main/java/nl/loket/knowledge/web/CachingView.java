package nl.loket.knowledge.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.View;
import org.springframework.web.util.ContentCachingResponseWrapper;

/** Renders a page into memory, keeps a successful result in {@link RenderedPages}, then sends it. */
final class CachingView implements View {

    private final View page;
    private final RenderedPages pages;
    private final String key;

    CachingView(View page, RenderedPages pages, String key) {
        this.page = page;
        this.pages = pages;
        this.key = key;
    }

    @Override
    public @Nullable String getContentType() {
        return page.getContentType();
    }

    @Override
    public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        var buffered = new ContentCachingResponseWrapper(response);
        page.render(model, request, buffered);
        var contentType = buffered.getContentType();
        if (buffered.getStatus() == HttpStatus.OK.value() && contentType != null) {
            pages.put(key, buffered.getContentAsByteArray(), contentType);
        }
        buffered.copyBodyToResponse();
    }
}
