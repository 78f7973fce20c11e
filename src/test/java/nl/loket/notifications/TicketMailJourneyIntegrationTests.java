package nl.loket.notifications;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import java.time.Instant;
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
import nl.loket.testsupport.WebSession;
import nl.loket.tickets.InboundMessage;
import nl.loket.tickets.TicketFixtures;
import nl.loket.tickets.TicketMailbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A guest's ticket from the form to the mailbox and back: the confirmation mail and its private
 * link, a reply by e-mail that lands on the ticket, the agent's answer that arrives from the team,
 * and the internal note that arrives nowhere. Mails travel over SMTP to GreenMail.
 */
@DatabaseTest
@LoketIntegrationTest
class TicketMailJourneyIntegrationTests {

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
    void a_guest_follows_their_ticket_by_mail_and_link_and_sees_the_team_answer_but_never_the_note() throws Exception {
        var guest = new WebSession(port);
        var email = TicketFixtures.uniqueAddress("reis").value();
        var agentName = "Anneke Zwaluwstaart";
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, agentName);
        var note = "Interne notitie " + UUID.randomUUID();

        // The guest sends a question on the real form.
        var sent = guest.postForm(
                "/tickets/new",
                Map.of(
                        "department", "techniek",
                        "subject", "Mail komt niet aan",
                        "message", "Sinds vanochtend ontvang ik geen e-mail meer op info@mijnzaak.nl.",
                        "email", email,
                        "name", "Sanne de Boer",
                        "website", "",
                        "_csrf", csrfOf(guest, "/tickets/new")));
        assertThat(sent.statusCode()).isEqualTo(302);
        var number =
                sent.headers().firstValue("Location").orElseThrow().replaceAll(".*/tickets/(\\d{4}-\\d{4}).*", "$1");

        // The confirmation: from the department, with the number, the reply token and a private link.
        var received = DeliveredMails.to(sender, smtp, email);
        assertThat(received).hasSize(1);
        var confirmation = received.getFirst();
        var from = (InternetAddress) confirmation.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("helpdesk@loket.invalid");
        assertThat(from.getPersonal()).isEqualTo("Team Loket Support");
        assertThat(confirmation.getSubject()).contains("[#" + number + "]").contains("Mail komt niet aan");
        assertThat(DeliveredMails.header(confirmation, "Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(DeliveredMails.header(confirmation, "Message-ID"))
                .matches("<ticket-" + number + "-\\d+@loket\\.invalid>");
        var replyTo = ((InternetAddress) confirmation.getReplyTo()[0]).getAddress();
        var token = REPLY_TOKEN.matcher(replyTo);
        assertThat(token.find()).as("reply token in " + replyTo).isTrue();
        assertThat(replyTo).startsWith("helpdesk+t").endsWith("@loket.invalid");
        var link = LINK.matcher(DeliveredMails.text(confirmation));
        assertThat(link.find()).as("private link in the mail").isTrue();

        // The link works, in a browser without any session.
        var page = new WebSession(port).get(link.group(1));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sinds vanochtend ontvang ik geen e-mail meer");

        // The guest answers by e-mail; the inbound reader hands it to the ticket module.
        var answer = mailbox.receive(new InboundMessage(
                "antwoord-" + UUID.randomUUID() + "@mijnzaak.nl",
                EmailAddress.of(email),
                "Sanne de Boer",
                List.of(EmailAddress.of(replyTo)),
                "Re: " + confirmation.getSubject(),
                "Het gaat om het adres info@mijnzaak.nl, ook na een herstart.",
                "Het gaat om het adres info@mijnzaak.nl, ook na een herstart.\n\n> eerder bericht",
                token.group(1),
                number,
                List.of(),
                Instant.now()));
        assertThat(answer).isEqualTo(new TicketMailbox.InboundResult.AddedToTicket(number));
        assertThat(new WebSession(port).get(link.group(1)).body()).contains("ook na een herstart");

        // The agent writes a note for colleagues, then answers the customer.
        mvc.perform(post("/desk/tickets/" + number + "/note")
                        .with(csrf())
                        .with(agent.signedIn())
                        .param("text", note))
                .andExpect(status().isFound());
        mvc.perform(post("/desk/tickets/" + number + "/reply")
                        .with(csrf())
                        .with(agent.signedIn())
                        .param("text", "We hebben de MX-records van uw domein hersteld.")
                        .param("status", "WAITING_FOR_CUSTOMER"))
                .andExpect(status().isFound());

        var all = DeliveredMails.to(sender, smtp, email);
        assertThat(all).hasSize(2);
        var reply = all.get(1);
        var replyFrom = (InternetAddress) reply.getFrom()[0];
        assertThat(replyFrom.getPersonal()).isEqualTo("Team Loket Support");
        assertThat(reply.getSubject()).contains("[#" + number + "]");
        assertThat(DeliveredMails.text(reply))
                .contains("We hebben de MX-records van uw domein hersteld.")
                .contains("Team Loket Support")
                .contains("ook na een herstart");
        assertThat(DeliveredMails.header(reply, "In-Reply-To")).contains("antwoord-");
        assertThat(DeliveredMails.header(reply, "References"))
                .contains(DeliveredMails.header(confirmation, "Message-ID"));
        for (var mail : all) {
            assertThat(DeliveredMails.everything(mail))
                    .as("mail " + mail.getSubject())
                    .doesNotContain(agentName, "Anneke", "Zwaluwstaart", agent.email(), note);
        }
    }

    private static String csrfOf(WebSession session, String page) {
        var matcher = CSRF.matcher(session.get(page).body());
        assertThat(matcher.find()).as("CSRF token on " + page).isTrue();
        return matcher.group(1);
    }
}
