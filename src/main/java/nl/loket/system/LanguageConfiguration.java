package nl.loket.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chooses the language of a page: the visitor's explicit choice ({@code ?lang=en}, remembered in a
 * cookie for a year), else the browser's {@code Accept-Language}, else Dutch.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "loket-lang";
    static final String PARAMETER = "lang";

    @Bean
    MessageSource messageSource() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(SupportedLanguages.DUTCH);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new SupportedLanguageResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName(PARAMETER);
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** A cookie resolver that only ever answers with a language Loket has. */
    static final class SupportedLanguageResolver extends CookieLocaleResolver {

        SupportedLanguageResolver() {
            super(COOKIE);
            setCookieMaxAge(Duration.ofDays(365));
            setCookieSameSite("Lax");
            setDefaultLocaleFunction(SupportedLanguageResolver::fromAcceptLanguage);
        }

        /** Without an {@code Accept-Language} header the servlet container would answer its own default. */
        private static Locale fromAcceptLanguage(HttpServletRequest request) {
            if (request.getHeader("Accept-Language") == null) {
                return SupportedLanguages.DUTCH;
            }
            return SupportedLanguages.firstSupported(Collections.list(request.getLocales()));
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return SupportedLanguages.closestTo(super.resolveLocale(request));
        }

        @Override
        public void setLocale(
                HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
            super.setLocale(request, response, locale == null ? null : SupportedLanguages.closestTo(locale));
        }
    }
}
