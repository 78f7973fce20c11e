package nl.loket.tickets.remote.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.shared.EmailAddress;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestAccounts.TestAccount;
import nl.loket.testsupport.TestClock;
import nl.loket.tickets.remote.RemoteSupport;
import nl.loket.tickets.remote.RemoteSupportFixtures;
import nl.loket.tickets.remote.RemoteSupportSlots;
import nl.loket.tickets.remote.SlotView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The remote-support pages: publishing slots, booking one as a customer, seeing and cancelling it. */
@DatabaseTest
@LoketIntegrationTest
class RemoteSupportPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    RemoteSupportSlots slots;

    @Autowired
    RemoteSupport remoteSupport;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_administrator_publishes_a_weekly_series_priced_in_euros() throws Exception {
        var admin = TestAccounts.create(accounts, Role.ADMINISTRATOR, "Beheerder");
        var day = LocalDate.now().plusDays(200 + ThreadLocalRandom.current().nextInt(100));
        var start = String.format("%02d:%02d", 6 + ThreadLocalRandom.current().nextInt(12), 7);

        mvc.perform(post("/admin/remote-support")
                        .with(admin.signedIn())
                        .with(csrf())
                        .param("day", day.toString())
                        .param("start", start)
                        .param("lengthMinutes", "45")
                        .param("capacity", "3")
                        .param("price", "45,00")
                        .param("weeks", "3"))
                .andExpect(redirectedUrl("/admin/remote-support"))
                .andExpect(flash().attribute("published", 3));

        var published = jdbc.queryForList(
                "select price_cents from remote_support_slot where starts_at >= ? and starts_at < ?"
                        + " and length_minutes = 45 and capacity = 3",
                Integer.class,
                java.sql.Timestamp.valueOf(day.atStartOfDay()),
                java.sql.Timestamp.valueOf(day.plusWeeks(3).atStartOfDay()));
        assertThat(published).containsExactly(4500, 4500, 4500);
        mvc.perform(get("/admin/remote-support").with(admin.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("€ 45,00")));
    }

    @Test
    void a_slot_in_the_past_or_out_of_bounds_is_refused_with_a_message_per_field_and_the_input_kept() throws Exception {
        var admin = TestAccounts.create(accounts, Role.ADMINISTRATOR, "Beheerder");

        mvc.perform(post("/admin/remote-support")
                        .with(admin.signedIn())
                        .with(csrf())
                        .param("day", "2020-01-06")
                        .param("start", "10:00")
                        .param("lengthMinutes", "10")
                        .param("capacity", "21")
                        .param("price", "veertig")
                        .param("weeks", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("De duur is 15 tot 480 minuten."),
                                containsString("Het aantal plaatsen is 1 tot 20."),
                                containsString("Vul een prijs in euro in, zoals 45 of 45,00."),
                                containsString("value=\"veertig\""),
                                containsString("value=\"2020-01-06\""))));
        mvc.perform(post("/admin/remote-support")
                        .with(admin.signedIn())
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("day", "2020-01-06")
                        .param("start", "10:00")
                        .param("lengthMinutes", "60")
                        .param("capacity", "2")
                        .param("price", "45")
                        .param("weeks", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This moment is in the past.")));
    }

    @Test
    void a_customer_sees_the_free_slot_confirms_with_a_description_and_finds_the_appointment_on_the_ticket()
            throws Exception {
        var slot = slot(2);
        var customer = customer();

        mvc.perform(get("/portal/remote-support").with(customer.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("/portal/remote-support/slots/" + slot.id()),
                                containsString("€ 45,00"))));
        mvc.perform(get("/portal/remote-support/slots/{id}", slot.id()).with(customer.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Afspraak bevestigen"),
                                containsString("€ 45,00"),
                                containsString("tot 24 uur voor het begin"))));
        mvc.perform(post("/portal/remote-support/slots/{id}", slot.id())
                        .with(customer.signedIn())
                        .with(csrf())
                        .param("description", "   "))
                .andExpect(status().isBadRequest())
                .andExpect(
                        content().string(containsString("Beschrijf je probleem, zodat we ons kunnen voorbereiden.")));

        var booked = mvc.perform(post("/portal/remote-support/slots/{id}", slot.id())
                        .with(customer.signedIn())
                        .with(csrf())
                        .param("description", "De VPN maakt geen verbinding"))
                .andExpect(redirectedUrl("/portal/remote-support"))
                .andReturn();
        var number = (String) booked.getFlashMap().get("bookedTicket");

        mvc.perform(get("/portal/tickets/{number}", number).with(customer.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Afspraak voor hulp op afstand"),
                                containsString("Afspraak annuleren"),
                                containsString("De VPN maakt geen verbinding"))));
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Agent");
        mvc.perform(get("/desk/tickets/{number}", number).with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Afspraak voor hulp op afstand"),
                                containsString("Hulp op afstand geboekt voor"),
                                not(containsString("Afspraak annuleren")))));
    }

    @Test
    void the_customer_who_comes_second_for_the_last_place_is_told_so_and_keeps_the_description() throws Exception {
        var slot = slot(1);
        var first = customer();
        var second = customer();
        mvc.perform(get("/portal/remote-support/slots/{id}", slot.id()).with(second.signedIn()))
                .andExpect(status().isOk());
        mvc.perform(post("/portal/remote-support/slots/{id}", slot.id())
                        .with(first.signedIn())
                        .with(csrf())
                        .param("description", "Eerste"))
                .andExpect(redirectedUrl("/portal/remote-support"));

        mvc.perform(post("/portal/remote-support/slots/{id}", slot.id())
                        .with(second.signedIn())
                        .with(csrf())
                        .param("description", "Mijn website is traag"))
                .andExpect(status().isConflict())
                .andExpect(content()
                        .string(allOf(
                                containsString("Deze plek is zojuist door iemand anders geboekt"),
                                containsString("Mijn website is traag"))));
    }

    @Test
    void a_customer_cancels_in_time_and_the_place_is_free_again() throws Exception {
        var slot = slot(1);
        var customer = customer();
        var summary = accounts.find(EmailAddress.of(customer.email())).orElseThrow();
        var booking = remoteSupport.book(RemoteSupportFixtures.booking(slot, summary, "Annuleer ik zo"));

        mvc.perform(post("/portal/remote-support/bookings/{id}/cancel", booking.id())
                        .with(customer.signedIn())
                        .with(csrf()))
                .andExpect(redirectedUrl("/portal/remote-support"))
                .andExpect(flash().attribute("notice", "tickets.remote.cancelled"));

        assertThat(remoteSupport.bookableSlot(slot.id()).orElseThrow().placesLeft())
                .isEqualTo(1);
    }

    @Test
    void an_administrator_who_cancels_a_slot_twice_is_told_it_was_cancelled_already() throws Exception {
        var slot = slot(2);
        var admin = TestAccounts.create(accounts, Role.ADMINISTRATOR, "Beheerder");

        mvc.perform(post("/admin/remote-support/{id}/cancel", slot.id())
                        .with(admin.signedIn())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/remote-support"))
                .andExpect(flash().attribute("notice", "tickets.remote.admin.slot-cancelled"));
        mvc.perform(post("/admin/remote-support/{id}/cancel", slot.id())
                        .with(admin.signedIn())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/remote-support"))
                .andExpect(flash().attribute("notice", "tickets.remote.admin.slot-cancelled-already"));
        mvc.perform(post("/admin/remote-support/{id}/cancel", 987654321L)
                        .with(admin.signedIn())
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void cancelling_on_the_day_itself_is_refused_with_a_clear_message() throws Exception {
        var near = RemoteSupportFixtures.slot(slots, clock, Duration.ofHours(3), Duration.ofHours(20), 1, 4500);
        var customer = customer();
        var summary = accounts.find(EmailAddress.of(customer.email())).orElseThrow();
        var booking = remoteSupport.book(RemoteSupportFixtures.booking(near, summary, "Vandaag"));

        mvc.perform(post("/portal/remote-support/bookings/{id}/cancel", booking.id())
                        .with(customer.signedIn())
                        .with(csrf()))
                .andExpect(redirectedUrl("/portal/remote-support"))
                .andExpect(flash().attribute("problem", "tickets.remote.problem.too-late-to-cancel"));
        mvc.perform(get("/portal/remote-support").with(customer.signedIn()))
                .andExpect(content().string(containsString("Annuleren kan niet meer")));
    }

    @Test
    void staff_do_not_book_remote_support() throws Exception {
        var slot = slot(1);
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Agent");

        mvc.perform(get("/portal/remote-support").with(agent.signedIn())).andExpect(status().isForbidden());
        mvc.perform(post("/portal/remote-support/slots/{id}", slot.id())
                        .with(agent.signedIn())
                        .with(csrf())
                        .param("description", "Voor een klant"))
                .andExpect(status().isForbidden());
    }

    private SlotView slot(int capacity) {
        return RemoteSupportFixtures.slot(slots, clock, Duration.ofDays(2), Duration.ofDays(30), capacity, 4500);
    }

    private TestAccount customer() {
        return TestAccounts.create(accounts, Role.CUSTOMER, "Klant Portaal");
    }
}
