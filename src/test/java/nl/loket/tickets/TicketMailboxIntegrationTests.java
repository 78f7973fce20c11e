package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.shared.EmailAddress;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Mails that the inbound reader hands over land on the right ticket, once, or open a new one. */
@DatabaseTest
@LoketIntegrationTest
class TicketMailboxIntegrationTests {

    @Autowired
    TicketMailbox mailbox;

    @Autowired
    TicketDesk desk;

    @Autowired
    AgentDesk agentDesk;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_reply_with_the_reply_token_lands_on_its_ticket_whoever_sends_it() {
        var ticket = open("token");
        var colleague = TicketFixtures.uniqueAddress("collega");

        var result = mailbox.receive(
                mail(colleague, "Re: iets", "Ik vul aan: het is de mailbox van Jan.", tokenOf(ticket), null));

        assertThat(result).isEqualTo(new TicketMailbox.InboundResult.AddedToTicket(ticket.value()));
        assertThat(messagesOf(ticket))
                .containsExactly("Eerste vraag over token", "Ik vul aan: het is de mailbox van Jan.");
        assertThat(channelOfLast(ticket)).isEqualTo("EMAIL");
    }

    @Test
    void a_mail_s_files_are_kept_with_its_message_and_a_refused_one_is_noted_in_the_history() {
        var requester = TicketFixtures.uniqueAddress("bijlage");
        var opened = desk.open(TicketFixtures.guestQuestion(requester, "Mail met bijlage", "Eerste bericht"));
        var pdf = ("%PDF-1.4\n% " + UUID.randomUUID() + "\ntrailer << >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        var exe = new byte[] {'M', 'Z', 0, 0, 0, 0, 0, 0};
        var reply = mail(requester, "Re: Mail met bijlage", "De offerte zit erbij.", tokenOf(opened.number()), null);
        var withFiles = new InboundMessage(
                reply.messageId(),
                reply.from(),
                reply.fromName(),
                reply.recipients(),
                reply.subject(),
                reply.text(),
                reply.originalText(),
                reply.ticketToken(),
                null,
                List.of(
                        new InboundAttachment("offerte.pdf", "application/pdf", pdf),
                        new InboundAttachment("setup.exe", "application/octet-stream", exe)),
                reply.receivedAt());

        mailbox.receive(withFiles);

        var conversation = desk.find(opened.number(), new TicketAccess.Key(opened.accessKey()))
                .orElseThrow()
                .conversation();
        assertThat(conversation.getLast().text()).isEqualTo("De offerte zit erbij.");
        assertThat(conversation.getLast().files())
                .extracting(AttachedFile::fileName)
                .containsExactly("offerte.pdf");
        assertThat(conversation.getFirst().files()).isEmpty();
        assertThat(jdbc.queryForList(
                        "select old_value from ticket_history h join ticket t on t.id = h.ticket_id"
                                + " where t.number = ? and h.change_kind = 'ATTACHMENT_REFUSED'",
                        String.class,
                        opened.number().value()))
                .containsExactly("setup.exe");
    }

    @Test
    void the_number_in_the_subject_counts_only_when_the_ticket_s_own_customer_sends_it() {
        var requester = TicketFixtures.uniqueAddress("nummer");
        var ticket = desk.open(TicketFixtures.guestQuestion(requester, "Vraag met nummer", "Eerste bericht"))
                .number();

        var fromCustomer = mailbox.receive(mail(
                requester, "Re: Vraag met nummer [#" + ticket.value() + "]", "Nog een detail", null, ticket.value()));
        var fromStranger = mailbox.receive(mail(
                TicketFixtures.uniqueAddress("vreemde"),
                "Re: [#" + ticket.value() + "]",
                "Ik wil meelezen",
                null,
                ticket.value()));

        assertThat(fromCustomer).isEqualTo(new TicketMailbox.InboundResult.AddedToTicket(ticket.value()));
        assertThat(fromStranger).isInstanceOf(TicketMailbox.InboundResult.OpenedTicket.class);
        assertThat(((TicketMailbox.InboundResult.OpenedTicket) fromStranger).ticketNumber())
                .isNotEqualTo(ticket.value());
        assertThat(messagesOf(ticket)).containsExactly("Eerste bericht", "Nog een detail");
    }

    @Test
    void a_mail_that_matches_no_ticket_opens_one_in_the_department_it_was_sent_to() {
        var sender = TicketFixtures.uniqueAddress("nieuw");
        var message = new InboundMessage(
                UUID.randomUUID() + "@example.nl",
                sender,
                "Bea Bakker",
                List.of(EmailAddress.of("iemand@example.nl"), EmailAddress.of("administratie@loket.invalid")),
                "Vraag over mijn factuur",
                "Waarom is mijn factuur hoger dan vorige maand?",
                "Waarom is mijn factuur hoger dan vorige maand?\n-- \nBea",
                null,
                null,
                List.of(),
                Instant.now());

        var result = mailbox.receive(message);

        var number = ((TicketMailbox.InboundResult.OpenedTicket) result).ticketNumber();
        assertThat(jdbc.queryForObject(
                        "select d.code from ticket t join ticket_department d on d.id = t.department_id where t.number = ?",
                        String.class,
                        number))
                .isEqualTo("administratie");
        assertThat(jdbc.queryForObject(
                        "select requester_name || '|' || requester_email || '|' || subject from ticket where number = ?",
                        String.class,
                        number))
                .isEqualTo("Bea Bakker|" + sender.value() + "|Vraag over mijn factuur");
    }

    @Test
    void a_mail_to_no_department_address_lands_in_the_default_department_named_by_its_first_words() {
        var result = mailbox.receive(new InboundMessage(
                UUID.randomUUID() + "@example.nl",
                TicketFixtures.uniqueAddress("elders"),
                "",
                List.of(EmailAddress.of("info@elders.example")),
                "",
                "Een vraag zonder onderwerp",
                "Een vraag zonder onderwerp",
                null,
                null,
                List.of(),
                Instant.now()));

        var number = ((TicketMailbox.InboundResult.OpenedTicket) result).ticketNumber();
        assertThat(jdbc.queryForObject(
                        "select d.code from ticket t join ticket_department d on d.id = t.department_id where t.number = ?",
                        String.class,
                        number))
                .isEqualTo("techniek");
        assertThat(jdbc.queryForObject("select subject from ticket where number = ?", String.class, number))
                .isEqualTo("Een vraag zonder onderwerp");
    }

    @Test
    void a_reply_by_mail_reopens_a_resolved_ticket() {
        var ticket = open("heropenen");
        var agent = agent();
        agentDesk.changeStatus(ticket, agent, TicketStatus.RESOLVED);

        mailbox.receive(
                mail(TicketFixtures.uniqueAddress("x"), "Re:", "Het werkt toch nog niet.", tokenOf(ticket), null));

        assertThat(statusOf(ticket)).isEqualTo("OPEN");
    }

    @Test
    void a_reply_to_a_closed_ticket_opens_a_follow_up_that_says_so() {
        var ticket = open("gesloten");
        agentDesk.changeStatus(ticket, agent(), TicketStatus.CLOSED);

        var result = mailbox.receive(
                mail(TicketFixtures.uniqueAddress("later"), "Re: oud", "Weer kapot.", tokenOf(ticket), null));

        var followUp = ((TicketMailbox.InboundResult.OpenedTicket) result).ticketNumber();
        assertThat(statusOf(ticket)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject(
                        "select h.new_value from ticket_history h join ticket t on t.id = h.ticket_id"
                                + " where t.number = ? and h.change_kind = 'FOLLOW_UP_OF'",
                        String.class,
                        followUp))
                .isEqualTo(ticket.value());
    }

    @Test
    void the_same_mail_read_twice_lands_once() {
        var ticket = open("dubbel");
        var message = mail(TicketFixtures.uniqueAddress("d"), "Re:", "Eén keer graag.", tokenOf(ticket), null);
        var opening = mail(TicketFixtures.uniqueAddress("n"), "Nieuw", "Nieuwe vraag", null, null);

        var first = mailbox.receive(message);
        var again = mailbox.receive(message);
        var opened = mailbox.receive(opening);
        var openedAgain = mailbox.receive(opening);

        assertThat(again).isEqualTo(first);
        assertThat(openedAgain).isEqualTo(opened).isInstanceOf(TicketMailbox.InboundResult.OpenedTicket.class);
        assertThat(messagesOf(ticket)).containsExactly("Eerste vraag over dubbel", "Eén keer graag.");
    }

    @Test
    void a_very_long_message_id_read_twice_still_lands_once() {
        var ticket = open("lang-id");
        var longId = "x".repeat(600) + UUID.randomUUID() + "@example.nl";
        var message = new InboundMessage(
                longId,
                TicketFixtures.uniqueAddress("lang"),
                "",
                List.of(),
                "Re:",
                "Met een lange id",
                "Met een lange id",
                tokenOf(ticket),
                null,
                List.of(),
                Instant.now());

        mailbox.receive(message);
        mailbox.receive(message);

        assertThat(messagesOf(ticket)).containsExactly("Eerste vraag over lang-id", "Met een lange id");
    }

    @Test
    void a_mail_from_one_of_our_own_department_addresses_is_refused() {
        var result = mailbox.receive(mail(EmailAddress.of("helpdesk@loket.invalid"), "Lus", "Automatisch", null, null));

        assertThat(result).isInstanceOf(TicketMailbox.InboundResult.Refused.class);
    }

    @Test
    void a_guessed_token_or_a_malformed_number_opens_a_new_ticket_rather_than_reaching_another() {
        var result = mailbox.receive(
                mail(TicketFixtures.uniqueAddress("gok"), "[#0000-0000]", "Raden", "aaaaaaaaaaaaaaaaaaaa", "12-34"));

        assertThat(result).isInstanceOf(TicketMailbox.InboundResult.OpenedTicket.class);
    }

    private TicketNumber open(String topic) {
        return desk.open(TicketFixtures.guestQuestion(
                        TicketFixtures.uniqueAddress(topic), "Vraag over " + topic, "Eerste vraag over " + topic))
                .number();
    }

    private Agent agent() {
        var account = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Agent Mailbox");
        return TicketFixtures.agent(account.id(), "Agent Mailbox");
    }

    private String tokenOf(TicketNumber ticket) {
        return jdbc.queryForObject("select reply_token from ticket where number = ?", String.class, ticket.value());
    }

    private String statusOf(TicketNumber ticket) {
        return jdbc.queryForObject("select status from ticket where number = ?", String.class, ticket.value());
    }

    private List<String> messagesOf(TicketNumber ticket) {
        return jdbc.queryForList(
                "select m.body from ticket_message m join ticket t on t.id = m.ticket_id where t.number = ?"
                        + " order by m.created_at, m.id",
                String.class,
                ticket.value());
    }

    private String channelOfLast(TicketNumber ticket) {
        return jdbc.queryForObject(
                "select m.source from ticket_message m join ticket t on t.id = m.ticket_id where t.number = ?"
                        + " order by m.id desc limit 1",
                String.class,
                ticket.value());
    }

    private static InboundMessage mail(
            EmailAddress from, String subject, String text, @Nullable String token, @Nullable String number) {
        return new InboundMessage(
                UUID.randomUUID() + "@mail.example.nl",
                from,
                "",
                List.of(EmailAddress.of("helpdesk@loket.invalid")),
                subject,
                text,
                text,
                token,
                number,
                List.of(),
                Instant.now());
    }
}
