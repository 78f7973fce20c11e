package nl.loket.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.ChangePersonalData;
import nl.loket.accounts.PersonalDetails;
import nl.loket.accounts.PostalAddress;
import nl.loket.accounts.Role;
import nl.loket.knowledge.ArticleContent;
import nl.loket.knowledge.ArticleEditor;
import nl.loket.shared.Iban;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestAccounts.TestAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may reach what: every route and API endpoint × every kind of visitor, with the answer each
 * must get. Customer A and customer B are two ordinary customers; every response to one of them is
 * also checked for the other's e-mail address and company, so that guessing ids leaks nothing.
 *
 * <p>To add a route, add a row to {@link #ROUTES}: the method, the path (placeholders below), and
 * one code per column in the order of {@link Who}:
 *
 * <pre>
 *   O  2xx           R  3xx to anywhere but the sign-in page   L  redirect to /login
 *   U  401           F  403           N  404           B  400           C  409
 * </pre>
 *
 * Placeholders: {@code {A}} {@code {B}} the customers' ids, {@code {STAFF}} a support agent's id,
 * {@code {MISSING}} an id nobody has, {@code {VICTIM}} a customer made for that single request,
 * {@code {CATEGORY}} {@code {ARTICLE}} a published category and article (ids), {@code {ARTICLE_URL}}
 * its public page.
 */
@DatabaseTest
@LoketIntegrationTest
class AuthorizationMatrixIntegrationTests {

    /** The columns of the table, in order. */
    enum Who {
        ANONYMOUS,
        CUSTOMER_A,
        CUSTOMER_B,
        SUPPORT_AGENT,
        CUSTOMER_SERVICE,
        BILLING,
        KNOWLEDGE_EDITOR,
        ADMINISTRATOR
    }

    /** One row: a request and the expected answer per {@link Who}. */
    record Route(HttpMethod method, String path, String expected, Map<String, String> form) {

        Route {
            expected = expected.replace(" ", "");
            if (expected.length() != Who.values().length) {
                throw new IllegalArgumentException("Need one code per column for " + path + ": " + expected);
            }
        }

        char expectedFor(Who who) {
            return expected.charAt(who.ordinal());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    //                                                                   anon A  B  agent cs bill editor admin
    static final List<Route> ROUTES = List.of(
            // Public knowledge base and sign-in
            get("/", "                                                      O  O  O  O  O  O  O  O"),
            get("/kb", "                                                    O  O  O  O  O  O  O  O"),
            get("/kb/{CATEGORY_SLUG}", "                                    O  O  O  O  O  O  O  O"),
            get("{ARTICLE_URL}", "                                          O  O  O  O  O  O  O  O"),
            get("/search?q=domein", "                                       O  O  O  O  O  O  O  O"),
            get("/sitemap.xml", "                                           O  O  O  O  O  O  O  O"),
            get("/login", "                                                 O  O  O  O  O  O  O  O"),
            get("/api-docs", "                                              O  O  O  O  O  O  O  O"),
            get("/api/v1/kb/search?q=domein", "                             O  O  O  O  O  O  O  O"),
            get("/api/v1/kb/suggestions?text=domein", "                     O  O  O  O  O  O  O  O"),
            // Operations
            get("/actuator/health", "                                       O  O  O  O  O  O  O  O"),
            get("/actuator/health/readiness", "                             O  O  O  O  O  O  O  O"),
            get("/actuator/prometheus", "                                   O  O  O  O  O  O  O  O"),
            get("/actuator/env", "                                          L  F  F  F  F  F  F  N"),
            // Administration
            get("/admin", "                                                 L  F  F  F  F  F  F  O"),
            get("/admin/kb", "                                              L  F  F  F  F  F  O  O"),
            get("/admin/kb/gaps", "                                         L  F  F  F  F  F  O  O"),
            get("/admin/kb/synonyms", "                                     L  F  F  F  F  F  O  O"),
            get("/admin/kb/import", "                                       L  F  F  F  F  F  O  O"),
            get("/admin/kb/export", "                                       L  F  F  F  F  F  O  O"),
            get("/admin/kb/categories/new", "                               L  F  F  F  F  F  O  O"),
            get("/admin/kb/categories/{CATEGORY}/edit", "                   L  F  F  F  F  F  O  O"),
            get("/admin/kb/articles/new", "                                 L  F  F  F  F  F  O  O"),
            get("/admin/kb/articles/{ARTICLE}/edit", "                      L  F  F  F  F  F  O  O"),
            get("/admin/kb/articles/{ARTICLE}/revisions", "                 L  F  F  F  F  F  O  O"),
            get("/admin/customers/{A}", "                                   L  F  F  F  F  F  F  O"),
            get("/admin/customers/{B}", "                                   L  F  F  F  F  F  F  O"),
            get("/admin/customers/{MISSING}", "                             L  F  F  F  F  F  F  N"),
            get("/admin/customers/{STAFF}", "                               L  F  F  F  F  F  F  N"),
            post("/admin/customers/{B}/erase", "                            L  F  F  F  F  F  F  B"),
            post(
                    "/admin/customers/{STAFF}/erase",
                    "                        L  F  F  F  F  F  F  C",
                    "confirmed",
                    "true"),
            post(
                    "/admin/customers/{VICTIM}/erase",
                    "                       L  F  F  F  F  F  F  R",
                    "confirmed",
                    "true"),
            // Rows for routes built on other branches, to enable when they are merged:
            // get("/admin/outbox", "                                       L  F  F  F  F  F  F  O"),
            // get("/admin/staff", "                                        L  F  F  F  F  F  F  O"),
            // get("/admin/audit", "                                        L  F  F  F  F  F  F  O"),
            // get("/admin/security", "                                     L  F  F  F  F  F  F  O"),
            // get("/portal/security", "                                    L  O  O  O  O  O  O  O"),
            // Staff desk
            get("/desk/customers", "                                        L  F  F  O  O  O  F  O"),
            get("/desk/customers?q=loket", "                                L  F  F  O  O  O  F  O"),
            get("/desk/customers/{A}", "                                    L  F  F  O  O  O  F  O"),
            get("/desk/customers/{B}", "                                    L  F  F  O  O  O  F  O"),
            get("/desk/customers/{MISSING}", "                              L  F  F  N  N  N  F  N"),
            get("/desk/customers/{STAFF}", "                                L  F  F  N  N  N  F  N"),
            // Customer portal: always one's own data, whatever id is put in the address
            get("/portal/account", "                                        L  O  O  O  O  O  O  O"),
            get("/portal/account?id={B}", "                                 L  O  O  O  O  O  O  O"),
            get("/portal/account/export", "                                 L  O  O  O  O  O  O  O"),
            get("/portal/account/export?id={B}", "                          L  O  O  O  O  O  O  O"),
            post("/portal/account", "                                       L  R  R  R  R  R  R  R", "name", "Matrix"),
            post("/portal/account/email", "                                 L  B  B  B  B  B  B  B", "newEmail", "x"),
            get("/portal/account/email/confirm?token=guessed", "            L  B  B  B  B  B  B  B"),
            post(
                    "/portal/account/email/confirm",
                    "                         L  B  B  B  B  B  B  B",
                    "token",
                    "guessed"),
            // Customer API: customers use /me; /customers/{id} is for staff only
            get("/api/v1/me", "                                             U  O  O  O  O  O  O  O"),
            get("/api/v1/me?id={B}", "                                      U  O  O  O  O  O  O  O"),
            get("/api/v1/customers/{A}", "                                  U  F  F  O  O  O  O  O"),
            get("/api/v1/customers/{B}", "                                  U  F  F  O  O  O  O  O"),
            get("/api/v1/customers/{MISSING}", "                            U  F  F  N  N  N  N  N"),
            get("/api/v1/customers/{STAFF}", "                              U  F  F  N  N  N  N  N"),
            get("/api/v1/customers/not-a-number", "                         U  B  B  B  B  B  B  B"));

    private static Fixture fixture;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ChangePersonalData personalData;

    @Autowired
    ArticleEditor editor;

    /** The accounts and content every row refers to, made once per test JVM. */
    record Fixture(Map<Who, TestAccount> accounts, String companyA, String companyB, Map<String, String> values) {}

    @BeforeEach
    void make_the_accounts_and_content_once() {
        synchronized (AuthorizationMatrixIntegrationTests.class) {
            if (fixture != null) {
                return;
            }
            var made = new EnumMap<Who, TestAccount>(Who.class);
            for (var who : Who.values()) {
                if (who == Who.ANONYMOUS) {
                    continue;
                }
                var role = who == Who.CUSTOMER_A || who == Who.CUSTOMER_B ? Role.CUSTOMER : Role.valueOf(who.name());
                made.put(who, TestAccounts.create(accounts, role, "Matrix " + who));
            }
            var companyA = "Bedrijf-A-" + UUID.randomUUID();
            var companyB = "Bedrijf-B-" + UUID.randomUUID();
            fillIn(made.get(Who.CUSTOMER_A), companyA);
            fillIn(made.get(Who.CUSTOMER_B), companyB);
            var category = editor.createCategory("Matrix " + UUID.randomUUID(), Language.NL, 0);
            var article = editor.createArticle(
                    category.id(),
                    new ArticleContent("Matrix domein " + UUID.randomUUID(), "Tekst over een domein.", ""),
                    "test");
            editor.publish(article.id(), "test");
            var published = editor.article(article.id()).orElseThrow();
            fixture = new Fixture(
                    made,
                    companyA,
                    companyB,
                    Map.of(
                            "{A}", id(made, Who.CUSTOMER_A),
                            "{B}", id(made, Who.CUSTOMER_B),
                            "{STAFF}", id(made, Who.SUPPORT_AGENT),
                            "{MISSING}", String.valueOf(Long.MAX_VALUE),
                            "{CATEGORY}", String.valueOf(category.id()),
                            "{CATEGORY_SLUG}", published.category().slug(),
                            "{ARTICLE}", String.valueOf(article.id()),
                            "{ARTICLE_URL}", "/kb/" + published.category().slug() + "/" + article.slug()));
        }
    }

    static Stream<Arguments> cells() {
        return ROUTES.stream()
                .flatMap(route -> Stream.of(Who.values()).map(who -> Arguments.of(route, who, route.expectedFor(who))));
    }

    @ParameterizedTest(name = "{0} as {1} answers {2}")
    @MethodSource("cells")
    void every_route_answers_each_visitor_as_the_table_says(Route route, Who who, char expected) throws Exception {
        var path = resolve(route.path());
        var request = request(route.method(), path);
        route.form().forEach(request::param);
        if (route.method() != HttpMethod.GET) {
            request.with(csrf());
        }
        var account = fixture.accounts().get(who);
        if (account != null) {
            request.with(account.signedIn());
        }

        var response = mvc.perform(request).andReturn().getResponse();

        var status = response.getStatus();
        var location = response.getRedirectedUrl();
        var description = route + " as " + who + " answered " + status + (location == null ? "" : " to " + location);
        switch (expected) {
            case 'O' -> assertThat(status).as(description).isBetween(200, 299);
            case 'R' -> {
                assertThat(status).as(description).isBetween(300, 399);
                assertThat(location).as(description).doesNotEndWith("/login");
            }
            case 'L' -> {
                assertThat(status).as(description).isEqualTo(302);
                assertThat(location).as(description).endsWith("/login");
            }
            case 'U' -> assertThat(status).as(description).isEqualTo(401);
            case 'F' -> assertThat(status).as(description).isEqualTo(403);
            case 'N' -> assertThat(status).as(description).isEqualTo(404);
            case 'B' -> assertThat(status).as(description).isEqualTo(400);
            case 'C' -> assertThat(status).as(description).isEqualTo(409);
            default -> throw new IllegalArgumentException("Unknown code " + expected + " for " + route);
        }
        var body = response.getContentAsString();
        if (who == Who.CUSTOMER_A) {
            assertThat(body)
                    .as(description)
                    .doesNotContain(fixture.accounts().get(Who.CUSTOMER_B).email(), fixture.companyB());
        }
        if (who == Who.CUSTOMER_B) {
            assertThat(body)
                    .as(description)
                    .doesNotContain(fixture.accounts().get(Who.CUSTOMER_A).email(), fixture.companyA());
        }
    }

    private String resolve(String path) {
        var resolved = path;
        for (var value : fixture.values().entrySet()) {
            resolved = resolved.replace(value.getKey(), value.getValue());
        }
        if (resolved.contains("{VICTIM}")) {
            var victim = TestAccounts.create(accounts, Role.CUSTOMER, "Matrix slachtoffer");
            resolved = resolved.replace("{VICTIM}", String.valueOf(victim.id().value()));
        }
        return resolved;
    }

    private void fillIn(TestAccount customer, String company) {
        personalData.change(
                customer.id(),
                new PersonalDetails(
                        "Matrix " + company,
                        company,
                        "020 123 4567",
                        new PostalAddress("Matrixstraat 1", "1234 AB", "Amsterdam", "NL"),
                        Iban.of("NL91ABNA0417164300"),
                        LocalDate.of(1985, 1, 2)));
    }

    private static String id(Map<Who, TestAccount> accounts, Who who) {
        return String.valueOf(accounts.get(who).id().value());
    }

    private static Route get(String path, String expected) {
        return new Route(HttpMethod.GET, path, expected, Map.of());
    }

    private static Route post(String path, String expected, String... form) {
        var fields = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < form.length; i += 2) {
            fields.put(form[i], form[i + 1]);
        }
        return new Route(HttpMethod.POST, path, expected, Map.copyOf(fields));
    }
}
