package nl.loket.notifications;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.loket.shared.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders mails from {@code templates/mail/}: {@code NAME.txt} in Thymeleaf's TEXT mode for the
 * plain-text part and {@code NAME.html} in HTML mode (inside {@code layout.html}) for the HTML
 * part, with texts from the application's messages ({@code notifications.mail.KIND.*}). Its own
 * engine, so the web pages' engine and its settings stay untouched. A text missing in a language
 * is an error here, not a {@code ??key??} in somebody's inbox.
 */
@Component
class MailTemplates {

    private static final String MISSING_TEXT = "??notifications.";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;
    private final String companyName;
    private final String baseUrl;

    MailTemplates(
            MessageSource messages,
            @Value("${loket.company-name:Loket}") String companyName,
            @Value("${loket.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.companyName = companyName.isBlank() ? "Loket" : companyName.strip();
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    /** The absolute URL for a path inside Loket, such as an event's {@code /password/reset?token=…}. */
    String link(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /**
     * Renders {@code template} for a mail of {@code kind}; its subject is the message
     * {@code notifications.mail.KIND.subject} with the company name as argument.
     */
    RenderedMail render(String template, String kind, Language language, Map<String, ?> variables) {
        return render(template, kind, language, variables, List.of());
    }

    /**
     * As {@link #render(String, String, Language, Map)}, with more arguments for the subject: they
     * follow the company name, as {@code {1}}, {@code {2}}, …
     */
    RenderedMail render(
            String template, String kind, Language language, Map<String, ?> variables, List<?> subjectArguments) {
        var locale = language.locale();
        var arguments = new ArrayList<Object>();
        arguments.add(companyName);
        arguments.addAll(subjectArguments);
        var subject = messages.getMessage("notifications.mail." + kind + ".subject", arguments.toArray(), locale);
        var all = new HashMap<String, Object>(variables);
        all.put("kind", kind);
        all.put("lang", language.code());
        all.put("companyName", companyName);
        all.put("baseUrl", baseUrl);
        all.put("subject", subject);
        var context = new Context(locale, all);
        var mail = new RenderedMail(
                subject,
                engine.process(template + ".txt", context).strip() + "\n",
                engine.process(template + ".html", context));
        if (mail.text().contains(MISSING_TEXT) || mail.html().contains(MISSING_TEXT)) {
            throw new IllegalStateException(
                    "Mail '" + kind + "' misses a text in " + language.code() + ": " + mail.text());
        }
        return mail;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
