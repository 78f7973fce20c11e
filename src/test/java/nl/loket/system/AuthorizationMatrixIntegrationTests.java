package nl.loket.system;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.ApiScope;
import nl.loket.accounts.ApiTokens;
import nl.loket.accounts.ChangePersonalData;
import nl.loket.accounts.Passwords;
import nl.loket.accounts.PersonalDetails;
import nl.loket.accounts.PostalAddress;
import nl.loket.accounts.Role;
import nl.loket.knowledge.ArticleContent;
import nl.loket.knowledge.ArticleEditor;
import nl.loket.notifications.OutboxAdministration;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Iban;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestAccounts.TestAccount;
import nl.loket.testsupport.TestClock;
import nl.loket.tickets.AgentDesk;
import nl.loket.tickets.AgentMessage;
import nl.loket.tickets.AuthorKind;
import nl.loket.tickets.Channel;
import nl.loket.tickets.OpenedTicket;
import nl.loket.tickets.TicketAccess;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketFixtures;
import nl.loket.tickets.TicketStatus;
import nl.loket.tickets.attachments.Upload;
import nl.loket.tickets.calendar.BusinessCalendars;
import nl.loket.tickets.remote.RemoteSupport;
import nl.loket.tickets.remote.RemoteSupportFixtures;
import nl.loket.tickets.remote.RemoteSupportSlots;
import nl.loket.tickets.servicelevel.ServiceLevels;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Who may reach what: every route and API endpoint × every kind of visitor, with the answer each
 * must get. Customer A and customer B are two ordinary customers; every response to one of them is
 * also checked for the other's e-mail address and company, so that guessing ids leaks nothing.
 *
 * <p>To add a route, add a row to {@link #ROUTES}: one code per column in the order of {@link Who},
 * then the method and the path (form fields go in the query string; placeholders below), and for
 * an API that takes JSON the body after another space (placeholders work there too):
 *
 * <pre>
 *   O  2xx           R  3xx to anywhere but the sign-in page   L  redirect to /login
 *   U  401           F  403           N  404           B  400           C  409
 * </pre>
 *
 * Placeholders: {@code {A}} {@code {B}} the customers' ids, {@code {STAFF}} a support agent's id,
 * {@code {MISSING}} an id nobody has, {@code {ADMIN_TOKEN}} the administrator's personal API token, {@code {VICTIM}} a customer made for that single request,
 * {@code {CATEGORY}} {@code {ARTICLE}} a published category and article (ids), {@code {ARTICLE_URL}}
 * its public page, {@code {MAIL}} a mail in the outbox (the support agent's password reset link),
 * {@code {CALENDAR}} the shipped business calendar "Kantooruren", {@code {SERVICE_LEVEL}} the default
 * service level, {@code {DEPARTMENT}} the first ticket department, {@code {SLOT}} a remote-support slot and {@code {BOOKING_A}} customer A's booking of it,
 * {@code {TICKET_A}} {@code {TICKET_B}} the customers' own tickets ({@code {KEY_A}} the private key of
 * A's), {@code {TICKET_B_TO_CLOSE}} one that B closes, {@code {GUEST_TICKET}} {@code {GUEST_KEY}} a
 * guest's ticket and its private key, {@code {GUEST_FILE}} {@code {FILE_A}} files the customers sent,
 * {@code {REPLY_FILE_A}} a file on staff's reply to A and {@code {NOTE_FILE_A}} one on an internal note
 * on A's ticket (for staff only). A row whose body is {@code multipart} is sent as multipart/form-data
 * with one small text file in the part {@code files} (the query string holds the form fields).
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
    record Route(HttpMethod method, String path, String expected, @Nullable String json) {

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

    static final List<Route> ROUTES = List.of(
            //   an A B  ag cs bi ke ad   (anonymous, customers A and B, agent, customer service, billing,
            //                            knowledge editor, administrator)
            // Public knowledge base and sign-in
            row("O  O O  O  O  O  O  O", "GET /"),
            row("O  O O  O  O  O  O  O", "GET /kb"),
            row("O  O O  O  O  O  O  O", "GET /kb/{CATEGORY_SLUG}"),
            row("O  O O  O  O  O  O  O", "GET {ARTICLE_URL}"),
            row("O  O O  O  O  O  O  O", "GET /search?q=domein"),
            row("O  O O  O  O  O  O  O", "GET /sitemap.xml"),
            row("O  O O  O  O  O  O  O", "GET /login"),
            row("O  O O  O  O  O  O  O", "GET /register"),
            row("O  O O  O  O  O  O  O", "GET /password/forgot"),
            // A guessed or used-up token gets a page that says the link does not work (never an error).
            row("O  O O  O  O  O  O  O", "GET /register/confirm?token=guessed"),
            row("O  O O  O  O  O  O  O", "GET /register/confirm"),
            row("O  O O  O  O  O  O  O", "GET /password/reset?token=guessed"),
            row("O  O O  O  O  O  O  O", "GET /invitation?token=guessed"),
            row("O  O O  O  O  O  O  O", "POST /register/resend?email=nobody@loket.invalid"),
            row("O  O O  O  O  O  O  O", "POST /password/reset?token=guessed&password=lang-genoeg-wachtwoord"),
            row("O  O O  O  O  O  O  O", "POST /invitation?token=guessed&password=lang-genoeg-wachtwoord"),
            row("O  O O  O  O  O  O  O", "GET /api-docs"),
            row("O  O O  O  O  O  O  O", "GET /api/v1/kb/search?q=domein"),
            row("O  O O  O  O  O  O  O", "GET /api/v1/kb/suggestions?text=domein"),
            // Operations
            row("O  O O  O  O  O  O  O", "GET /actuator/health"),
            row("O  O O  O  O  O  O  O", "GET /actuator/health/readiness"),
            row("O  O O  O  O  O  O  O", "GET /actuator/prometheus"),
            row("L  F F  F  F  F  F  N", "GET /actuator/env"),
            // Administration
            row("L  F F  F  F  F  F  O", "GET /admin"),
            row("L  F F  F  F  F  O  O", "GET /admin/kb"),
            row("L  F F  F  F  F  O  O", "GET /admin/kb/gaps"),
            row("L  F F  F  F  F  O  O", "GET /admin/kb/synonyms"),
            row("L  F F  F  F  F  O  O", "GET /admin/kb/import"),
            row("L  F F  F  F  F  O  O", "GET /admin/kb/export"),
            row("L  F F  F  F  F  O  O", "GET /admin/kb/categories/new"),
            row("L  F F  F  F  F  O  O", "GET /admin/kb/categories/{CATEGORY}/edit"),
            row("L  F F  F  F  F  O  O", "GET /admin/kb/articles/new"),
            row("L  F F  F  F  F  O  O", "GET /admin/kb/articles/{ARTICLE}/edit"),
            row("L  F F  F  F  F  O  O", "GET /admin/kb/articles/{ARTICLE}/revisions"),
            row("L  F F  F  F  F  F  O", "GET /admin/customers/{A}"),
            row("L  F F  F  F  F  F  O", "GET /admin/customers/{B}"),
            row("L  F F  F  F  F  F  N", "GET /admin/customers/{MISSING}"),
            row("L  F F  F  F  F  F  N", "GET /admin/customers/{STAFF}"),
            row("L  F F  F  F  F  F  B", "POST /admin/customers/{B}/erase"),
            row("L  F F  F  F  F  F  C", "POST /admin/customers/{STAFF}/erase?confirmed=true"),
            row("L  F F  F  F  F  F  R", "POST /admin/customers/{VICTIM}/erase?confirmed=true"),
            // Mail outbox
            row("L  F F  F  F  F  F  O", "GET /admin/outbox"),
            row("L  F F  F  F  F  F  O", "GET /admin/outbox?page=-1"),
            row("L  F F  F  F  F  F  O", "GET /admin/outbox/{MAIL}"),
            row("L  F F  F  F  F  F  N", "GET /admin/outbox/{MISSING}"),
            row("L  F F  F  F  F  F  B", "GET /admin/outbox/not-a-number"),
            row("L  F F  F  F  F  F  N", "POST /admin/outbox/{MISSING}/send-again"),
            // Inbound mail log (read only; a "before" id nobody has shows an empty page)
            row("L  F F  F  F  F  F  O", "GET /admin/inbound"),
            row("L  F F  F  F  F  F  O", "GET /admin/inbound?before={MISSING}"),
            row("L  F F  F  F  F  F  B", "GET /admin/inbound?before=not-a-number"),
            // Canned replies: administrators keep them
            row("L  F F  F  F  F  F  O", "GET /admin/canned-replies"),
            row("L  F F  F  F  F  F  N", "GET /admin/canned-replies/{MISSING}"),
            row("L  F F  F  F  F  F  B", "POST /admin/canned-replies?name=&language=nl&body="),
            row("L  F F  F  F  F  F  N", "POST /admin/canned-replies/{MISSING}?name=x&language=nl&body=y"),
            row("L  F F  F  F  F  F  N", "POST /admin/canned-replies/{MISSING}/delete"),
            // Staff, audit log and 2FA policy
            row("L  F F  F  F  F  F  O", "GET /admin/staff"),
            row("L  F F  F  F  F  F  O", "GET /admin/staff/new"),
            row("L  F F  F  F  F  F  O", "GET /admin/staff/{STAFF}"),
            row("L  F F  F  F  F  F  N", "GET /admin/staff/{MISSING}"),
            // A customer's account page under staff: where an administrator disables a customer or forces a
            // new password (after a migration); it shows no protected personal data.
            row("L  F F  F  F  F  F  O", "GET /admin/staff/{A}"),
            row("L  F F  F  F  F  F  N", "POST /admin/staff/{MISSING}/roles?roles=SUPPORT_AGENT"),
            row("L  F F  F  F  F  F  N", "POST /admin/staff/{MISSING}/disable"),
            row("L  F F  F  F  F  F  N", "POST /admin/staff/{MISSING}/enable"),
            row("L  F F  F  F  F  F  N", "POST /admin/staff/{MISSING}/force-reset"),
            // An incomplete invitation shows the form again with its errors.
            row("L  F F  F  F  F  F  O", "POST /admin/staff/new?email=x"),
            row("L  F F  F  F  F  F  O", "GET /admin/audit"),
            row("L  F F  F  F  F  F  O", "GET /admin/audit?kind=SIGN_IN_FAILED&email=matrix&from=2026-01-01&page=-1"),
            row("L  F F  F  F  F  F  O", "GET /admin/audit?from=not-a-date&to=2026-13-45"),
            row("L  F F  F  F  F  F  O", "GET /admin/security"),
            // The holder's own security page; "sign out everywhere else" ends only the caller's other
            // sessions (MockMvc requests here have none, so the other rows are not affected).
            row("L  O O  O  O  O  O  O", "GET /portal/security"),
            row("L  O O  O  O  O  O  O", "GET /portal/security/two-factor"),
            row("L  R R  R  R  R  R  R", "POST /portal/security/sign-out-others"),
            // 2FA changes without the enrolment's key in the session or without proof change nothing.
            row("L  R R  R  R  R  R  R", "POST /portal/security/two-factor/enable?code=000000"),
            row("L  O O  O  O  O  O  O", "POST /portal/security/two-factor/disable"),
            row("L  R R  R  R  R  R  R", "POST /portal/security/two-factor/recovery-codes?code=000000"),
            // A wrong current password shows the page again with the error.
            row("L  O O  O  O  O  O  O", "POST /portal/security/password?currentPassword=wrong&newPassword=x"),
            // Personal API tokens are for staff. A form without a scope comes back with its message; a
            // token can be revoked only by its holder (the administrator's here).
            row("L  F F  O  O  O  O  O", "GET /portal/security/api-tokens"),
            row("L  F F  O  O  O  O  O", "POST /portal/security/api-tokens?name=Matrix"),
            row("L  F F  N  N  N  N  N", "POST /portal/security/api-tokens/{MISSING}/revoke"),
            row("L  F F  N  N  N  N  R", "POST /portal/security/api-tokens/{ADMIN_TOKEN}/revoke"),
            // Without a password step waiting, the code step sends everyone to the sign-in page.
            row("L  L L  L  L  L  L  L", "GET /login/2fa"),
            row("L  L L  L  L  L  L  L", "POST /login/2fa?code=000000"),
            // Staff desk
            row("L  F F  O  O  O  F  O", "GET /desk/customers"),
            row("L  F F  O  O  O  F  O", "GET /desk/customers?q=loket"),
            row("L  F F  O  O  O  F  O", "GET /desk/customers/{A}"),
            row("L  F F  O  O  O  F  O", "GET /desk/customers/{B}"),
            row("L  F F  N  N  N  F  N", "GET /desk/customers/{MISSING}"),
            row("L  F F  N  N  N  F  N", "GET /desk/customers/{STAFF}"),
            // Customer portal: always one's own data, whatever id is put in the address
            row("L  O O  O  O  O  O  O", "GET /portal/account"),
            row("L  O O  O  O  O  O  O", "GET /portal/account?id={B}"),
            row("L  O O  O  O  O  O  O", "GET /portal/account/export"),
            row("L  O O  O  O  O  O  O", "GET /portal/account/export?id={B}"),
            row("L  R R  R  R  R  R  R", "POST /portal/account?name=Matrix"),
            row("L  B B  B  B  B  B  B", "POST /portal/account/email?newEmail=x"),
            row("L  B B  B  B  B  B  B", "GET /portal/account/email/confirm?token=guessed"),
            row("L  B B  B  B  B  B  B", "POST /portal/account/email/confirm?token=guessed"),
            // Customer API: customers use /me; /customers/{id} is for staff only
            row("U  O O  O  O  O  O  O", "GET /api/v1/me"),
            row("U  O O  O  O  O  O  O", "GET /api/v1/me?id={B}"),
            row("U  F F  O  O  O  F  O", "GET /api/v1/customers/{A}"),
            row("U  F F  O  O  O  F  O", "GET /api/v1/customers/{B}"),
            row("U  F F  N  N  N  F  N", "GET /api/v1/customers/{MISSING}"),
            row("U  F F  N  N  N  F  N", "GET /api/v1/customers/{STAFF}"),
            // The scope (customers:read) is checked before the id is read: whoever lacks it learns nothing more.
            row("U  F F  B  B  B  F  B", "GET /api/v1/customers/not-a-number"),
            // Business calendars (administrators only); refused input shows the page again with messages
            row("L  F F  F  F  F  F  O", "GET /admin/calendars"),
            row("L  F F  F  F  F  F  O", "GET /admin/calendars/{CALENDAR}"),
            row("L  F F  F  F  F  F  O", "GET /admin/calendars/{CALENDAR}?year=not-a-year"),
            row("L  F F  F  F  F  F  N", "GET /admin/calendars/{MISSING}"),
            row("L  F F  F  F  F  F  B", "GET /admin/calendars/not-a-number"),
            row("L  F F  F  F  F  F  O", "POST /admin/calendars?name="),
            row("L  F F  F  F  F  F  O", "POST /admin/calendars/{CALENDAR}?name=&monday=9-17&version=0"),
            row("L  F F  F  F  F  F  N", "POST /admin/calendars/{MISSING}?name=x&monday=09:00-17:00"),
            row("L  F F  F  F  F  F  B", "POST /admin/calendars/{CALENDAR}?liberationDay=SOMETIMES"),
            row("L  F F  F  F  F  F  O", "POST /admin/calendars/{CALENDAR}/days?date=not-a-date&name=x"),
            row("L  F F  F  F  F  F  N", "POST /admin/calendars/{MISSING}/days?date=2030-01-02&name=x"),
            row("L  F F  F  F  F  F  R", "POST /admin/calendars/{CALENDAR}/days/2030-01-03/delete"),
            row("L  F F  F  F  F  F  N", "POST /admin/calendars/{MISSING}/days/2030-01-03/delete"),
            row("L  F F  F  F  F  F  B", "POST /admin/calendars/{CALENDAR}/days/not-a-date/delete"),
            row("L  F F  F  F  F  F  O", "POST /admin/calendars/{CALENDAR}/import"),
            row("L  F F  F  F  F  F  N", "POST /admin/calendars/{MISSING}/import"),
            // Service level plans (administrators only)
            row("L  F F  F  F  F  F  O", "GET /admin/service-levels"),
            row("L  F F  F  F  F  F  O", "POST /admin/service-levels?name="),
            row("L  F F  F  F  F  F  O", "GET /admin/service-levels/{SERVICE_LEVEL}"),
            row("L  F F  F  F  F  F  N", "GET /admin/service-levels/{MISSING}"),
            row("L  F F  F  F  F  F  B", "GET /admin/service-levels/not-a-number"),
            row(
                    "L  F F  F  F  F  F  O",
                    "POST /admin/service-levels/{SERVICE_LEVEL}?name=&firstResponseAmount=x&version=0"),
            row("L  F F  F  F  F  F  N", "POST /admin/service-levels/{MISSING}?name=x"),
            row("L  F F  F  F  F  F  B", "POST /admin/service-levels/{SERVICE_LEVEL}?calendarId=abc&name=x"),
            // making the default the default again changes nothing
            row("L  F F  F  F  F  F  R", "POST /admin/service-levels/{SERVICE_LEVEL}/default"),
            row("L  F F  F  F  F  F  N", "POST /admin/service-levels/{MISSING}/default"),
            row("L  F F  F  F  F  F  O", "GET /admin/departments"),
            row("L  F F  F  F  F  F  R", "POST /admin/departments/{DEPARTMENT}/members"),
            row("L  F F  F  F  F  F  O", "POST /admin/departments/{DEPARTMENT}/members?staff={A}"),
            row("L  F F  F  F  F  F  B", "POST /admin/departments/{DEPARTMENT}/members?staff=abc"),
            row("L  F F  F  F  F  F  N", "POST /admin/departments/{MISSING}/members"),
            row("L  F F  F  F  F  F  B", "POST /admin/departments/not-a-number/members"),
            // Tickets: the form is for anyone; a form with mistakes comes back (400), never an error.
            row("O  O O  O  O  O  O  O", "GET /tickets/new"),
            row("B  B B  B  B  B  B  B", "POST /tickets/new?department=techniek&subject=&message="),
            row("O  O O  O  O  O  O  O", "GET /tickets/new/suggestions?subject=domein"),
            row("R  R R  R  R  R  R  R", "GET /tickets/new/article?url={ARTICLE_URL}"),
            row("N  N N  N  N  N  N  N", "GET /tickets/new/article?url=/kb/geen/artikel"),
            row("O  O O  O  O  O  O  O", "POST /tickets/new/answered"),
            row("O  O O  O  O  O  O  O", "GET /tickets/callback"),
            row("B  B B  B  B  B  B  B", "POST /tickets/callback?department=techniek&subject=&phone=12"),
            // A guest's private link works for whoever has it; without the key, with a guessed key or
            // another ticket's key, or with a guessed number: 404, alike.
            row("O  O O  O  O  O  O  O", "GET /tickets/{GUEST_TICKET}?key={GUEST_KEY}"),
            row("O  O O  O  O  O  O  O", "GET /tickets/{GUEST_TICKET}/received?key={GUEST_KEY}"),
            row("N  N N  N  N  N  N  N", "GET /tickets/{GUEST_TICKET}"),
            row("N  N N  N  N  N  N  N", "GET /tickets/{GUEST_TICKET}?key=guessed"),
            row("N  N N  N  N  N  N  N", "GET /tickets/{GUEST_TICKET}?key={KEY_A}"),
            row("N  N N  N  N  N  N  N", "GET /tickets/{TICKET_A}?key={GUEST_KEY}"),
            row("N  N N  N  N  N  N  N", "GET /tickets/0000-0000?key={GUEST_KEY}"),
            row("N  N N  N  N  N  N  N", "POST /tickets/{GUEST_TICKET}/reply?key=guessed&text=inbraak"),
            row("N  N N  N  N  N  N  N", "POST /tickets/{GUEST_TICKET}/close?key=guessed"),
            row("N  N N  N  N  N  N  N", "POST /tickets/{TICKET_A}/reply?key={GUEST_KEY}&text=inbraak"),
            // Attachments: only through a ticket that holds them; another ticket's file or a guessed id is 404.
            row("O  O O  O  O  O  O  O", "GET /tickets/{GUEST_TICKET}/attachments/{GUEST_FILE}?key={GUEST_KEY}"),
            row("N  N N  N  N  N  N  N", "GET /tickets/{GUEST_TICKET}/attachments/{GUEST_FILE}?key=guessed"),
            row("N  N N  N  N  N  N  N", "GET /tickets/{GUEST_TICKET}/attachments/{FILE_A}?key={GUEST_KEY}"),
            row("N  N N  N  N  N  N  N", "GET /tickets/{GUEST_TICKET}/attachments/999999999?key={GUEST_KEY}"),
            row("O  O O  O  O  O  O  O", "GET /tickets/{TICKET_A}/attachments/{FILE_A}?key={KEY_A}"),
            row("L  O N  N  N  N  N  N", "GET /portal/tickets/{TICKET_A}/attachments/{FILE_A}"),
            row("L  N N  N  N  N  N  N", "GET /portal/tickets/{TICKET_B}/attachments/{FILE_A}"),
            row("L  N N  N  N  N  N  N", "GET /portal/tickets/{TICKET_A}/attachments/999999999"),
            // Staff's reply files reach the customer; an internal note's file never does, by key or in the portal.
            row("O  O O  O  O  O  O  O", "GET /tickets/{TICKET_A}/attachments/{REPLY_FILE_A}?key={KEY_A}"),
            row("L  O N  N  N  N  N  N", "GET /portal/tickets/{TICKET_A}/attachments/{REPLY_FILE_A}"),
            row("N  N N  N  N  N  N  N", "GET /tickets/{TICKET_A}/attachments/{NOTE_FILE_A}?key={KEY_A}"),
            row("L  N N  N  N  N  N  N", "GET /portal/tickets/{TICKET_A}/attachments/{NOTE_FILE_A}"),
            // The portal shows one's own tickets only; someone else's answers 404, like a missing one.
            row("L  O O  O  O  O  O  O", "GET /portal/tickets"),
            row("L  O N  N  N  N  N  N", "GET /portal/tickets/{TICKET_A}"),
            row("L  N O  N  N  N  N  N", "GET /portal/tickets/{TICKET_B}"),
            row("L  N N  N  N  N  N  N", "GET /portal/tickets/0000-0000"),
            row("L  N R  N  N  N  N  N", "POST /portal/tickets/{TICKET_B}/reply?text=aanvulling"),
            row("L  N R  N  N  N  N  N", "POST /portal/tickets/{TICKET_B_TO_CLOSE}/close"),
            // The desk: staff who work with customers
            row("L  F F  O  O  O  F  O", "GET /desk"),
            row(
                    "L  F F  O  O  O  F  O",
                    "GET /desk?department=hosting&status=all&priority=HIGH&who=mine&sort=priority"),
            row("L  F F  O  O  O  F  O", "GET /desk/tickets/{TICKET_A}"),
            row("L  F F  N  N  N  F  N", "GET /desk/tickets/0000-0000"),
            row("L  F F  R  R  R  F  R", "POST /desk/tickets/{TICKET_A}/claim"),
            row("L  F F  R  R  R  F  R", "POST /desk/tickets/{TICKET_A}/assign?assignee={STAFF}"),
            row("L  F F  C  C  C  F  C", "POST /desk/tickets/{TICKET_A}/assign?assignee={A}"),
            row("L  F F  B  B  B  F  B", "POST /desk/tickets/{TICKET_A}/assign?assignee=rommel"),
            row("L  F F  N  N  N  F  N", "POST /desk/tickets/0000-0000/assign?assignee={STAFF}"),
            // A ticket's service level: a reason is required, an unknown level is refused (the page again, 400);
            // choosing the level the ticket already has changes nothing.
            row(
                    "L  F F  R  R  R  F  R",
                    "POST /desk/tickets/{TICKET_A}/service-level?level={SERVICE_LEVEL}&reason=Matrix"),
            row("L  F F  B  B  B  F  B", "POST /desk/tickets/{TICKET_A}/service-level?level={SERVICE_LEVEL}&reason="),
            row("L  F F  B  B  B  F  B", "POST /desk/tickets/{TICKET_A}/service-level?level={MISSING}&reason=x"),
            row("L  F F  B  B  B  F  B", "POST /desk/tickets/{TICKET_A}/service-level?level=rommel&reason=x"),
            row("L  F F  N  N  N  F  N", "POST /desk/tickets/0000-0000/service-level?level={SERVICE_LEVEL}&reason=x"),
            // A customer's service level: the desk sees it, billing and administrators change it.
            row("L  F F  O  O  O  F  O", "GET /desk/customers/{A}/service-level"),
            row("L  F F  N  N  N  F  N", "GET /desk/customers/{MISSING}/service-level"),
            row("L  F F  N  N  N  F  N", "GET /desk/customers/{STAFF}/service-level"),
            row("L  F F  F  F  R  F  R", "POST /desk/customers/{B}/service-level?level={SERVICE_LEVEL}"),
            row("L  F F  F  F  B  F  B", "POST /desk/customers/{B}/service-level?level=rommel"),
            row("L  F F  F  F  N  F  N", "POST /desk/customers/{MISSING}/service-level?level={SERVICE_LEVEL}"),
            row("L  F F  C  C  C  F  C", "POST /desk/tickets/{TICKET_A}/hand-over?department=techniek"),
            row("L  F F  C  C  C  F  C", "POST /desk/tickets/{TICKET_A}/hand-over?department=kwijt"),
            row("L  F F  N  N  N  F  N", "POST /desk/tickets/0000-0000/hand-over?department=administratie"),
            row("L  F F  N  N  N  F  N", "GET /desk/tickets/{TICKET_A}?canned={MISSING}"),
            row("L  F F  N  N  N  F  N", "GET /desk/tickets/{TICKET_A}/canned?canned={MISSING}"),
            row("L  F F  B  B  B  F  B", "GET /desk/tickets/{TICKET_A}/canned?canned=rommel"),
            row("L  F F  N  N  N  F  N", "GET /desk/tickets/0000-0000/canned?canned=1"),
            row("L  F F  R  R  R  F  R", "POST /desk/tickets/{TICKET_A}/note?text=notitie"),
            row("L  F F  R  R  R  F  R", "POST /desk/tickets/{TICKET_A}/priority?priority=HIGH"),
            row("L  F F  R  R  R  F  R", "POST /desk/tickets/{TICKET_A}/status?status=OPEN"),
            row("L  F F  R  R  R  F  R", "POST /desk/tickets/{TICKET_A}/reply?text=antwoord&status=OPEN"),
            row("L  F F  B  B  B  F  B", "POST /desk/tickets/{TICKET_A}/status?status=KWIJT"),
            row("L  F F  N  N  N  F  N", "POST /desk/tickets/0000-0000/note?text=notitie"),
            // Call attempts only on callback requests: an ordinary ticket has none to record.
            row("L  F F  N  N  N  F  N", "POST /desk/tickets/{TICKET_A}/callback-attempts?outcome=NO_ANSWER"),
            row("L  F F  B  B  B  F  B", "POST /desk/tickets/{TICKET_A}/callback-attempts?outcome=KWIJT"),
            row("L  F F  N  N  N  F  N", "POST /desk/tickets/0000-0000/callback-attempts?outcome=REACHED"),
            // Collision warnings: the heartbeat (without htmx it leads back to the page); a reply on a stale view
            row("L  F F  R  R  R  F  R", "POST /desk/tickets/{TICKET_A}/presence?activity=REPLYING&seen=0"),
            row("L  F F  B  B  B  F  B", "POST /desk/tickets/{TICKET_A}/presence?activity=DANSEN"),
            row("L  F F  N  N  N  F  N", "POST /desk/tickets/0000-0000/presence"),
            row("L  F F  C  C  C  F  C", "POST /desk/tickets/{TICKET_A}/reply?text=antwoord&seen=0"),
            row("L  F F  B  B  B  F  B", "POST /desk/tickets/{TICKET_A}/reply?text=antwoord&seen=rommel"),
            // Merging duplicates: a confirmation page first; A's and B's tickets are of different customers (409)
            row("L  F F  O  O  O  F  O", "GET /desk/tickets/{TICKET_B_TO_CLOSE}/merge?target={TICKET_B}"),
            row("L  F F  C  C  C  F  C", "GET /desk/tickets/{TICKET_A}/merge?target={TICKET_B}"),
            row("L  F F  C  C  C  F  C", "GET /desk/tickets/{TICKET_A}/merge?target=rommel"),
            row("L  F F  N  N  N  F  N", "GET /desk/tickets/0000-0000/merge?target={TICKET_A}"),
            row("L  F F  C  C  C  F  C", "POST /desk/tickets/{TICKET_A}/merge?target={TICKET_B}"),
            row("L  F F  C  C  C  F  C", "POST /desk/tickets/{TICKET_A}/merge?target=0000-0000"),
            row("L  F F  C  C  C  F  C", "POST /desk/tickets/{TICKET_A}/merge?target={TICKET_A}"),
            row("L  F F  N  N  N  F  N", "POST /desk/tickets/0000-0000/merge?target={TICKET_A}"),
            // Searching tickets: staff who work with customers; any text is a page, never an error
            row("L  F F  O  O  O  F  O", "GET /desk/search"),
            row("L  F F  O  O  O  F  O", "GET /desk/search?q=Matrix"),
            row("L  F F  O  O  O  F  O", "GET /desk/search?q=(*~AND&page=rommel"),
            // Files at the desk: any file of the ticket (the customer's, a reply's, a note's), never another ticket's
            row("L  F F  O  O  O  F  O", "GET /desk/tickets/{TICKET_A}/attachments/{FILE_A}"),
            row("L  F F  O  O  O  F  O", "GET /desk/tickets/{TICKET_A}/attachments/{REPLY_FILE_A}"),
            row("L  F F  O  O  O  F  O", "GET /desk/tickets/{TICKET_A}/attachments/{NOTE_FILE_A}"),
            row("L  F F  N  N  N  F  N", "GET /desk/tickets/{TICKET_B}/attachments/{FILE_A}"),
            row("L  F F  N  N  N  F  N", "GET /desk/tickets/{TICKET_A}/attachments/999999999"),
            row("L  F F  N  N  N  F  N", "GET /desk/tickets/0000-0000/attachments/{FILE_A}"),
            row("L  F F  R  R  R  F  R", "POST /desk/tickets/{TICKET_A}/note?text=notitie multipart"),
            row("L  F F  R  R  R  F  R", "POST /desk/tickets/{TICKET_A}/reply?text=antwoord&status=OPEN multipart"),
            // FAQ links in a reply: the search (fragment or page) and the insert without JavaScript
            row("L  F F  O  O  O  F  O", "GET /desk/tickets/{TICKET_A}/faq?faq=domein"),
            row("L  F F  O  O  O  F  O", "POST /desk/tickets/{TICKET_A}/faq?faq=domein&text=concept"),
            row("L  F F  O  O  O  F  O", "POST /desk/tickets/{TICKET_A}/faq/insert?article={ARTICLE_URL}&text=concept"),
            row("L  F F  N  N  N  F  N", "POST /desk/tickets/{TICKET_A}/faq/insert?article=/kb/geen/artikel&text=c"),
            row("L  F F  N  N  N  F  N", "GET /desk/tickets/0000-0000/faq?faq=domein"),
            row("L  F F  O  O  O  F  O", "GET /desk/reports/deflection"),
            row("L  F F  O  O  O  F  O", "GET /desk/reports/deflection?from=gisteren&to=2026-13-45"),
            // The service level report: every member of desk staff; bad dates or filters get the page with the reason
            row("L  F F  O  O  O  F  O", "GET /desk/reports/service-levels"),
            row("L  F F  O  O  O  F  O", "GET /desk/reports/service-levels?period=last-month&department=techniek"),
            row("L  F F  B  B  B  F  B", "GET /desk/reports/service-levels?from=gisteren&to=2026-13-45"),
            row("L  F F  B  B  B  F  B", "GET /desk/reports/service-levels?from=2025-01-01&to=2026-11-01"),
            row("L  F F  O  O  O  F  O", "GET /desk/reports/service-levels.csv?period=this-quarter"),
            row("L  F F  B  B  B  F  B", "GET /desk/reports/service-levels.csv?department=kwijt"),
            // Time on a desk ticket: staff who work with customers; the month report: billing and administrators
            row("L  F F  O  O  O  F  O", "GET /desk/tickets/{TICKET_A}/time"),
            row("L  F F  N  N  N  F  N", "GET /desk/tickets/0000-0000/time"),
            row("L  F F  N  N  N  F  N", "GET /desk/tickets/{TICKET_A}/time?edit={MISSING}"),
            row(
                    "L  F F  R  R  R  F  R",
                    "POST /desk/tickets/{TICKET_A}/time?minutes=5&day=2026-11-02&description=matrix"),
            row(
                    "L  F F  B  B  B  F  B",
                    "POST /desk/tickets/{TICKET_A}/time?minutes=0&day=2026-11-02&description=matrix"),
            row("L  F F  B  B  B  F  B", "POST /desk/tickets/{TICKET_A}/time?minutes=5&day=morgen&description=matrix"),
            row("L  F F  N  N  N  F  N", "POST /desk/tickets/0000-0000/time?minutes=5&day=2026-11-02&description=x"),
            row("L  F F  R  R  R  F  R", "POST /desk/tickets/{TICKET_A}/time/timer/start?description=matrix"),
            row("L  F F  N  N  N  F  N", "POST /desk/tickets/0000-0000/time/timer/stop"),
            row(
                    "L  F F  N  N  N  F  N",
                    "POST /desk/tickets/{TICKET_A}/time/{MISSING}?minutes=5&day=2026-11-02&description=x"),
            row("L  F F  N  N  N  F  N", "POST /desk/tickets/{TICKET_A}/time/{MISSING}/delete"),
            row("L  F F  F  F  O  F  O", "GET /desk/time"),
            row("L  F F  F  F  O  F  O", "GET /desk/time?month=2026-11"),
            row("L  F F  F  F  B  F  B", "GET /desk/time?month=rommel"),
            row("L  F F  F  F  O  F  O", "GET /desk/time/export?month=2026-11"),
            // A customer's billable time: only their own tickets' (the page of staff accounts is empty)
            row("L  O O  O  O  O  O  O", "GET /portal/time"),
            row("L  B B  B  B  B  B  B", "GET /portal/time?month=rommel"),
            // The service level report over the API: staff only (customers 403, the knowledge editor lacks the scope)
            row("U  F F  O  O  O  F  O", "GET /api/v1/reports/service-levels"),
            row("U  F F  O  O  O  F  O", "GET /api/v1/reports/service-levels?period=last-7-days&level={SERVICE_LEVEL}"),
            row("U  F F  B  B  B  F  B", "GET /api/v1/reports/service-levels?from=2026-11-20&to=2026-11-01"),
            row("U  F F  B  B  B  F  B", "GET /api/v1/reports/service-levels?level=geen-getal"),
            // Ticket API: customers their own (someone else's is 404), staff everything; JSON bodies follow the path
            row("U  O O  O  O  O  F  O", "GET /api/v1/tickets"),
            row("U  O O  B  B  B  F  B", "GET /api/v1/tickets?status=KWIJT"),
            // q searches for staff; customers get their own list, as without it
            row("U  O O  O  O  O  F  O", "GET /api/v1/tickets?q=Matrix"),
            row("U  O N  O  O  O  F  O", "GET /api/v1/tickets/{TICKET_A}"),
            row("U  N O  O  O  O  F  O", "GET /api/v1/tickets/{TICKET_B}"),
            row("U  N N  N  N  N  F  N", "GET /api/v1/tickets/0000-0000"),
            row("U  N N  O  O  O  F  O", "GET /api/v1/tickets/{GUEST_TICKET}"),
            row(
                    "U  O O  B  B  B  F  B",
                    "POST /api/v1/tickets {\"department\":\"techniek\",\"subject\":\"Matrix API\",\"text\":\"Vraag\"}"),
            row("U  N O  O  O  O  F  O", "POST /api/v1/tickets/{TICKET_B}/messages {\"text\":\"aanvulling\"}"),
            row(
                    "U  F F  O  O  O  F  O",
                    "POST /api/v1/tickets/{TICKET_A}/messages {\"text\":\"notitie\",\"internal\":true}"),
            row("U  N N  N  N  N  F  N", "POST /api/v1/tickets/0000-0000/messages {\"text\":\"aanvulling\"}"),
            // Callback requests: customers ask (a bad number is 400), staff record attempts on callbacks only.
            row(
                    "U  B B  F  F  F  F  F",
                    "POST /api/v1/callbacks {\"department\":\"techniek\",\"subject\":\"Bel\",\"phone\":\"12\","
                            + "\"day\":\"2026-12-01\",\"slot\":\"MORNING\"}"),
            row("U  N N  N  N  N  F  N", "GET /api/v1/tickets/{TICKET_A}/callback"),
            row("U  N N  N  N  N  F  N", "GET /api/v1/tickets/{TICKET_B}/callback"),
            row("U  F F  N  N  N  F  N", "POST /api/v1/tickets/{TICKET_A}/callback-attempts {\"outcome\":\"REACHED\"}"),
            row(
                    "U  F F  C  C  C  F  C",
                    "POST /api/v1/tickets/{TICKET_A}/messages {\"text\":\"antwoord\",\"lastSeenMessageId\":0}"),
            row("U  N O  O  O  O  F  O", "POST /api/v1/tickets/{TICKET_B_TO_CLOSE}/status {\"status\":\"CLOSED\"}"),
            row("U  F N  O  O  O  F  O", "PATCH /api/v1/tickets/{TICKET_A}/status {\"status\":\"OPEN\"}"),
            row("U  F N  C  C  C  F  C", "POST /api/v1/tickets/{TICKET_A}/status {\"status\":\"NEW\"}"),
            row("U  B B  B  B  B  F  B", "POST /api/v1/tickets/{TICKET_A}/status {\"status\":\"KWIJT\"}"),
            // Service levels over the API: staff only; a customer's level is changed by billing and administrators.
            row(
                    "U  F F  O  O  O  F  O",
                    "POST /api/v1/tickets/{TICKET_A}/service-level {\"levelId\":{SERVICE_LEVEL},\"reason\":\"Matrix\"}"),
            row(
                    "U  F F  B  B  B  F  B",
                    "POST /api/v1/tickets/{TICKET_A}/service-level {\"levelId\":{MISSING},\"reason\":\"Matrix\"}"),
            row(
                    "U  F F  N  N  N  F  N",
                    "POST /api/v1/tickets/0000-0000/service-level {\"levelId\":{SERVICE_LEVEL},\"reason\":\"Matrix\"}"),
            row("U  F F  O  O  O  F  O", "GET /api/v1/customers/{A}/service-level"),
            row("U  F F  N  N  N  F  N", "GET /api/v1/customers/{MISSING}/service-level"),
            row("U  F F  F  F  O  F  O", "PUT /api/v1/customers/{B}/service-level {\"levelId\":{SERVICE_LEVEL}}"),
            row("U  F F  F  F  B  F  B", "PUT /api/v1/customers/{B}/service-level {\"levelId\":{MISSING}}"),
            row("U  F F  F  F  N  F  N", "PUT /api/v1/customers/{MISSING}/service-level {\"levelId\":{SERVICE_LEVEL}}"),
            // Files over the API: listed in the ticket, downloaded with the ticket's checks, uploaded as multipart
            row("U  O N  O  O  O  F  O", "GET /api/v1/tickets/{TICKET_A}/attachments/{FILE_A}"),
            row("U  O N  O  O  O  F  O", "GET /api/v1/tickets/{TICKET_A}/attachments/{REPLY_FILE_A}"),
            row("U  N N  O  O  O  F  O", "GET /api/v1/tickets/{TICKET_A}/attachments/{NOTE_FILE_A}"),
            row("U  N N  N  N  N  F  N", "GET /api/v1/tickets/{TICKET_B}/attachments/{FILE_A}"),
            row("U  N N  N  N  N  F  N", "GET /api/v1/tickets/{TICKET_A}/attachments/999999999"),
            row("U  N N  N  N  N  F  N", "GET /api/v1/tickets/0000-0000/attachments/{FILE_A}"),
            row("U  N O  O  O  O  F  O", "POST /api/v1/tickets/{TICKET_B}/messages?text=bijlage multipart"),
            row(
                    "U  F F  O  O  O  F  O",
                    "POST /api/v1/tickets/{TICKET_A}/messages?text=notitie&internal=true multipart"),
            row("U  N N  N  N  N  F  N", "POST /api/v1/tickets/0000-0000/messages?text=bijlage multipart"),
            row(
                    "U  O O  B  B  B  F  B",
                    "POST /api/v1/tickets?department=techniek&subject=Matrix&text=Vraag multipart"),
            // Plans over the API for everyone signed in with ticket scopes; calendars for staff only
            row("U  O O  O  O  O  F  O", "GET /api/v1/service-levels"),
            row("U  F F  O  O  O  F  O", "GET /api/v1/calendars"),
            row("U  F F  O  O  O  F  O", "GET /api/v1/calendars/{CALENDAR}/holidays?year=2026"),
            row("U  F F  B  B  B  F  B", "GET /api/v1/calendars/{CALENDAR}/holidays?year=1200"),
            row("U  F F  N  N  N  F  N", "GET /api/v1/calendars/{MISSING}/holidays"),
            // Time over the API: customers read the blocks of their own tickets, only staff log time
            row("U  O N  O  O  O  F  O", "GET /api/v1/tickets/{TICKET_A}/time"),
            row("U  N O  O  O  O  F  O", "GET /api/v1/tickets/{TICKET_B}/time"),
            row("U  N N  O  O  O  F  O", "GET /api/v1/tickets/{GUEST_TICKET}/time"),
            row("U  N N  N  N  N  F  N", "GET /api/v1/tickets/0000-0000/time"),
            row(
                    "U  F F  O  O  O  F  O",
                    "POST /api/v1/tickets/{TICKET_A}/time {\"minutes\":5,\"description\":\"matrix\"}"),
            row(
                    "U  F F  B  B  B  F  B",
                    "POST /api/v1/tickets/{TICKET_A}/time {\"minutes\":0,\"description\":\"matrix\"}"),
            row("U  F F  N  N  N  F  N", "POST /api/v1/tickets/0000-0000/time {\"minutes\":5,\"description\":\"x\"}"),
            // Remote support: customers book for themselves (staff are refused); {BOOKING_A} is A's booking
            // of {SLOT}, too close to its start to cancel, so every row answers the same in any order.
            row("L  O O  F  F  F  F  F", "GET /portal/remote-support"),
            row("L  O O  F  F  F  F  F", "GET /portal/remote-support/slots/{SLOT}"),
            row("L  N N  F  F  F  F  F", "GET /portal/remote-support/slots/{MISSING}"),
            row("L  B B  F  F  F  F  F", "POST /portal/remote-support/slots/{SLOT}?description="),
            row("L  R N  F  F  F  F  F", "POST /portal/remote-support/bookings/{BOOKING_A}/cancel"),
            row("L  N N  F  F  F  F  F", "POST /portal/remote-support/bookings/{MISSING}/cancel"),
            row("L  F F  F  F  F  F  O", "GET /admin/remote-support"),
            row("L  F F  F  F  F  F  B", "POST /admin/remote-support?day=gisteren"),
            row("L  F F  F  F  F  F  N", "POST /admin/remote-support/{MISSING}/cancel"),
            row("U  O O  F  F  F  F  F", "GET /api/v1/remote-support/slots"),
            row("U  O O  F  F  F  F  F", "GET /api/v1/remote-support/bookings"),
            row(
                    "U  N N  F  F  F  F  F",
                    "POST /api/v1/remote-support/bookings {\"slotId\":999999999999,\"description\":\"Matrix\"}"),
            row("U  C N  F  F  F  F  F", "DELETE /api/v1/remote-support/bookings/{BOOKING_A}"),
            row("U  N N  F  F  F  F  F", "DELETE /api/v1/remote-support/bookings/{MISSING}"));

    private static Fixture fixture;

    private static final String MULTIPART = "multipart";
    private static final byte[] MATRIX_FILE = "Bijlage uit de matrix".getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ChangePersonalData personalData;

    @Autowired
    ArticleEditor editor;

    @Autowired
    Passwords passwords;

    @Autowired
    OutboxAdministration outbox;

    @Autowired
    BusinessCalendars calendars;

    @Autowired
    ServiceLevels serviceLevels;

    @Autowired
    RemoteSupport remoteSupport;

    @Autowired
    RemoteSupportSlots remoteSupportSlots;

    @Autowired
    TestClock clock;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    TicketDesk tickets;

    @Autowired
    AgentDesk agentDesk;

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
            // A mail in the outbox: a password reset link for the support agent.
            var mailedTo = made.get(Who.SUPPORT_AGENT).email();
            passwords.requestReset(EmailAddress.of(mailedTo));
            var mail = outbox.page(0).stream()
                    .filter(entry -> entry.recipient().contains(mailedTo))
                    .findFirst()
                    .orElseThrow();
            var adminToken = apiTokens
                    .create(
                            EmailAddress.of(made.get(Who.ADMINISTRATOR).email()),
                            new ApiTokens.NewToken("Matrix", Set.of(ApiScope.ACCOUNT_READ), null),
                            null)
                    .token();
            // Tickets: customer A's and B's own (B has a second one to close), and a guest's.
            var ticketA = tickets.open(
                    TicketFixtures.question(
                            EmailAddress.of(made.get(Who.CUSTOMER_A).email()),
                            "Matrix A",
                            "Vraag van A",
                            made.get(Who.CUSTOMER_A).id(),
                            Language.NL,
                            "techniek"),
                    List.of(textFile("a.txt")));
            var ticketB = tickets.open(TicketFixtures.question(
                    EmailAddress.of(made.get(Who.CUSTOMER_B).email()),
                    "Matrix B",
                    "Vraag van B",
                    made.get(Who.CUSTOMER_B).id(),
                    Language.NL,
                    "administratie"));
            var ticketBToClose = tickets.open(TicketFixtures.question(
                    EmailAddress.of(made.get(Who.CUSTOMER_B).email()),
                    "Matrix B sluiten",
                    "Nog een vraag van B",
                    made.get(Who.CUSTOMER_B).id(),
                    Language.NL,
                    "administratie"));
            var guestTicket = tickets.open(
                    TicketFixtures.guestQuestion(TicketFixtures.uniqueAddress("matrix-gast"), "Matrix gast", "Vraag"),
                    List.of(textFile("gast.txt")));
            var values = new java.util.HashMap<String, String>();
            values.put("{TICKET_A}", ticketA.number().value());
            values.put("{KEY_A}", ticketA.accessKey());
            values.put("{TICKET_B}", ticketB.number().value());
            values.put("{TICKET_B_TO_CLOSE}", ticketBToClose.number().value());
            values.put("{GUEST_TICKET}", guestTicket.number().value());
            values.put("{GUEST_KEY}", guestTicket.accessKey());
            values.put("{FILE_A}", firstFile(ticketA, new TicketAccess.Key(ticketA.accessKey())));
            values.put("{GUEST_FILE}", firstFile(guestTicket, new TicketAccess.Key(guestTicket.accessKey())));
            // Staff answer A with a file and write an internal note with a file on A's ticket.
            var staff = TicketFixtures.agent(made.get(Who.SUPPORT_AGENT).id(), "Matrix agent");
            agentDesk.reply(
                    ticketA.number(),
                    staff,
                    Channel.WEB,
                    "Antwoord",
                    TicketStatus.OPEN,
                    List.of(textFile("antwoord.txt")));
            agentDesk.note(ticketA.number(), staff, Channel.WEB, "Notitie", List.of(textFile("notitie.txt")));
            var messages = agentDesk.find(ticketA.number(), staff).orElseThrow().messages();
            values.put("{REPLY_FILE_A}", staffFile(messages, false));
            values.put("{NOTE_FILE_A}", staffFile(messages, true));
            var slot = RemoteSupportFixtures.slot(
                    remoteSupportSlots, clock, Duration.ofHours(2), Duration.ofHours(20), 2, 4500);
            var bookingA = remoteSupport.book(RemoteSupportFixtures.booking(
                    slot,
                    accounts.find(EmailAddress.of(made.get(Who.CUSTOMER_A).email()))
                            .orElseThrow(),
                    "Matrix"));
            values.put("{SLOT}", String.valueOf(slot.id()));
            values.put(
                    "{DEPARTMENT}",
                    String.valueOf(tickets.departments().getFirst().id()));
            values.put("{BOOKING_A}", String.valueOf(bookingA.id()));
            fixture = new Fixture(
                    made,
                    companyA,
                    companyB,
                    Map.ofEntries(
                            Map.entry("{A}", id(made, Who.CUSTOMER_A)),
                            Map.entry("{B}", id(made, Who.CUSTOMER_B)),
                            Map.entry("{STAFF}", id(made, Who.SUPPORT_AGENT)),
                            Map.entry("{MISSING}", String.valueOf(Long.MAX_VALUE)),
                            Map.entry("{CATEGORY}", String.valueOf(category.id())),
                            Map.entry("{CATEGORY_SLUG}", published.category().slug()),
                            Map.entry("{ARTICLE}", String.valueOf(article.id())),
                            Map.entry("{MAIL}", String.valueOf(mail.id())),
                            Map.entry("{ADMIN_TOKEN}", String.valueOf(adminToken.id())),
                            Map.entry(
                                    "{CALENDAR}",
                                    String.valueOf(calendars
                                            .named("Kantooruren")
                                            .orElseThrow()
                                            .id())),
                            Map.entry(
                                    "{SERVICE_LEVEL}",
                                    String.valueOf(serviceLevels
                                            .defaultLevel()
                                            .orElseThrow()
                                            .id())),
                            Map.entry(
                                    "{ARTICLE_URL}",
                                    "/kb/" + published.category().slug() + "/" + article.slug())));
            values.putAll(fixture.values());
            fixture = new Fixture(made, companyA, companyB, Map.copyOf(values));
        }
    }

    private static Upload textFile(String name) {
        return Upload.of(name, "text/plain", ("Bijlage " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
    }

    private String firstFile(OpenedTicket opened, TicketAccess access) {
        var entry = tickets.find(opened.number(), access)
                .orElseThrow()
                .conversation()
                .getFirst();
        return String.valueOf(entry.files().getFirst().id());
    }

    private static String staffFile(List<AgentMessage> messages, boolean internal) {
        return messages.stream()
                .filter(message ->
                        message.internal() == internal && !message.files().isEmpty())
                .filter(message -> message.authorKind() == AuthorKind.STAFF)
                .map(message -> String.valueOf(message.files().getFirst().id()))
                .findFirst()
                .orElseThrow();
    }

    static Stream<Arguments> cells() {
        return ROUTES.stream()
                .flatMap(route -> Stream.of(Who.values()).map(who -> Arguments.of(route, who, route.expectedFor(who))));
    }

    @ParameterizedTest(name = "{0} as {1} answers {2}")
    @MethodSource("cells")
    void every_route_answers_each_visitor_as_the_table_says(Route route, Who who, char expected) throws Exception {
        var path = resolve(route.path());
        AbstractMockHttpServletRequestBuilder<?> request = MULTIPART.equals(route.json())
                ? multipart(route.method(), path)
                        .file(new MockMultipartFile("files", "matrix.txt", "text/plain", MATRIX_FILE))
                : request(route.method(), path);
        if (route.json() != null && !MULTIPART.equals(route.json())) {
            request.contentType(MediaType.APPLICATION_JSON).content(resolve(route.json()));
        }
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

    /** A row: one code per column of {@link Who}, then the method and path (query included). */
    private static Route row(String expected, String request) {
        var parts = request.split(" ", 3);
        return new Route(HttpMethod.valueOf(parts[0]), parts[1], expected, parts.length > 2 ? parts[2] : null);
    }
}
