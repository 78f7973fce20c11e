package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import nl.loket.accounts.AccountId;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The rules of merging one ticket into another, without a database. */
class TicketMergeTests {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static long ids = 1;

    private static Ticket ticket(String number, String email, @Nullable Long customer) {
        var ticket = new Ticket(
                new TicketNumber(number),
                1,
                "Vraag " + number,
                new Ticket.Requester(
                        customer == null ? null : new AccountId(customer),
                        EmailAddress.of(email),
                        "Klant",
                        Language.NL),
                "abcdefghijklmnopqrs" + (char) ('a' + ids % 20),
                NOW.minusSeconds(3600));
        ReflectionTestUtils.setField(ticket, "id", ids++);
        ticket.takeChanges();
        return ticket;
    }

    @Test
    void a_merged_ticket_is_closed_leads_to_its_target_and_both_note_the_merge() {
        var source = ticket("1111-1111", "klant@example.nl", null);
        var target = ticket("2222-2222", "klant@example.nl", null);

        source.mergeInto(target, NOW);

        assertThat(source.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(source.mergedIntoId()).isEqualTo(target.id());
        assertThat(source.takeChanges())
                .extracting(Ticket.Change::kind, Ticket.Change::newValue)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("MERGED_INTO", "2222-2222"),
                        org.assertj.core.groups.Tuple.tuple("STATUS", "CLOSED"));
        assertThat(target.takeChanges())
                .extracting(Ticket.Change::kind, Ticket.Change::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MERGED_FROM", "1111-1111"));
        assertThat(target.status()).isEqualTo(TicketStatus.NEW);
        assertThat(target.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void a_merged_ticket_is_not_reopened() {
        var source = ticket("1111-1111", "klant@example.nl", null);
        source.mergeInto(ticket("2222-2222", "klant@example.nl", null), NOW);

        assertRefused(() -> source.changeStatusByStaff(TicketStatus.OPEN, NOW), "tickets.rule.merged-already");
        assertThat(source.status()).isEqualTo(TicketStatus.CLOSED);
    }

    @Test
    void a_ticket_cannot_be_merged_into_itself_or_twice_or_into_a_merged_or_closed_one() {
        var source = ticket("1111-1111", "klant@example.nl", null);
        var target = ticket("2222-2222", "klant@example.nl", null);
        var other = ticket("3333-3333", "klant@example.nl", null);
        var closed = ticket("4444-4444", "klant@example.nl", null);
        closed.closeByCustomer(NOW);

        assertRefused(() -> source.mergeInto(source, NOW), "tickets.rule.merge-into-itself");
        assertRefused(() -> source.mergeInto(closed, NOW), "tickets.rule.merge-target-closed");
        source.mergeInto(target, NOW);
        assertRefused(() -> source.mergeInto(other, NOW), "tickets.rule.merged-already");
        assertRefused(() -> other.mergeInto(source, NOW), "tickets.rule.merge-target-merged");
    }

    @Test
    void tickets_of_different_customers_are_never_merged() {
        var ofA = ticket("1111-1111", "a@example.nl", 10L);
        var ofB = ticket("2222-2222", "b@example.nl", 11L);
        var otherAccountSameAddress = ticket("3333-3333", "a@example.nl", 12L);
        var guestElsewhere = ticket("4444-4444", "c@example.nl", null);

        assertRefused(() -> ofA.mergeInto(ofB, NOW), "tickets.rule.merge-other-customer");
        assertRefused(() -> ofA.mergeInto(otherAccountSameAddress, NOW), "tickets.rule.merge-other-customer");
        assertRefused(() -> guestElsewhere.mergeInto(ofA, NOW), "tickets.rule.merge-other-customer");
        assertThat(ofA.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ofA.mergedIntoId()).isNull();
    }

    @Test
    void a_guest_ticket_merges_into_the_account_holders_ticket_with_the_same_address() {
        var guest = ticket("1111-1111", "Klant@Example.nl", null);
        var account = ticket("2222-2222", "klant@example.nl", 10L);

        guest.mergeInto(account, NOW);

        assertThat(guest.mergedIntoId()).isEqualTo(account.id());
    }

    @Test
    void a_closed_ticket_can_still_be_merged_once() {
        var closed = ticket("1111-1111", "klant@example.nl", null);
        closed.closeByCustomer(NOW);
        closed.takeChanges();
        var target = ticket("2222-2222", "klant@example.nl", null);

        closed.mergeInto(target, NOW);

        assertThat(closed.takeChanges()).extracting(Ticket.Change::kind).containsExactly("MERGED_INTO");
    }

    private static void assertRefused(Runnable merge, String key) {
        assertThatThrownBy(merge::run)
                .isInstanceOfSatisfying(TicketRuleException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo(key));
    }
}
