package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.loket.accounts.AccountId;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.tickets.attachments.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Merging a duplicate: where its messages, files, keys, portal page and reply mails end up. */
@DatabaseTest
@LoketIntegrationTest
class MergeTicketsIntegrationTests {

    @Autowired
    MergeTickets merging;

    @Autowired
    TicketDesk desk;

    @Autowired
    AgentDesk agentDesk;

    @Autowired
    TicketMailbox mailbox;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcTemplate jdbc;

    private final Agent agent = TicketFixtures.agent(new AccountId(424242), "Mia Samenvoeger");

    @Test
    void the_duplicate_s_messages_and_files_join_the_target_in_time_order_and_both_histories_say_so() {
        var requester = TicketFixtures.uniqueAddress("dubbel");
        var source = desk.open(
                TicketFixtures.guestQuestion(requester, "Mail doet het niet", "Eerste vraag"),
                List.of(Upload.of("log.txt", "text/plain", "regel 1".getBytes(StandardCharsets.UTF_8))));
        var target =
                desk.open(TicketFixtures.guestQuestion(requester, "Mail doet het nog steeds niet", "Tweede vraag"));
        desk.reply(source.number(), new TicketAccess.Key(source.accessKey()), "Aanvulling op de eerste");

        merging.merge(source.number(), agent, target.number().value());

        var merged = desk.find(target.number(), new TicketAccess.Key(target.accessKey()))
                .orElseThrow();
        assertThat(merged.conversation())
                .extracting(ConversationEntry::text)
                .containsExactly("Eerste vraag", "Tweede vraag", "Aanvulling op de eerste");
        assertThat(merged.conversation().getFirst().files())
                .extracting(AttachedFile::fileName)
                .containsExactly("log.txt");
        var fileId = merged.conversation().getFirst().files().getFirst().id();
        assertThat(desk.attachment(target.number(), new TicketAccess.Key(target.accessKey()), fileId))
                .isPresent();
        var sourceView = agentDesk.find(source.number(), agent).orElseThrow();
        assertThat(sourceView.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(sourceView.mergedInto()).isEqualTo(target.number());
        assertThat(sourceView.messages()).isEmpty();
        assertThat(sourceView.history())
                .extracting(HistoryEntry::change)
                .contains("OPENED", "CUSTOMER_REPLIED", "MERGED_INTO");
        assertThat(historyValue(source.number(), "MERGED_INTO"))
                .isEqualTo(target.number().value());
        assertThat(historyValue(target.number(), "MERGED_FROM"))
                .isEqualTo(source.number().value());
    }

    @Test
    void the_duplicate_s_link_portal_page_and_reply_address_lead_to_the_target() {
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Klant Dubbel");
        var email = EmailAddress.of(customer.email());
        var guestSource = desk.open(TicketFixtures.guestQuestion(email, "Als gast gevraagd", "Vraag als gast"));
        var target = desk.open(TicketFixtures.question(
                email, "Via het portaal", "Vraag in het portaal", customer.id(), Language.NL, "techniek"));
        var portalSource = desk.open(TicketFixtures.question(
                email, "Nog eens via het portaal", "Zelfde vraag", customer.id(), Language.NL, "techniek"));

        merging.merge(guestSource.number(), agent, target.number().value());
        merging.merge(portalSource.number(), agent, target.number().value());

        assertThat(desk.find(target.number(), new TicketAccess.Key(guestSource.accessKey())))
                .as("the guest link of the duplicate opens the target")
                .isPresent();
        assertThat(desk.find(guestSource.number(), new TicketAccess.Key(guestSource.accessKey()))
                        .orElseThrow()
                        .mergedInto())
                .isEqualTo(target.number());
        assertThat(desk.find(target.number(), new TicketAccess.Account(customer.id())))
                .isPresent();
        var result = mailbox.receive(new InboundMessage(
                UUID.randomUUID() + "@mail.example.nl",
                email,
                "",
                List.of(EmailAddress.of("helpdesk@loket.invalid")),
                "Re: Als gast gevraagd",
                "Nog een detail per mail",
                "Nog een detail per mail",
                replyTokenOf(guestSource.number()),
                null,
                List.of(),
                Instant.now()));
        assertThat(result)
                .isEqualTo(new TicketMailbox.InboundResult.AddedToTicket(
                        target.number().value()));
        assertThat(desk.find(target.number(), new TicketAccess.Account(customer.id()))
                        .orElseThrow()
                        .conversation()
                        .getLast()
                        .text())
                .isEqualTo("Nog een detail per mail");
    }

    @Test
    void a_ticket_merged_into_one_that_is_merged_later_leads_to_the_last_one() {
        var requester = TicketFixtures.uniqueAddress("keten");
        var first = desk.open(TicketFixtures.guestQuestion(requester, "Eerste", "Een"));
        var second = desk.open(TicketFixtures.guestQuestion(requester, "Tweede", "Twee"));
        var third = desk.open(TicketFixtures.guestQuestion(requester, "Derde", "Drie"));

        merging.merge(first.number(), agent, second.number().value());
        merging.merge(second.number(), agent, third.number().value());

        assertThat(desk.find(third.number(), new TicketAccess.Key(first.accessKey())))
                .isPresent();
        assertThat(desk.find(third.number(), new TicketAccess.Key(third.accessKey()))
                        .orElseThrow()
                        .conversation())
                .extracting(ConversationEntry::text)
                .containsExactly("Een", "Twee", "Drie");
        assertThat(agentDesk.find(first.number(), agent).orElseThrow().mergedInto())
                .isEqualTo(third.number());
    }

    @Test
    void tickets_of_two_customers_are_not_merged_and_stay_as_they_were() {
        var a = desk.open(TicketFixtures.guestQuestion(TicketFixtures.uniqueAddress("klant-a"), "Van A", "Vraag A"));
        var b = desk.open(TicketFixtures.guestQuestion(TicketFixtures.uniqueAddress("klant-b"), "Van B", "Vraag B"));

        assertThatThrownBy(() -> merging.merge(a.number(), agent, b.number().value()))
                .isInstanceOfSatisfying(TicketRuleException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("tickets.rule.merge-other-customer"));

        assertThat(desk.find(b.number(), new TicketAccess.Key(a.accessKey()))).isEmpty();
        assertThat(agentDesk.find(a.number(), agent).orElseThrow().status()).isEqualTo(TicketStatus.NEW);
        assertThat(agentDesk.find(b.number(), agent).orElseThrow().messages())
                .extracting(AgentMessage::text)
                .containsExactly("Vraag B");
    }

    @Test
    void an_unknown_or_malformed_target_is_refused_with_its_own_reason() {
        var a = desk.open(TicketFixtures.guestQuestion(TicketFixtures.uniqueAddress("onbekend"), "Alleen", "Vraag"));

        for (var target : new String[] {"0000-0000", "rommel", ""}) {
            assertThatThrownBy(() -> merging.preview(a.number(), agent, target))
                    .isInstanceOfSatisfying(TicketRuleException.class, refused -> assertThat(refused.messageKey())
                            .isEqualTo("tickets.rule.merge-target-unknown"));
        }
    }

    private String historyValue(TicketNumber number, String change) {
        return jdbc.queryForObject(
                "select h.new_value from ticket_history h join ticket t on t.id = h.ticket_id"
                        + " where t.number = ? and h.change_kind = ?",
                String.class,
                number.value(),
                change);
    }

    private String replyTokenOf(TicketNumber number) {
        return jdbc.queryForObject("select reply_token from ticket where number = ?", String.class, number.value());
    }
}
