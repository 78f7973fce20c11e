package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import nl.loket.accounts.AccountId;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import org.junit.jupiter.api.Test;

/** The rules a ticket guards itself, without a database. */
class TicketTests {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final AccountId AGENT = new AccountId(7);

    private static Ticket newTicket() {
        var ticket = new Ticket(
                new TicketNumber("1234-5678"),
                1,
                "  Mijn   website doet het niet ",
                new Ticket.Requester(null, EmailAddress.of("klant@example.nl"), "Klant", Language.NL),
                "abcdefghijklmnopqrst",
                NOW);
        ticket.takeChanges();
        return ticket;
    }

    @Test
    void a_new_ticket_is_new_with_normal_priority_and_a_tidy_subject() {
        var ticket = new Ticket(
                new TicketNumber("1234-5678"),
                1,
                "  Mijn   website doet het niet ",
                new Ticket.Requester(null, EmailAddress.of("klant@example.nl"), "Klant", Language.NL),
                "abcdefghijklmnopqrst",
                NOW);

        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.priority()).isEqualTo(TicketPriority.NORMAL);
        assertThat(ticket.subject()).isEqualTo("Mijn website doet het niet");
        assertThat(ticket.isGuest()).isTrue();
        assertThat(ticket.takeChanges()).extracting(Ticket.Change::kind).containsExactly("OPENED");
    }

    @Test
    void claiming_a_new_ticket_assigns_it_and_opens_it() {
        var ticket = newTicket();

        ticket.claim(AGENT, NOW);

        assertThat(ticket.assignee()).isEqualTo(AGENT);
        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(ticket.takeChanges()).extracting(Ticket.Change::kind).containsExactly("ASSIGNEE", "STATUS");
    }

    @Test
    void a_customer_reply_brings_a_resolved_or_waiting_ticket_back_to_open() {
        for (var status : new TicketStatus[] {TicketStatus.RESOLVED, TicketStatus.WAITING_FOR_CUSTOMER}) {
            var ticket = newTicket();
            ticket.changeStatusByStaff(status, NOW);

            ticket.customerReplied(NOW.plusSeconds(60));

            assertThat(ticket.status()).as("after " + status).isEqualTo(TicketStatus.OPEN);
            assertThat(ticket.resolvedAt()).isNull();
        }
    }

    @Test
    void a_customer_reply_leaves_a_ticket_on_hold_or_new_as_it_is() {
        var onHold = newTicket();
        onHold.changeStatusByStaff(TicketStatus.ON_HOLD, NOW);
        onHold.customerReplied(NOW);
        var fresh = newTicket();
        fresh.customerReplied(NOW);

        assertThat(onHold.status()).isEqualTo(TicketStatus.ON_HOLD);
        assertThat(fresh.status()).isEqualTo(TicketStatus.NEW);
    }

    @Test
    void nobody_can_answer_a_closed_ticket() {
        var ticket = newTicket();
        ticket.closeByCustomer(NOW);

        assertThatThrownBy(() -> ticket.customerReplied(NOW))
                .isInstanceOf(TicketRuleException.class)
                .extracting("messageKey")
                .isEqualTo("tickets.rule.closed");
        assertThatThrownBy(() -> ticket.staffReplied(TicketStatus.WAITING_FOR_CUSTOMER, NOW))
                .isInstanceOf(TicketRuleException.class);
        assertThatThrownBy(() -> ticket.changePriority(TicketPriority.HIGH, NOW))
                .isInstanceOf(TicketRuleException.class);
    }

    @Test
    void staff_can_only_reopen_a_closed_ticket() {
        var ticket = newTicket();
        ticket.changeStatusByStaff(TicketStatus.CLOSED, NOW);

        assertThatThrownBy(() -> ticket.changeStatusByStaff(TicketStatus.RESOLVED, NOW))
                .isInstanceOf(TicketRuleException.class);
        assertThat(ticket.changeStatusByStaff(TicketStatus.OPEN, NOW)).isTrue();
        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    }

    @Test
    void no_ticket_goes_back_to_new() {
        var ticket = newTicket();

        assertThatThrownBy(() -> ticket.changeStatusByStaff(TicketStatus.NEW, NOW))
                .isInstanceOf(TicketRuleException.class);
    }

    @Test
    void resolving_remembers_when_so_that_it_can_close_by_itself_later() {
        var ticket = newTicket();

        ticket.changeStatusByStaff(TicketStatus.RESOLVED, NOW);

        assertThat(ticket.resolvedAt()).isEqualTo(NOW);
        assertThat(ticket.takeChanges()).containsExactly(new Ticket.Change("STATUS", "NEW", "RESOLVED"));
    }

    @Test
    void a_second_close_by_the_customer_changes_nothing() {
        var ticket = newTicket();

        assertThat(ticket.closeByCustomer(NOW)).isTrue();
        assertThat(ticket.closeByCustomer(NOW)).isFalse();
        assertThat(ticket.takeChanges()).hasSize(1);
    }

    @Test
    void the_same_status_or_priority_again_is_no_change() {
        var ticket = newTicket();

        assertThat(ticket.changeStatusByStaff(TicketStatus.OPEN, NOW)).isTrue();
        assertThat(ticket.changeStatusByStaff(TicketStatus.OPEN, NOW)).isFalse();
        ticket.changePriority(TicketPriority.NORMAL, NOW);

        assertThat(ticket.takeChanges()).hasSize(1);
    }

    @Test
    void a_staff_reply_sets_the_status_the_agent_chose_with_it() {
        var ticket = newTicket();

        ticket.staffReplied(TicketStatus.WAITING_FOR_CUSTOMER, NOW);

        assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING_FOR_CUSTOMER);
        assertThat(ticket.takeChanges()).extracting(Ticket.Change::kind).containsExactly("STAFF_REPLIED", "STATUS");
    }

    @Test
    void only_status_changes_that_matter_to_the_customer_are_mailed() {
        assertThat(AgentDesk.informsCustomer(TicketStatus.NEW, TicketStatus.OPEN))
                .isFalse();
        assertThat(AgentDesk.informsCustomer(TicketStatus.ON_HOLD, TicketStatus.OPEN))
                .isFalse();
        assertThat(AgentDesk.informsCustomer(TicketStatus.OPEN, TicketStatus.RESOLVED))
                .isTrue();
        assertThat(AgentDesk.informsCustomer(TicketStatus.CLOSED, TicketStatus.OPEN))
                .isTrue();
    }

    @Test
    void ticket_numbers_are_eight_random_digits_and_reply_tokens_twenty_base32_letters() {
        for (int i = 0; i < 200; i++) {
            assertThat(TicketNumber.random().value()).matches("\\d{4}-\\d{4}");
            assertThat(TicketSecrets.newReplyToken()).matches("[a-z2-7]{20}");
        }
        assertThat(TicketNumber.parse(" 1234-5678 ")).contains(new TicketNumber("1234-5678"));
        assertThat(TicketNumber.parse("12345678")).isEmpty();
        assertThat(TicketSecrets.newAccessKey())
                .hasSizeGreaterThanOrEqualTo(43)
                .isNotEqualTo(TicketSecrets.newAccessKey());
    }
}
