package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.loket.accounts.AccountId;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A reply written on a view that missed newer messages is held back; a note is saved anyway. */
@DatabaseTest
@LoketIntegrationTest
class StaleReplyIntegrationTests {

    private static final Agent ANNA = TicketFixtures.agent(new AccountId(900_011), "Anna Antwoord");
    private static final Agent BOB = TicketFixtures.agent(new AccountId(900_012), "Bob Bijdehand");

    @Autowired
    TicketDesk desk;

    @Autowired
    AgentDesk agentDesk;

    @Test
    void a_reply_after_a_customer_message_the_agent_has_not_seen_is_not_sent_and_changes_nothing() {
        var opened = open();
        var page = view(opened.number());
        desk.reply(opened.number(), new TicketAccess.Key(opened.accessKey()), "Het werkt nu ineens wel.");

        assertThatThrownBy(() -> agentDesk.reply(
                        opened.number(),
                        ANNA,
                        "Heeft u het al opnieuw geprobeerd?",
                        TicketStatus.RESOLVED,
                        page.seen()))
                .isInstanceOfSatisfying(StaleReplyException.class, stale -> assertThat(stale.unread())
                        .containsExactly(view(opened.number()).seen().messageId()));

        var after = view(opened.number());
        assertThat(after.messages())
                .extracting(AgentMessage::text)
                .doesNotContain("Heeft u het al opnieuw geprobeerd?");
        assertThat(after.status()).isNotEqualTo(TicketStatus.RESOLVED);
    }

    @Test
    void sending_again_from_the_newer_view_sends_the_reply() {
        var opened = open();
        var page = view(opened.number());
        agentDesk.note(opened.number(), BOB, "Ik heb de klant net gebeld.");
        assertThatThrownBy(() -> agentDesk.reply(opened.number(), ANNA, "Antwoord", TicketStatus.OPEN, page.seen()))
                .isInstanceOf(StaleReplyException.class);

        agentDesk.reply(
                opened.number(),
                ANNA,
                "Antwoord",
                TicketStatus.OPEN,
                view(opened.number()).seen());

        assertThat(view(opened.number()).messages())
                .extracting(AgentMessage::text)
                .contains("Antwoord");
    }

    @Test
    void the_agents_own_newer_message_does_not_hold_back_their_reply() {
        var opened = open();
        var page = view(opened.number());
        agentDesk.note(opened.number(), ANNA, "Eerst even noteren.");

        agentDesk.reply(opened.number(), ANNA, "Dan nu het antwoord.", TicketStatus.OPEN, page.seen());

        assertThat(view(opened.number()).messages())
                .extracting(AgentMessage::text)
                .contains("Dan nu het antwoord.");
    }

    @Test
    void a_note_on_a_stale_view_is_saved_and_says_what_the_agent_missed() {
        var opened = open();
        var page = view(opened.number());
        agentDesk.reply(opened.number(), BOB, "Antwoord van Bob", TicketStatus.OPEN);
        var bobsReply = view(opened.number()).seen().messageId();

        var unread = agentDesk.note(opened.number(), ANNA, "Notitie van Anna", page.seen());

        assertThat(unread).containsExactly(bobsReply);
        assertThat(view(opened.number()).messages())
                .extracting(AgentMessage::text)
                .contains("Notitie van Anna");
    }

    private OpenedTicket open() {
        return desk.open(TicketFixtures.guestQuestion(
                TicketFixtures.uniqueAddress("stale"), "Verouderd beeld", "Mijn mail komt niet aan."));
    }

    private AgentTicketView view(TicketNumber number) {
        return agentDesk.find(number, ANNA).orElseThrow();
    }
}
