package nl.loket.tickets.remote.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestClock;
import nl.loket.tickets.remote.RemoteSupportFixtures;
import nl.loket.tickets.remote.RemoteSupportSlots;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Remote support over the API: free slots, booking, a full slot as problem+json, cancelling. */
@DatabaseTest
@LoketIntegrationTest
class RemoteSupportApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    RemoteSupportSlots slots;

    @Autowired
    TestClock clock;

    @Test
    void a_customer_books_the_last_place_the_next_one_gets_a_409_and_only_the_owner_can_cancel() throws Exception {
        var slot = RemoteSupportFixtures.slot(slots, clock, Duration.ofDays(3), Duration.ofDays(30), 1, 3950);
        var anna = TestAccounts.create(accounts, Role.CUSTOMER, "Anna Api");
        var bert = TestAccounts.create(accounts, Role.CUSTOMER, "Bert Api");

        mvc.perform(get("/api/v1/remote-support/slots").with(anna.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == %d)].price", slot.id()).value("€ 39,50"))
                .andExpect(jsonPath("$[?(@.id == %d)].placesLeft", slot.id()).value(1));

        var booked = mvc.perform(post("/api/v1/remote-support/bookings")
                        .with(anna.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slotId\":" + slot.id() + ",\"description\":\"Mijn DNS klopt niet\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.priceCents").value(3950))
                .andExpect(jsonPath("$.cancellable").value(true))
                .andReturn()
                .getResponse();
        int id = JsonPath.read(booked.getContentAsString(), "$.id");
        String ticket = JsonPath.read(booked.getContentAsString(), "$.ticket");
        assertThat(booked.getHeader("Location")).isEqualTo("/api/v1/tickets/" + ticket);

        mvc.perform(post("/api/v1/remote-support/bookings")
                        .with(bert.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slotId\":" + slot.id() + ",\"description\":\"Ik ook\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("slot-full"))
                .andExpect(jsonPath("$.detail")
                        .value("Deze plek is zojuist door iemand anders geboekt. Kies een ander moment; wat je schreef"
                                + " is bewaard."));
        mvc.perform(delete("/api/v1/remote-support/bookings/{id}", id)
                        .with(bert.signedIn())
                        .with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(delete("/api/v1/remote-support/bookings/{id}", id)
                        .with(anna.signedIn())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cancelledAt").isNotEmpty());
        mvc.perform(get("/api/v1/remote-support/bookings").with(anna.signedIn()))
                .andExpect(jsonPath("$[?(@.id == %d)].cancellable", id).value(false));
    }

    @Test
    void bad_bookings_are_explained_in_the_readers_language() throws Exception {
        var slot = RemoteSupportFixtures.slot(slots, clock, Duration.ofDays(3), Duration.ofDays(30), 2, 0);
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Carla Api");
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Agent Api");

        mvc.perform(post("/api/v1/remote-support/bookings")
                        .with(customer.signedIn())
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slotId\":" + slot.id() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Please describe your problem, so that we can prepare."));
        mvc.perform(post("/api/v1/remote-support/bookings")
                        .with(customer.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"Zonder moment\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("slot-missing"));
        mvc.perform(post("/api/v1/remote-support/bookings")
                        .with(customer.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slotId\":" + Long.MAX_VALUE + ",\"description\":\"Kwijt\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("slot-gone"));
        mvc.perform(post("/api/v1/remote-support/bookings")
                        .with(agent.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slotId\":" + slot.id() + ",\"description\":\"Voor een klant\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("customers-only"));
    }
}
