package nl.loket.tickets.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Random;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestAccounts.TestAccount;
import nl.loket.tickets.AgentDesk;
import nl.loket.tickets.OpenedTicket;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketFixtures;
import nl.loket.tickets.TicketSearch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Searching tickets at the desk and over the API: Dutch words, numbers, addresses and notes are
 * found, any text is answered without an error, and customers never search other people's tickets.
 */
@DatabaseTest
@LoketIntegrationTest
class DeskSearchIntegrationTests {

    private static final Random RANDOM = new Random();

    @Autowired
    MockMvc mvc;

    @Autowired
    TicketDesk desk;

    @Autowired
    AgentDesk agentDesk;

    @Autowired
    TicketSearch search;

    @Autowired
    AccountManagement accounts;

    TestAccount agent;

    @BeforeEach
    void an_agent() {
        agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Zoekende Agent");
    }

    @Test
    void a_dutch_word_finds_its_other_forms_in_the_conversation_and_marks_them() throws Exception {
        var unique = word();
        var opened = open("Vraag over " + unique, "Mijn factuur van oktober klopt niet, zie " + unique);

        mvc.perform(get("/desk/search").param("q", "facturen " + unique).with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(opened.number().value())))
                .andExpect(content().string(containsString("<mark>factuur</mark>")));
        assertThat(search.search("facturen " + unique, 1, agentOf())
                        .hits()
                        .getFirst()
                        .number())
                .isEqualTo(opened.number());
    }

    @Test
    void a_ticket_is_found_by_its_number_with_or_without_the_dash_and_by_the_customer_s_address() throws Exception {
        var opened = open("Nummer zoeken", "Iets heel gewoons");
        var number = opened.number().value();
        var address = addressOf(opened);

        for (var query : new String[] {number, number.replace("-", ""), "ticket " + number, address}) {
            assertThat(search.search(query, 1, agentOf()).hits().getFirst().number())
                    .as(query)
                    .isEqualTo(opened.number());
        }
        mvc.perform(get("/desk/search").param("q", address).with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)));
    }

    @Test
    void an_internal_note_and_a_staff_reply_are_found_by_staff() throws Exception {
        var opened = open("Notitie zoeken", "Vraag zonder bijzondere woorden");
        var inNote = word();
        var inReply = word();
        var number = opened.number().value();
        mvc.perform(post("/desk/tickets/" + number + "/note")
                        .with(csrf())
                        .with(agent.signedIn())
                        .param("text", "Klant belde, zie " + inNote))
                .andExpect(status().isFound());
        mvc.perform(post("/desk/tickets/" + number + "/reply")
                        .with(csrf())
                        .with(agent.signedIn())
                        .param("text", "Wij hebben " + inReply + " aangepast")
                        .param("status", "OPEN"))
                .andExpect(status().isFound());

        assertThat(search.search(inNote, 1, agentOf()).hits())
                .extracting(hit -> hit.number())
                .containsExactly(opened.number());
        assertThat(search.search(inReply, 1, agentOf()).hits())
                .extracting(hit -> hit.number())
                .containsExactly(opened.number());
    }

    @Test
    void after_a_merge_the_duplicate_s_words_find_the_target() throws Exception {
        var requester = TicketFixtures.uniqueAddress("zoek-dubbel");
        var unique = word();
        var source = desk.open(TicketFixtures.guestQuestion(requester, "Dubbel", "Alleen hier staat " + unique));
        var target = desk.open(TicketFixtures.guestQuestion(requester, "Doel", "Het doel"));

        mvc.perform(post("/desk/tickets/" + source.number().value() + "/merge")
                        .with(csrf())
                        .with(agent.signedIn())
                        .param("target", target.number().value()))
                .andExpect(status().isFound());

        assertThat(search.search(unique, 1, agentOf()).hits())
                .extracting(hit -> hit.number())
                .containsExactly(target.number());
    }

    @Test
    void any_text_is_answered_with_a_page_never_an_error() throws Exception {
        var inputs = new String[] {
            "",
            " ",
            "\"",
            "(",
            ")",
            "*",
            "AND",
            "~",
            "a AND (b OR \"c",
            "field:value^2~1",
            "\\",
            "de het een",
            "x".repeat(10_000),
            "factuur ".repeat(1_500),
            "\u0000\uFFFF",
            "[0 TO 9]",
            "/regex/",
            "?",
            "-",
            "+"
        };
        for (var input : inputs) {
            mvc.perform(get("/desk/search").param("q", input).with(agent.signedIn()))
                    .andExpect(status().isOk());
            mvc.perform(get("/api/v1/tickets").param("q", input).with(agent.signedIn()))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/desk/search")
                        .param("q", "factuur")
                        .param("page", "rommel")
                        .with(agent.signedIn()))
                .andExpect(status().isOk());
        mvc.perform(get("/desk/search")
                        .param("q", "factuur")
                        .param("page", "-5")
                        .with(agent.signedIn()))
                .andExpect(status().isOk());
        mvc.perform(get("/desk/search")
                        .param("q", "factuur")
                        .param("page", "99999999999")
                        .with(agent.signedIn()))
                .andExpect(status().isOk());
    }

    @Test
    void the_api_search_gives_staff_results_and_customers_only_their_own_tickets() throws Exception {
        var unique = word();
        var customerA = TestAccounts.create(accounts, Role.CUSTOMER, "Zoeker A");
        var customerB = TestAccounts.create(accounts, Role.CUSTOMER, "Zoeker B");
        var ofB = desk.open(TicketFixtures.question(
                EmailAddress.of(customerB.email()),
                "Van B " + unique,
                "Geheim van B " + unique,
                customerB.id(),
                Language.NL,
                "administratie"));

        mvc.perform(get("/api/v1/tickets").param("q", unique).with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tickets[0].number").value(ofB.number().value()))
                .andExpect(jsonPath("$.tickets[0].snippet").value(containsString(unique)));
        mvc.perform(get("/api/v1/tickets").param("q", unique).with(customerA.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(ofB.number().value()))))
                .andExpect(content().string(not(containsString(unique))));
        mvc.perform(get("/desk/search").param("q", unique).with(customerB.signedIn()))
                .andExpect(status().isForbidden());
        var editor = TestAccounts.create(accounts, Role.KNOWLEDGE_EDITOR, "Geen Balie Zoeker");
        mvc.perform(get("/desk/search").param("q", unique).with(editor.signedIn()))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_queue_page_has_the_search_box() throws Exception {
        mvc.perform(get("/desk").with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/desk/search\"")));
    }

    private OpenedTicket open(String subject, String text) {
        return desk.open(TicketFixtures.guestQuestion(TicketFixtures.uniqueAddress("zoek"), subject, text));
    }

    private String addressOf(OpenedTicket opened) {
        return agentDesk
                .find(opened.number(), agentOf())
                .orElseThrow()
                .requesterEmail()
                .value();
    }

    private nl.loket.tickets.Agent agentOf() {
        return TicketFixtures.agent(agent.id(), "Zoekende Agent");
    }

    /**
     * A made-up word that no other test writes, so that it finds exactly one ticket; of letters that
     * hold no Dutch word, so that compound splitting finds no parts in it.
     */
    private static String word() {
        var letters = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            letters.append("qxzjkvw".charAt(RANDOM.nextInt(7)));
        }
        return letters.toString();
    }
}
