package nl.loket.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.loket.accounts.ApiScope;
import nl.loket.accounts.RequiresScope;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Enforces {@link RequiresScope} on API handlers: a caller without the scope gets 403 problem+json
 * that names the missing scope; a personal API token on a handler that declares no scope gets 403
 * too. Sessions on handlers without the annotation pass unchanged.
 */
@Component
class ApiScopeCheck implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var required = requiredScope(method);
        if (required == null) {
            if (ApiScope.isApiToken(authentication)) {
                throw new ScopeMissing(null, true);
            }
            return true;
        }
        if (authentication != null && !required.isGrantedTo(authentication)) {
            throw new ScopeMissing(required, ApiScope.isApiToken(authentication));
        }
        return true;
    }

    private static @Nullable ApiScope requiredScope(HandlerMethod method) {
        var annotation = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresScope.class);
        if (annotation == null) {
            annotation = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresScope.class);
        }
        return annotation == null ? null : annotation.value();
    }

    /** 403 with a detail in the reader's language; for tokens also the RFC 6750 challenge. */
    static final class ScopeMissing extends ErrorResponseException {

        ScopeMissing(@Nullable ApiScope scope, boolean token) {
            super(
                    HttpStatus.FORBIDDEN,
                    ProblemDetail.forStatus(HttpStatus.FORBIDDEN),
                    null,
                    scope == null ? "accounts.api.token-not-accepted" : "accounts.api.scope-missing",
                    scope == null ? null : new Object[] {scope.value()});
            if (token) {
                getHeaders()
                        .set(
                                HttpHeaders.WWW_AUTHENTICATE,
                                scope == null
                                        ? "Bearer error=\"insufficient_scope\""
                                        : "Bearer error=\"insufficient_scope\", scope=\"" + scope.value() + "\"");
            }
        }
    }
}
