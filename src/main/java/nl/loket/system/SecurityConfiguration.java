package nl.loket.system;

import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may reach which URL. Protected areas are URL prefixes from DESIGN.md (admin, desk, portal,
 * API); everything else is public, so a mistyped public link answers 404 rather than a sign-in
 * page. Per-object checks live in the modules that own the objects.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** API endpoints anonymous visitors may call (reading only). */
    static final String[] PUBLIC_API = {"/api/v1/kb/search", "/api/v1/kb/suggestions"};

    /** "Was this article helpful?" answers, posted from public article pages. */
    static final String ARTICLE_FEEDBACK = "/kb/*/*/feedback";

    /** The personal API token pages: tokens are for staff only (the pattern includes the page itself). */
    static final String API_TOKEN_PAGES = "/portal/security/api-tokens/**";

    static final String[] STAFF_ROLES = {
        "SUPPORT_AGENT", "CUSTOMER_SERVICE", "BILLING", "KNOWLEDGE_EDITOR", "ADMINISTRATOR"
    };

    /**
     * Where CSRF tokens live: in the session when there is one, else in a cookie (ADR 20), so that an
     * anonymous form costs no session. Both filter chains use it, so that a page's token is valid for
     * the API calls its scripts make.
     */
    @Bean
    CsrfTokenRepository csrfTokens(@Value("${server.servlet.session.cookie.secure:}") @Nullable Boolean alwaysSecure) {
        // Unset or empty: follow the request, as the session cookie does.
        return new CsrfTokenStore(Boolean.TRUE.equals(alwaysSecure));
    }

    /**
     * The API answers in problem+json: errors are sent to the error controller, never redirected.
     * Besides the session, a request may carry a personal API token ({@code Authorization: Bearer
     * lkt_…}) when a module checks such tokens (accounts does, as an {@link OpaqueTokenIntrospector});
     * such a request is authenticated for itself alone: no session, so no CSRF token either. Public
     * endpoints ignore a token.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http, ObjectProvider<OpaqueTokenIntrospector> apiTokens, CsrfTokenRepository csrfTokens)
            throws Exception {
        var entryPoint = new ApiAuthenticationEntryPoint();
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(new MaskedCsrfTokens()))
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, PUBLIC_API)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, exception) ->
                                response.sendError(HttpServletResponse.SC_FORBIDDEN)));
        var introspector = apiTokens.getIfAvailable();
        if (introspector != null) {
            var publicApi = new OrRequestMatcher(Stream.of(PUBLIC_API)
                    .map(path -> PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, path))
                    .toList());
            var bearer = new BearerTokenAuthenticationConverter();
            http.oauth2ResourceServer(tokens -> tokens.authenticationConverter(
                            request -> publicApi.matches(request) ? null : bearer.convert(request))
                    .authenticationEntryPoint(entryPoint)
                    .opaqueToken(opaque -> opaque.introspector(introspector)));
        }
        return headers(http).build();
    }

    /**
     * The form sign-in continues with the one {@link AuthenticationSuccessHandler} bean when a module
     * provides it (accounts does: it holds back sign-ins that still need their second factor), and
     * with Spring Security's default otherwise. Two such beans fail the start rather than skip 2FA.
     */
    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            ObjectProvider<AuthenticationSuccessHandler> afterPassword,
            ObjectProvider<AuthenticationFailureHandler> signInFailures,
            CsrfTokenRepository csrfTokens)
            throws Exception {
        var successHandler = afterPassword.getIfAvailable(SavedRequestAwareAuthenticationSuccessHandler::new);
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/kb", "/admin/kb/**")
                        .hasAnyRole("KNOWLEDGE_EDITOR", "ADMINISTRATOR")
                        .requestMatchers("/admin/**")
                        .hasRole("ADMINISTRATOR")
                        .requestMatchers("/desk/**")
                        .hasAnyRole("SUPPORT_AGENT", "CUSTOMER_SERVICE", "BILLING", "ADMINISTRATOR")
                        .requestMatchers(API_TOKEN_PAGES)
                        .hasAnyRole(STAFF_ROLES)
                        .requestMatchers("/portal/**")
                        .authenticated()
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMINISTRATOR")
                        .anyRequest()
                        .permitAll())
                .formLogin(login -> {
                    login.loginPage("/login")
                            .usernameParameter("email")
                            .passwordParameter("password")
                            .successHandler(successHandler)
                            .permitAll();
                    // The accounts module says which reason for a failed sign-in the visitor may see.
                    signInFailures.ifAvailable(login::failureHandler);
                })
                // A new session id after sign-in (session fixation); sessions live in the database.
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                // An anonymous, low-risk vote: without a token the public article pages stay cacheable.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new MaskedCsrfTokens())
                        .ignoringRequestMatchers(ARTICLE_FEEDBACK))
                .exceptionHandling(errors -> errors.accessDeniedHandler(
                        (request, response, exception) -> response.sendError(HttpServletResponse.SC_FORBIDDEN)));
        return headers(http).build();
    }

    private static HttpSecurity headers(HttpSecurity http) throws Exception {
        return http.headers(
                headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
    }
}
