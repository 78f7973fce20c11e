package nl.loket.accounts;

import static nl.loket.testsupport.Csrf.csrf;
import static nl.loket.testsupport.Csrf.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Iban;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestAccounts.TestAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
@LoketIntegrationTest
@RecordApplicationEvents
class PersonalDataIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CustomerDirectory directory;

    @Autowired
    ChangeEmailAddress changeEmail;

    @Autowired
    ApplicationEvents events;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    EmailChangeRepository emailChanges;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_customer_changes_their_own_data_in_the_portal_and_sees_the_iban_grouped() throws Exception {
        var customer = customer();

        mvc.perform(validForm(post("/portal/account"), "Jan de Vries").with(customer.signedIn()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/portal/account"));

        var own = directory.own(viewerOf(customer));
        assertThat(own.name()).isEqualTo("Jan de Vries");
        assertThat(own.company()).isEqualTo("Zeewind BV");
        assertThat(own.address()).isEqualTo(new PostalAddress("Dorpsstraat 12", "1234 AB", "Zeewolde", "NL"));
        assertThat(own.iban()).isEqualTo(Iban.of("NL91ABNA0417164300"));
        assertThat(own.birthDate()).isEqualTo(LocalDate.of(1980, 5, 17));
        mvc.perform(get("/portal/account").with(customer.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NL91 ABNA 0417 1643 00")))
                .andExpect(content().string(containsString("1234 AB")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void a_bad_iban_postcode_and_a_future_birth_date_each_get_a_dutch_message_and_nothing_is_saved() throws Exception {
        var customer = customer();

        mvc.perform(post("/portal/account")
                        .with(customer.signedIn())
                        .with(csrf())
                        .param("name", "Gewijzigd")
                        .param("street", "Dorpsstraat 12")
                        .param("postcode", "123 AB")
                        .param("city", "Zeewolde")
                        .param("country", "NL")
                        .param("iban", "NL92 ABNA 0417 1643 00")
                        .param("birthDate", LocalDate.now().plusDays(2).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Dit IBAN klopt niet")))
                .andExpect(content().string(containsString("Dit is geen Nederlandse postcode")))
                .andExpect(content().string(containsString("Een geboortedatum ligt in het verleden")));

        assertThat(directory.own(viewerOf(customer)).name()).isNotEqualTo("Gewijzigd");
    }

    @Test
    void the_messages_are_in_english_for_an_english_reader() throws Exception {
        var customer = customer();

        mvc.perform(post("/portal/account")
                        .with(customer.signedIn())
                        .with(csrf())
                        .param("lang", "en")
                        .param("name", "")
                        .param("phone", "call me")
                        .param("iban", "NL00 1234")
                        .param("birthDate", "31-02-1980"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter your name.")))
                .andExpect(content().string(containsString("Enter a phone number")))
                .andExpect(content().string(containsString("This IBAN is not correct")))
                .andExpect(content().string(containsString("Enter a valid date.")));
    }

    @Test
    void a_change_without_the_security_token_is_refused() throws Exception {
        var customer = customer();

        mvc.perform(post("/portal/account").with(customer.signedIn()).param("name", "Zonder token"))
                .andExpect(status().isForbidden());
        assertThat(directory.own(viewerOf(customer)).name()).isNotEqualTo("Zonder token");
    }

    @Test
    void the_address_changes_only_when_the_link_sent_to_the_new_address_is_followed() throws Exception {
        var customer = customer();
        var newEmail = unique("nieuw");

        mvc.perform(post("/portal/account/email")
                        .with(customer.signedIn())
                        .with(csrf())
                        .param("newEmail", newEmail))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/portal/account"));
        var requested = lastRequestFor(customer);
        assertThat(requested.oldEmail().value()).isEqualTo(customer.email());
        assertThat(requested.newEmail().value()).isEqualTo(newEmail);
        assertThat(requested.validForHours()).isEqualTo(24);
        assertThat(requested.path()).startsWith("/portal/account/email/confirm?token=");
        assertThat(securityEvents(SecurityEvent.Kind.EMAIL_CHANGE_REQUESTED, customer.id()))
                .hasSize(1);
        assertThat(directory.own(viewerOf(customer)).email().value()).isEqualTo(customer.email());

        var token = tokenOf(requested);
        assertThat(jdbc.queryForObject("select count(*) from email_change where token_hash = ?", Long.class, token))
                .isZero();
        assertThat(emailChanges.findByTokenHash(AccountTokens.hash(token))).isPresent();
        mvc.perform(get(requested.path()).with(customer.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(newEmail)));
        mvc.perform(post("/portal/account/email/confirm")
                        .with(customer.signedIn())
                        .with(csrf())
                        .param("token", token))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/portal/account"));

        var changed = accountRepository.findById(customer.id().value()).orElseThrow();
        assertThat(changed.email().value()).isEqualTo(newEmail);
        assertThat(events.stream(SecurityNoticeRequired.class)
                        .filter(notice -> notice.account().equals(customer.id())))
                .singleElement()
                .satisfies(notice -> {
                    assertThat(notice.kind()).isEqualTo(SecurityNoticeRequired.Kind.EMAIL_CHANGED);
                    assertThat(notice.email().value()).isEqualTo(customer.email());
                });
        assertThat(securityEvents(SecurityEvent.Kind.EMAIL_CHANGED, customer.id()))
                .hasSize(1);
    }

    @Test
    void a_confirmation_link_works_only_once() {
        var customer = customer();
        var token = request(customer, unique("eenmaal"));

        assertThat(changeEmail.confirm(customer.id(), token, Language.NL, null))
                .isEqualTo(ChangeEmailAddress.Confirmed.CHANGED);
        assertThat(changeEmail.confirm(customer.id(), token, Language.NL, null))
                .isEqualTo(ChangeEmailAddress.Confirmed.INVALID_LINK);
    }

    @Test
    void a_used_link_shows_a_clear_message_instead_of_changing_anything() throws Exception {
        var customer = customer();
        var token = request(customer, unique("opnieuw"));
        changeEmail.confirm(customer.id(), token, Language.NL, null);
        var signedInAgain = new TestAccount(
                customer.id(),
                accountRepository
                        .findById(customer.id().value())
                        .orElseThrow()
                        .email()
                        .value(),
                customer.password(),
                Role.CUSTOMER);

        mvc.perform(post("/portal/account/email/confirm")
                        .with(signedInAgain.signedIn())
                        .with(csrf())
                        .param("token", token))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Deze link werkt niet (meer)")));
    }

    @Test
    void a_confirmation_link_expires_after_24_hours() {
        var customer = customer();
        var token = request(customer, unique("verlopen"));
        var dayLater = new ChangeEmailAddress(
                accountRepository,
                emailChanges,
                publisher,
                Clock.offset(Clock.systemUTC(), Duration.ofHours(24).plusSeconds(1)));
        var almostDayLater = new ChangeEmailAddress(
                accountRepository, emailChanges, publisher, Clock.offset(Clock.systemUTC(), Duration.ofHours(23)));

        assertThat((ChangeEmailAddress.Confirmed)
                        transactions.execute(status -> dayLater.confirm(customer.id(), token, Language.NL, null)))
                .isEqualTo(ChangeEmailAddress.Confirmed.INVALID_LINK);
        assertThat((ChangeEmailAddress.Confirmed)
                        transactions.execute(status -> almostDayLater.confirm(customer.id(), token, Language.NL, null)))
                .isEqualTo(ChangeEmailAddress.Confirmed.CHANGED);
    }

    @Test
    void a_link_works_only_for_the_account_that_asked_for_it() {
        var customer = customer();
        var other = customer();
        var token = request(customer, unique("ander"));

        assertThat(changeEmail.confirm(other.id(), token, Language.NL, null))
                .isEqualTo(ChangeEmailAddress.Confirmed.INVALID_LINK);
        assertThat(changeEmail.confirm(customer.id(), token, Language.NL, null))
                .isEqualTo(ChangeEmailAddress.Confirmed.CHANGED);
    }

    @Test
    void a_newer_request_makes_the_older_link_useless() {
        var customer = customer();
        var first = request(customer, unique("eerste"));
        var second = request(customer, unique("tweede"));

        assertThat(changeEmail.confirm(customer.id(), first, Language.NL, null))
                .isEqualTo(ChangeEmailAddress.Confirmed.INVALID_LINK);
        assertThat(changeEmail.confirm(customer.id(), second, Language.NL, null))
                .isEqualTo(ChangeEmailAddress.Confirmed.CHANGED);
    }

    @Test
    void asking_for_an_address_of_another_account_answers_as_usual_and_the_link_then_says_it_is_taken()
            throws Exception {
        var customer = customer();
        var owner = customer();

        mvc.perform(post("/portal/account/email")
                        .with(customer.signedIn())
                        .with(csrf())
                        .param("newEmail", owner.email()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/portal/account"));
        var token = tokenOf(lastRequestFor(customer));
        mvc.perform(post("/portal/account/email/confirm")
                        .with(customer.signedIn())
                        .with(csrf())
                        .param("token", token))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("hoort al bij een ander account")));

        assertThat(accountRepository
                        .findById(customer.id().value())
                        .orElseThrow()
                        .email()
                        .value())
                .isEqualTo(customer.email());
    }

    @Test
    void the_current_address_or_a_malformed_one_is_refused_with_a_message() throws Exception {
        var customer = customer();

        mvc.perform(post("/portal/account/email")
                        .with(customer.signedIn())
                        .with(csrf())
                        .param("newEmail", customer.email().toUpperCase()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Met dit adres log je al in.")));
        mvc.perform(post("/portal/account/email")
                        .with(customer.signedIn())
                        .with(csrf())
                        .param("newEmail", "geen-adres"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Vul een geldig e-mailadres in.")));
        assertThat(events.stream(EmailChangeRequested.class)
                        .filter(e -> e.account().equals(customer.id())))
                .isEmpty();
    }

    @Test
    void the_export_is_a_json_download_with_account_personal_data_and_roles() throws Exception {
        var customer = customer();
        mvc.perform(validForm(post("/portal/account"), "Export Klant").with(customer.signedIn()));

        mvc.perform(get("/portal/account/export").with(customer.signedIn()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString(".json")))
                .andExpect(jsonPath("$.account.id").value(customer.id().value()))
                .andExpect(jsonPath("$.account.email").value(customer.email()))
                .andExpect(jsonPath("$.account.name").value("Export Klant"))
                .andExpect(jsonPath("$.account.roles[0]").value("CUSTOMER"))
                .andExpect(jsonPath("$.personalData.iban").value("NL91ABNA0417164300"))
                .andExpect(jsonPath("$.personalData.postcode").value("1234 AB"))
                .andExpect(jsonPath("$.personalData.birthDate").value("1980-05-17"))
                .andExpect(jsonPath("$.tickets").isArray())
                .andExpect(jsonPath("$.invoices").isArray());

        assertThat(securityEvents(SecurityEvent.Kind.PERSONAL_DATA_EXPORTED, customer.id()))
                .hasSize(1);
    }

    @Test
    void erasing_a_customer_anonymises_them_keeps_the_account_id_and_blocks_sign_in() throws Exception {
        var customer = customer();
        var admin = TestAccounts.create(accounts, Role.ADMINISTRATOR);
        mvc.perform(validForm(post("/portal/account"), "Te Wissen").with(customer.signedIn()));
        request(customer, unique("wachtend"));

        mvc.perform(post("/admin/customers/{id}/erase", customer.id().value())
                        .with(admin.signedIn())
                        .with(csrf())
                        .param("confirmed", "true"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/customers/" + customer.id().value()));

        var erased = directory.view(customer.id(), viewerOf(admin)).orElseThrow();
        assertThat(erased.id()).isEqualTo(customer.id());
        assertThat(erased.erased()).isTrue();
        assertThat(erased.name()).isEqualTo("Verwijderde klant");
        assertThat(erased.email())
                .isEqualTo(EmailAddress.of("erased-" + customer.id().value() + "@erased.invalid"));
        assertThat(erased.company()).isEmpty();
        assertThat(erased.phone()).isEmpty();
        assertThat(erased.address()).isNull();
        assertThat(erased.iban()).isNull();
        assertThat(erased.birthDate()).isNull();
        assertThat(securityEvents(SecurityEvent.Kind.CUSTOMER_ERASED, customer.id()))
                .singleElement()
                .satisfies(event -> assertThat(event.actor()).isEqualTo(admin.id()));
        mvc.perform(signIn(customer.email(), customer.password())).andExpect(unauthenticated());
        mvc.perform(signIn(erased.email().value(), customer.password())).andExpect(unauthenticated());
        mvc.perform(get("/admin/customers/{id}", customer.id().value()).with(admin.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deze klant is gewist")))
                .andExpect(content().string(not(containsString("Te Wissen"))));
    }

    @Test
    void erasing_needs_the_box_ticked() throws Exception {
        var customer = customer();
        var admin = TestAccounts.create(accounts, Role.ADMINISTRATOR);

        mvc.perform(post("/admin/customers/{id}/erase", customer.id().value())
                        .with(admin.signedIn())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Vink eerst aan")));
        assertThat(directory.own(viewerOf(customer)).erased()).isFalse();
    }

    @Test
    void erasing_a_staff_account_or_yourself_is_refused_with_a_message() throws Exception {
        var admin = TestAccounts.create(accounts, Role.ADMINISTRATOR);
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT);

        mvc.perform(post("/admin/customers/{id}/erase", agent.id().value())
                        .with(admin.signedIn())
                        .with(csrf())
                        .param("confirmed", "true"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("account van een medewerker")));
        mvc.perform(post("/admin/customers/{id}/erase", admin.id().value())
                        .with(admin.signedIn())
                        .with(csrf())
                        .param("confirmed", "true"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Je kunt je eigen account niet wissen")));
        assertThat(accountRepository
                        .findById(agent.id().value())
                        .orElseThrow()
                        .email()
                        .value())
                .isEqualTo(agent.email());
    }

    private TestAccount customer() {
        return TestAccounts.create(accounts, Role.CUSTOMER, "Klant " + UUID.randomUUID());
    }

    private Viewer viewerOf(TestAccount account) {
        return new Viewer(account.id(), java.util.Set.of(account.role()), null);
    }

    private String request(TestAccount customer, String newEmail) {
        changeEmail.request(customer.id(), EmailAddress.of(newEmail), Language.NL, null);
        return tokenOf(lastRequestFor(customer));
    }

    private EmailChangeRequested lastRequestFor(TestAccount customer) {
        var all = events.stream(EmailChangeRequested.class)
                .filter(event -> event.account().equals(customer.id()))
                .toList();
        assertThat(all).isNotEmpty();
        return all.getLast();
    }

    private static String tokenOf(EmailChangeRequested requested) {
        return requested.path().substring(requested.path().indexOf("token=") + "token=".length());
    }

    private java.util.List<SecurityEvent> securityEvents(SecurityEvent.Kind kind, AccountId subject) {
        return events.stream(SecurityEvent.class)
                .filter(event -> event.kind() == kind && subject.equals(event.subject()))
                .toList();
    }

    private static MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder request, String name) {
        return request.with(csrf())
                .param("name", name)
                .param("company", "Zeewind BV")
                .param("phone", "+31 20 123 4567")
                .param("street", "Dorpsstraat 12")
                .param("postcode", "1234ab")
                .param("city", "Zeewolde")
                .param("country", "NL")
                .param("iban", "nl91abna0417164300")
                .param("birthDate", "1980-05-17");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@loket.test";
    }
}
