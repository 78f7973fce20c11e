package nl.loket.accounts;

import static nl.loket.accounts.AccountFixtures.uniqueAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
@LoketIntegrationTest
class AuditLogIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    private final LocalDate today = LocalDate.now(AuditLog.ZONE);

    @Test
    void an_event_published_outside_a_transaction_is_stored_at_once() {
        var email = uniqueAddress();

        events.publishEvent(event(SecurityEvent.Kind.SIGN_IN_FAILED, email, "zomaar"));

        var found = audit.search(new AuditLog.Filter(null, email, null, null), 0, 10);
        assertThat(found.getContent()).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(SecurityEvent.Kind.SIGN_IN_FAILED);
            assertThat(entry.ip()).isEqualTo("192.0.2.7");
            assertThat(entry.detail()).isEqualTo("zomaar");
        });
    }

    @Test
    void an_event_of_a_transaction_is_stored_when_it_commits_and_not_when_it_rolls_back() {
        var committed = uniqueAddress();
        var rolledBack = uniqueAddress();

        transactions.executeWithoutResult(
                status -> events.publishEvent(event(SecurityEvent.Kind.PASSWORD_CHANGED, committed, "")));
        transactions.executeWithoutResult(status -> {
            events.publishEvent(event(SecurityEvent.Kind.PASSWORD_CHANGED, rolledBack, ""));
            status.setRollbackOnly();
        });

        assertThat(audit.search(new AuditLog.Filter(null, committed, null, null), 0, 10)
                        .getTotalElements())
                .isEqualTo(1);
        assertThat(audit.search(new AuditLog.Filter(null, rolledBack, null, null), 0, 10)
                        .getTotalElements())
                .isZero();
    }

    @Test
    void the_log_filters_by_kind_address_and_dates_newest_first_a_page_at_a_time() {
        var email = uniqueAddress();
        for (int i = 0; i < 3; i++) {
            events.publishEvent(event(SecurityEvent.Kind.SIGN_IN_FAILED, email, "poging " + i));
        }
        events.publishEvent(event(SecurityEvent.Kind.SIGN_IN_SUCCEEDED, email, "gelukt"));

        assertThat(audit.search(new AuditLog.Filter(SecurityEvent.Kind.SIGN_IN_FAILED, email, today, today), 0, 10)
                        .getTotalElements())
                .isEqualTo(3);
        assertThat(audit.search(new AuditLog.Filter(null, email.toUpperCase(), null, null), 0, 10)
                        .getContent()
                        .getFirst()
                        .detail())
                .isEqualTo("gelukt");
        assertThat(audit.search(new AuditLog.Filter(null, email, today.plusDays(1), null), 0, 10)
                        .getTotalElements())
                .isZero();
        assertThat(audit.search(new AuditLog.Filter(null, email, null, today.minusDays(1)), 0, 10)
                        .getTotalElements())
                .isZero();
        var secondPage = audit.search(new AuditLog.Filter(null, email, null, null), 1, 3);
        assertThat(secondPage.getTotalElements()).isEqualTo(4);
        assertThat(secondPage.getContent()).singleElement().satisfies(entry -> assertThat(entry.detail())
                .isEqualTo("poging 0"));
    }

    @Test
    void administrators_read_the_log_filtered_in_their_language() throws Exception {
        var email = uniqueAddress();
        events.publishEvent(event(SecurityEvent.Kind.SIGN_IN_THROTTLED, email, "te vaak"));
        var other = uniqueAddress();
        events.publishEvent(event(SecurityEvent.Kind.SIGN_IN_THROTTLED, other, ""));

        mvc.perform(get("/admin/audit")
                        .param("email", email)
                        .param("kind", "SIGN_IN_THROTTLED")
                        .param("from", today.toString())
                        .param("to", today.toString())
                        .with(user("beheer@example.nl").roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Eén gebeurtenis")))
                .andExpect(content().string(containsString("Inloggen afgeremd")))
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(not(containsString(other))));
        mvc.perform(get("/admin/audit")
                        .param("from", "gisteren")
                        .param("lang", "en")
                        .with(user("beheer@example.nl").roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A date is not valid")));
    }

    private static SecurityEvent event(SecurityEvent.Kind kind, String email, String detail) {
        return new SecurityEvent(kind, null, null, email, "192.0.2.7", detail);
    }
}
