package nl.loket.tickets.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestAccounts.TestAccount;
import nl.loket.tickets.OpenedTicket;
import nl.loket.tickets.TicketAccess;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Two agents on one ticket: the second is warned that the first is there (and writing), and a reply
 * written before a newer message is held back with its draft kept until it is sent again.
 */
@DatabaseTest
@LoketIntegrationTest
class DeskCollisionIntegrationTests {

    private static final Pattern SEEN = Pattern.compile("name=\"seen\" value=\"(\\d+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketDesk desk;

    @Autowired
    AccountManagement accounts;

    @Test
    void the_second_agent_sees_that_a_colleague_looks_at_the_ticket_and_then_that_she_writes() throws Exception {
        var anna = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Anna Eerste");
        var bob = TestAccounts.create(accounts, Role.CUSTOMER_SERVICE, "Bob Tweede");
        var page = "/desk/tickets/" + open().number().value();

        var annasFirstLook =
                body(mvc.perform(get(page).with(anna.signedIn())).andReturn().getResponse());
        var bobsPage =
                body(mvc.perform(get(page).with(bob.signedIn())).andReturn().getResponse());

        assertThat(annasFirstLook).doesNotContain("bekijkt dit ticket ook");
        assertThat(bobsPage).contains("Anna Eerste bekijkt dit ticket ook.").doesNotContain("Bob Tweede bekijkt");

        var annasBeat = heartbeat(anna, page, "REPLYING", seenIn(annasFirstLook));
        var bobsBeat = heartbeat(bob, page, "VIEWING", seenIn(bobsPage));

        assertThat(annasBeat.getStatus()).isEqualTo(200);
        assertThat(annasBeat.getContentAsString()).contains("Bob Tweede bekijkt dit ticket ook.");
        assertThat(bobsBeat.getContentAsString())
                .contains("id=\"desk-presence\"", "Anna Eerste is een antwoord aan het schrijven.")
                .doesNotContain("<html", "Antwoord aan de klant");
    }

    @Test
    void a_heartbeat_without_htmx_leads_back_to_the_page_and_nonsense_is_a_bad_request() throws Exception {
        var anna = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Anna Zonder Script");
        var page = "/desk/tickets/" + open().number().value();

        var plain = mvc.perform(post(page + "/presence").with(csrf()).with(anna.signedIn()))
                .andReturn()
                .getResponse();
        assertThat(plain.getStatus()).isEqualTo(302);
        assertThat(plain.getRedirectedUrl()).isEqualTo(page);
        assertThat(heartbeat(anna, page, "DANSEN", "0").getStatus()).isEqualTo(400);
        assertThat(heartbeat(anna, page, "VIEWING", "rommel").getStatus()).isEqualTo(400);
    }

    @Test
    void a_reply_written_before_a_colleagues_reply_is_held_back_with_the_draft_and_sent_on_the_second_try()
            throws Exception {
        var anna = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Anna Schrijver");
        var bob = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Bob Sneller");
        var page = "/desk/tickets/" + open().number().value();
        var annasSeen = seenIn(
                body(mvc.perform(get(page).with(anna.signedIn())).andReturn().getResponse()));
        var bobsSeen = seenIn(
                body(mvc.perform(get(page).with(bob.signedIn())).andReturn().getResponse()));

        var bobsReply = send(bob, page + "/reply", "text", "Bob was eerst: herstart de router.", "seen", bobsSeen);
        assertThat(bobsReply.getStatus()).isEqualTo(302);
        var annasHeartbeat = heartbeat(anna, page, "REPLYING", annasSeen);
        assertThat(annasHeartbeat.getContentAsString()).contains("Er is een nieuw bericht binnengekomen");

        var heldBack = send(
                anna, page + "/reply", "text", "Zet de DNS op onze servers.", "status", "RESOLVED", "seen", annasSeen);
        var shown = body(heldBack);
        assertThat(heldBack.getStatus()).isEqualTo(409);
        assertThat(shown)
                .contains("Er is een nieuw bericht binnengekomen terwijl je schreef; lees het en verstuur opnieuw.")
                .contains(">Zet de DNS op onze servers.</textarea>")
                .contains("new-message", "Bob was eerst: herstart de router.")
                .containsPattern("<option value=\"RESOLVED\" selected=\"selected\"");
        assertThat(conversation(anna, page)).doesNotContain("Zet de DNS op onze servers.");

        var resent = send(
                anna,
                page + "/reply",
                "text",
                "Zet de DNS op onze servers.",
                "status",
                "RESOLVED",
                "seen",
                seenIn(shown));
        assertThat(resent.getStatus()).isEqualTo(302);
        assertThat(conversation(anna, page)).contains("Zet de DNS op onze servers.", "Opgelost");
    }

    @Test
    void a_reply_written_before_the_customer_answered_is_held_back_and_a_note_is_saved_with_a_pointer()
            throws Exception {
        var anna = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Anna Notitie");
        var opened = open();
        var page = "/desk/tickets/" + opened.number().value();
        var seen = seenIn(
                body(mvc.perform(get(page).with(anna.signedIn())).andReturn().getResponse()));
        desk.reply(opened.number(), new TicketAccess.Key(opened.accessKey()), "Laat maar, het werkt weer.");

        var heldBack = send(anna, page + "/reply", "text", "Probeer het eens opnieuw.", "seen", seen);
        var noted = mvc.perform(post(page + "/note")
                        .with(csrf())
                        .with(anna.signedIn())
                        .param("text", "Klant belde ook nog.")
                        .param("seen", seen))
                .andReturn();

        assertThat(heldBack.getStatus()).isEqualTo(409);
        assertThat(body(heldBack)).contains("Laat maar, het werkt weer.", ">Probeer het eens opnieuw.</textarea>");
        assertThat(noted.getResponse().getStatus()).isEqualTo(302);
        // The page after the redirect, with what the redirect carried (MockMvc's flashAttrs would put it in
        // a mock session that the database-backed session never reads).
        var afterNote = body(mvc.perform(get(page)
                        .with(anna.signedIn())
                        .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, noted.getFlashMap()))
                .andReturn()
                .getResponse());
        assertThat(afterNote)
                .contains("De notitie is opgeslagen. Intussen is er een nieuw bericht binnengekomen")
                .contains("Klant belde ook nog.", "new-message")
                .doesNotContain("Probeer het eens opnieuw.");
    }

    @Test
    void the_customer_never_sees_who_is_at_the_desk() throws Exception {
        var anna = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Anna Onzichtbaar");
        var opened = open();
        mvc.perform(get("/desk/tickets/" + opened.number().value()).with(anna.signedIn()));

        var guestPage = mvc.perform(get("/tickets/" + opened.number().value()).param("key", opened.accessKey()))
                .andReturn()
                .getResponse();

        assertThat(guestPage.getStatus()).isEqualTo(200);
        assertThat(body(guestPage)).doesNotContain("Anna Onzichtbaar", "bekijkt dit ticket", "presence");
    }

    private OpenedTicket open() {
        return desk.open(TicketFixtures.guestQuestion(
                TicketFixtures.uniqueAddress("collision"), "DNS werkt niet", "Mijn domein wijst nergens heen."));
    }

    private MockHttpServletResponse heartbeat(TestAccount agent, String page, String activity, String seen)
            throws Exception {
        return mvc.perform(post(page + "/presence")
                        .with(csrf())
                        .with(agent.signedIn())
                        .header("HX-Request", "true")
                        .param("activity", activity)
                        .param("seen", seen))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse send(TestAccount agent, String path, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(agent.signedIn());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String conversation(TestAccount agent, String page) throws Exception {
        return body(mvc.perform(get(page).with(agent.signedIn())).andReturn().getResponse());
    }

    private static String seenIn(String page) {
        var matcher = SEEN.matcher(page);
        assertThat(matcher.find())
                .as("the page carries the newest message it shows")
                .isTrue();
        return matcher.group(1);
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
