package nl.loket.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import nl.loket.accounts.AccountId;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.DefaultApplicationArguments;

/** The ticket index is rebuilt at start when it does not match the database. */
@DatabaseTest
@LoketIntegrationTest
class TicketSearchIndexIntegrationTests {

    @Autowired
    TicketSearchIndex index;

    @Autowired
    TicketSearch search;

    @Autowired
    TicketDesk desk;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Value("${spring.jpa.properties.hibernate.search.backend.directory.root}")
    String indexRoot;

    @Test
    void an_index_that_lost_its_tickets_is_rebuilt_at_start_and_finds_them_again() throws Exception {
        var opened = desk.open(TicketFixtures.guestQuestion(
                TicketFixtures.uniqueAddress("herbouw"), "Herbouw", "De zqxjkvwzqx-kabel is stuk"));
        var agent = TicketFixtures.agent(new AccountId(1), "Agent");
        var versionFile = Path.of(indexRoot, "ticket-index-version");
        Search.mapping(entityManagerFactory).scope(Ticket.class).workspace().purge();
        Files.writeString(versionFile, "an-older-mapping");
        assertThat(search.search("zqxjkvwzqx", 1, agent).hits()).isEmpty();

        index.run(new DefaultApplicationArguments());

        var deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!TicketSearchIndex.VERSION.equals(Files.readString(versionFile))
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(versionFile)).isEqualTo(TicketSearchIndex.VERSION);
        assertThat(search.search("zqxjkvwzqx", 1, agent).hits())
                .extracting(TicketSearchPage.Hit::number)
                .containsExactly(opened.number());
    }
}
