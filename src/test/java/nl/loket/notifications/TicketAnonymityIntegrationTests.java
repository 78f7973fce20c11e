package nl.loket.notifications;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.shared.EmailAddress;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestAccounts.TestAccount;
import nl.loket.testsupport.WebSession;
import nl.loket.tickets.InboundMessage;
import nl.loket.tickets.TicketFixtures;
import nl.loket.tickets.TicketMailbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The seed's promise: customers see every staff reply as the team. A whole conversation is held
 * with two agents (claim, priority, internal notes that name colleagues, replies, status changes,
 * answers by web and by mail), then every byte a customer can see, every page and every mail with
 * its headers, raw and decoded, is searched for the agents' names and addresses. None may be there.
 */
@DatabaseTest
@LoketIntegrationTest
class TicketAnonymityIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern LINK =
            Pattern.compile("https://loket\\.test(/tickets/\\d{4}-\\d{4}\\?key=[A-Za-z0-9_-]+)");
    private static final Pattern REPLY_TOKEN = Pattern.compile("\\+t([a-z2-7]{20})@");

    @LocalServerPort
    int port;

    @Autowired
    OutboxSender sender;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    TicketMailbox mailbox;

    @Test
    void a_guest_sees_only_the_team_in_every_page_and_every_mail_of_a_whole_conversation() throws Exception {
        var bram = staff(Role.SUPPORT_AGENT, "Bartholomeus Kwakkelstein");
        var wilhelmina = staff(Role.CUSTOMER_SERVICE, "Wilhelmina Oosterhuis-Tjepkema");
        var email = TicketFixtures.uniqueAddress("anoniem").value();
        var visible = new ArrayList<String>();
        var guest = new WebSession(port);

        var sent = guest.postForm(
                "/tickets/new",
                Map.of(
                        "department", "hosting",
                        "subject", "Server onbereikbaar",
                        "message", "Mijn VPS reageert niet meer sinds 14:00.",
                        "email", email,
                        "name", "Gijs Gast",
                        "website", "",
                        "_csrf", csrfOf(guest, "/tickets/new")));
        var received = sent.headers().firstValue("Location").orElseThrow();
        var number = received.replaceAll(".*/tickets/(\\d{4}-\\d{4}).*", "$1");
        visible.add(guest.get(received.replaceFirst("^https?://[^/]+", "")).body());
        var desk = "/desk/tickets/" + number;

        act(bram, desk + "/claim");
        act(bram, desk + "/priority", "priority", "URGENT");
        act(
                bram,
                desk + "/note",
                "text",
                "Bartholomeus Kwakkelstein hier: Wilhelmina Oosterhuis-Tjepkema weet meer van deze VPS.");
        act(bram, desk + "/reply", "text", "We onderzoeken de storing.", "status", "OPEN");
        act(wilhelmina, desk + "/status", "status", "ON_HOLD");
        act(wilhelmina, desk + "/note", "text", "Datacenter gebeld, ticket bij leverancier.");
        act(wilhelmina, desk + "/reply", "text", "De server draait weer.", "status", "RESOLVED");

        var mails = DeliveredMails.to(sender, smtp, email);
        var link = LINK.matcher(DeliveredMails.text(mails.getLast()));
        assertThat(link.find()).isTrue();
        var page = new WebSession(port);
        visible.add(page.get(link.group(1)).body());
        visible.add(page.get(link.group(1) + "&lang=en").body());
        var replied = page.postForm(
                link.group(1).replaceAll("\\?key=.*", "") + "/reply",
                Map.of(
                        "key", link.group(1).replaceAll(".*\\?key=", ""),
                        "text", "Hij valt weer uit!",
                        "_csrf", csrfOf(page, link.group(1))));
        assertThat(replied.statusCode()).isEqualTo(302);
        var token = REPLY_TOKEN.matcher(DeliveredMails.header(mails.getLast(), "Reply-To"));
        assertThat(token.find()).isTrue();
        mailbox.receive(new InboundMessage(
                UUID.randomUUID() + "@gast.example",
                EmailAddress.of(email),
                "Gijs Gast",
                List.of(),
                "Re: " + mails.getLast().getSubject(),
                "En nu weer.",
                "En nu weer.",
                token.group(1),
                number,
                List.of(),
                Instant.now()));
        act(
                bram,
                desk + "/reply",
                "text",
                "Er is een nieuwe netwerkkaart geplaatst.",
                "status",
                "WAITING_FOR_CUSTOMER");
        act(bram, desk + "/status", "status", "CLOSED");

        mails = DeliveredMails.to(sender, smtp, email);
        visible.add(page.get(link.group(1)).body());
        for (var mail : mails) {
            visible.add(DeliveredMails.everything(mail));
        }

        assertThat(mails).hasSizeGreaterThanOrEqualTo(6);
        assertThat(String.join("\n", visible))
                .contains(
                        "Team Loket Support", "We onderzoeken de storing.", "Er is een nieuwe netwerkkaart geplaatst.");
        assertNoStaffIn(visible, bram, wilhelmina);
    }

    @Test
    void a_customer_with_an_account_sees_only_the_team_in_the_portal_and_in_mails() throws Exception {
        var agent = staff(Role.BILLING, "Fenneke Facturatie-Verstappen");
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Carla Klant");
        var visible = new ArrayList<String>();

        var sent = mvc.perform(post("/tickets/new")
                        .with(csrf())
                        .with(customer.signedIn())
                        .param("department", "administratie")
                        .param("subject", "Dubbele afschrijving")
                        .param("message", "Ik zie twee afschrijvingen voor november.")
                        .param("website", ""))
                .andExpect(status().isFound())
                .andReturn();
        var number = sent.getResponse().getRedirectedUrl().replaceAll(".*/tickets/(\\d{4}-\\d{4}).*", "$1");
        act(
                agent,
                "/desk/tickets/" + number + "/note",
                "text",
                "Fenneke Facturatie-Verstappen: terugboeking aangevraagd.");
        act(agent, "/desk/tickets/" + number + "/reply", "text", "We storten het bedrag terug.", "status", "RESOLVED");

        visible.add(body(get("/portal/tickets").with(customer.signedIn())));
        visible.add(body(get("/portal/tickets/" + number).with(customer.signedIn())));
        visible.add(body(get(sent.getResponse().getRedirectedUrl()).with(customer.signedIn())));
        for (var mail : DeliveredMails.to(sender, smtp, customer.email())) {
            visible.add(DeliveredMails.everything(mail));
        }

        assertThat(String.join("\n", visible)).contains("We storten het bedrag terug.", "Team Loket Support");
        assertNoStaffIn(visible, agent);
    }

    /** A member of staff with the name colleagues see. */
    private record Staff(TestAccount account, String name) {}

    private Staff staff(Role role, String name) {
        return new Staff(TestAccounts.create(accounts, role, name), name);
    }

    /**
     * Neither the staff's names (whole or in parts), nor their addresses, nor a word of the internal
     * notes. Every part of the names is six letters or more and the search is exact, so that random
     * keys and encoded bytes cannot match by chance.
     */
    private static void assertNoStaffIn(List<String> visible, Staff... staff) {
        for (var text : visible) {
            for (var member : staff) {
                var forbidden =
                        new ArrayList<String>(List.of(member.account().email(), "terugboeking", "Datacenter gebeld"));
                forbidden.add(member.name());
                forbidden.addAll(List.of(member.name().split("[ -]")));
                for (var word : forbidden) {
                    assertThat(text).as("customer-visible text").doesNotContain(word);
                }
            }
        }
    }

    private void act(Staff agent, String path, String... fields) throws Exception {
        var request = post(path).with(csrf()).with(agent.account().signedIn());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        mvc.perform(request).andExpect(status().isFound());
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        var response =
                mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String csrfOf(WebSession session, String page) {
        var matcher = CSRF.matcher(session.get(page).body());
        assertThat(matcher.find()).as("CSRF token on " + page).isTrue();
        return matcher.group(1);
    }
}
