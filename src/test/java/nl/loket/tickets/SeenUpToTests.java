package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import nl.loket.accounts.AccountId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Which messages an agent has not seen, from the newest one on their page. */
class SeenUpToTests {

    private static final AccountId ME = new AccountId(7);
    private static final AccountId COLLEAGUE = new AccountId(8);

    private static final List<AgentMessage> CONVERSATION = List.of(
            message(10, AuthorKind.CUSTOMER, null, false),
            message(11, AuthorKind.STAFF, ME, false),
            message(12, AuthorKind.CUSTOMER, null, false),
            message(13, AuthorKind.STAFF, COLLEAGUE, true),
            message(14, AuthorKind.STAFF, ME, true),
            message(15, AuthorKind.STAFF, COLLEAGUE, false));

    @Test
    void nothing_is_unread_when_the_page_showed_the_newest_message() {
        assertThat(new SeenUpTo(15).unread(CONVERSATION, ME)).isEmpty();
    }

    @Test
    void a_customer_reply_and_a_colleagues_note_and_reply_after_the_page_are_unread() {
        assertThat(new SeenUpTo(11).unread(CONVERSATION, ME))
                .extracting(AgentMessage::id)
                .containsExactly(12L, 13L, 15L);
    }

    @Test
    void the_agents_own_messages_never_count_as_unread() {
        assertThat(new SeenUpTo(13).unread(CONVERSATION, ME))
                .extracting(AgentMessage::id)
                .containsExactly(15L);
        assertThat(new SeenUpTo(13).unread(CONVERSATION, COLLEAGUE))
                .extracting(AgentMessage::id)
                .containsExactly(14L);
    }

    @Test
    void a_negative_message_id_is_refused() {
        assertThatThrownBy(() -> new SeenUpTo(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static AgentMessage message(long id, AuthorKind kind, @Nullable AccountId staff, boolean note) {
        return new AgentMessage(
                id,
                kind,
                "naam",
                staff,
                note,
                Channel.WEB,
                Instant.parse("2026-11-22T10:00:00Z"),
                "tekst " + id,
                java.util.List.of());
    }
}
