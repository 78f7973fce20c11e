package nl.loket.tickets.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.tickets.TicketFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The ticket form: anyone can send a question; mistakes, bots and floods are answered clearly. */
@DatabaseTest
@LoketIntegrationTest
class TicketFormIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountManagement accounts;

    @Test
    void a_guest_sends_a_question_and_lands_on_the_confirmation_page_with_its_number() throws Exception {
        var email = TicketFixtures.uniqueAddress("gast");

        var sent = mvc.perform(form(email.value(), "Mijn website is traag", "Sinds gisteren laadt alles langzaam."))
                .andExpect(status().isFound())
                .andReturn();

        var location = sent.getResponse().getRedirectedUrl();
        assertThat(location).matches("/tickets/\\d{4}-\\d{4}/received\\?key=[A-Za-z0-9_-]{43}");
        var number = location.substring("/tickets/".length(), "/tickets/".length() + 9);
        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString(email.value())));
        assertThat(jdbc.queryForObject(
                        "select status from ticket where number = ? and requester_email = ?",
                        String.class,
                        number,
                        email.value()))
                .isEqualTo("NEW");
    }

    @Test
    void a_form_with_mistakes_comes_back_with_a_message_per_field_and_everything_typed() throws Exception {
        mvc.perform(post("/tickets/new")
                        .with(csrf())
                        .param("department", "techniek")
                        .param("subject", "")
                        .param("message", "Een lang verhaal over mijn mailbox die vol zit")
                        .param("email", "geen-adres")
                        .param("name", "Ria Jansen"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Geef je vraag een onderwerp.")))
                .andExpect(content().string(containsString("Vul een geldig e-mailadres in")))
                .andExpect(content().string(containsString("Een lang verhaal over mijn mailbox die vol zit")))
                .andExpect(content().string(containsString("value=\"geen-adres\"")))
                .andExpect(content().string(containsString("value=\"Ria Jansen\"")))
                .andExpect(content().string(containsString("<option value=\"techniek\" selected=\"selected\"")));
    }

    @Test
    void an_unknown_department_is_a_mistake_not_an_error() throws Exception {
        mvc.perform(form(TicketFixtures.uniqueAddress("afd").value(), "Vraag", "Tekst")
                        .param("department", "bestaat-niet"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kies de afdeling")));
    }

    @Test
    void a_filled_in_honeypot_sends_nothing_and_keeps_the_input() throws Exception {
        var email = TicketFixtures.uniqueAddress("robot");

        mvc.perform(form(email.value(), "Goedkope pillen", "Koop nu").param("website", "http://spam.example"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Laat dit veld leeg")))
                .andExpect(content().string(containsString("Goedkope pillen")));

        assertThat(ticketsFrom(email.value())).isZero();
    }

    @Test
    void after_five_questions_from_one_address_the_sixth_waits_with_a_clear_message() throws Exception {
        var email = TicketFixtures.uniqueAddress("veel");
        for (int i = 1; i <= 5; i++) {
            mvc.perform(form(email.value(), "Vraag " + i, "Tekst " + i)).andExpect(status().isFound());
        }

        mvc.perform(form(email.value(), "Vraag zes", "Nog een vraag"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("Je hebt de afgelopen tijd al veel vragen gestuurd")))
                .andExpect(content().string(containsString("Nog een vraag")));

        assertThat(ticketsFrom(email.value())).isEqualTo(5);
    }

    @Test
    void a_signed_in_customer_sends_under_their_own_address_whatever_the_form_says() throws Exception {
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Karin Klant");

        mvc.perform(get("/tickets/new").with(customer.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + customer.email() + "\"")))
                .andExpect(content().string(containsString("readonly")));
        mvc.perform(form("iemand-anders@example.nl", "Factuur klopt niet", "Er staat een bedrag te veel op.")
                        .param("name", "Iemand Anders")
                        .with(customer.signedIn()))
                .andExpect(status().isFound());

        assertThat(ticketsFrom("iemand-anders@example.nl")).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from ticket where customer_id = ? and requester_email = ?"
                                + " and requester_name = 'Karin Klant'",
                        Integer.class,
                        customer.id().value(),
                        customer.email()))
                .isEqualTo(1);
    }

    @Test
    void the_form_works_without_an_account_and_says_it_is_free() throws Exception {
        mvc.perform(get("/tickets/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Technische ondersteuning")))
                .andExpect(content().string(containsString("Hosting &amp; storingen")))
                .andExpect(content().string(containsString("gratis")))
                .andExpect(content().string(not(containsString("readonly"))));
    }

    private int ticketsFrom(String email) {
        return jdbc.queryForObject("select count(*) from ticket where requester_email = ?", Integer.class, email);
    }

    static MockHttpServletRequestBuilder form(String email, String subject, String message) {
        return post("/tickets/new")
                .with(csrf())
                .param("department", "techniek")
                .param("subject", subject)
                .param("message", message)
                .param("email", email)
                .param("name", "Piet Klant")
                .param("website", "");
    }
}
