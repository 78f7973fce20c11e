package nl.loket.tickets.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.tickets.CannedReplies;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators keep canned replies; agents pick one on a ticket and it fills the reply box. */
@DatabaseTest
@LoketIntegrationTest
class CannedRepliesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketDesk desk;

    @Autowired
    CannedReplies replies;

    @Autowired
    AccountManagement accounts;

    @Test
    void an_administrator_adds_changes_and_deletes_a_canned_reply() throws Exception {
        var admin = TestAccounts.create(accounts, Role.ADMINISTRATOR, "Beheer Standaard");
        var name = "Wachtwoord " + UUID.randomUUID();

        mvc.perform(post("/admin/canned-replies")
                        .with(csrf())
                        .with(admin.signedIn())
                        .param("name", name)
                        .param("language", "nl")
                        .param("department", "techniek")
                        .param("body", "Beste {customer}, over ticket {ticket}: ..."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/canned-replies"));
        var saved = replies.all().stream()
                .filter(reply -> reply.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(saved.department()).isEqualTo("techniek");
        mvc.perform(get("/admin/canned-replies").with(admin.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));

        mvc.perform(post("/admin/canned-replies/" + saved.id())
                        .with(csrf())
                        .with(admin.signedIn())
                        .param("name", name + " (nieuw)")
                        .param("language", "en")
                        .param("department", "")
                        .param("body", "Dear {customer}"))
                .andExpect(status().isFound());
        var changed = replies.find(saved.id()).orElseThrow();
        assertThat(changed.name()).isEqualTo(name + " (nieuw)");
        assertThat(changed.language()).isEqualTo(Language.EN);
        assertThat(changed.department()).isNull();

        mvc.perform(post("/admin/canned-replies/" + saved.id() + "/delete")
                        .with(csrf())
                        .with(admin.signedIn()))
                .andExpect(status().isFound());
        assertThat(replies.find(saved.id())).isEmpty();
        mvc.perform(get("/admin/canned-replies/" + saved.id()).with(admin.signedIn()))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_wrong_canned_reply_is_shown_again_with_clear_messages_and_everything_typed() throws Exception {
        var admin = TestAccounts.create(accounts, Role.ADMINISTRATOR, "Beheer Fout");

        mvc.perform(post("/admin/canned-replies")
                        .with(csrf())
                        .with(admin.signedIn())
                        .param("name", " ")
                        .param("language", "de")
                        .param("department", "bestaat-niet")
                        .param("body", "Hallo {klantnaam}, mijn getypte tekst"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Geef het standaardantwoord een naam.")))
                .andExpect(content().string(containsString("Kies Nederlands of Engels.")))
                .andExpect(content().string(containsString("Deze afdeling bestaat niet.")))
                .andExpect(content().string(containsString("onbekende plaatshouder")))
                .andExpect(content().string(containsString("{customer}")))
                .andExpect(content().string(containsString("Hallo {klantnaam}, mijn getypte tekst")));
        mvc.perform(post("/admin/canned-replies")
                        .with(csrf())
                        .with(admin.signedIn())
                        .param("name", "Leeg")
                        .param("language", "nl")
                        .param("body", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Schrijf de tekst van het antwoord.")));
    }

    @Test
    void picking_a_canned_reply_fills_the_reply_box_on_the_page_and_as_an_htmx_fragment() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Kies Agent");
        var opened = desk.open(TicketFixtures.guestQuestion(
                TicketFixtures.uniqueAddress("canned"), "Mail komt niet aan", "Mijn mail komt niet aan."));
        var number = opened.number().value();
        var mailName = "Mail " + UUID.randomUUID();
        var invoiceName = "Factuur " + UUID.randomUUID();
        var englishName = "English " + UUID.randomUUID();
        var forTicket = replies.create(
                new CannedReplies.Draft(mailName, "nl", "techniek", "Beste {customer}, over {ticket} ({subject}):"));
        var otherDepartment =
                replies.create(new CannedReplies.Draft(invoiceName, "nl", "administratie", "Over uw factuur"));
        replies.create(new CannedReplies.Draft(englishName, "en", "", "Dear"));
        var page = "/desk/tickets/" + number;
        var expected = "Beste Klant Mail komt niet aan, over " + number + " (Mail komt niet aan):";

        mvc.perform(get(page).with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(mailName)))
                .andExpect(content().string(not(containsString(invoiceName))))
                .andExpect(content().string(not(containsString(englishName))));
        mvc.perform(get(page).param("canned", String.valueOf(forTicket)).with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>")))
                .andExpect(content().string(containsString(expected + "</textarea>")));
        mvc.perform(get(page + "/canned")
                        .param("canned", String.valueOf(forTicket))
                        .header("HX-Request", "true")
                        .with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reply-text\"")))
                .andExpect(content().string(containsString(expected)))
                .andExpect(content().string(not(containsString("<h1>"))));
        mvc.perform(get(page + "/canned")
                        .param("canned", String.valueOf(otherDepartment))
                        .with(agent.signedIn()))
                .andExpect(status().isNotFound());
    }
}
