package nl.loket.notifications;

import static nl.loket.notifications.MailTestData.mailsTo;
import static nl.loket.notifications.MailTestData.someAccount;
import static nl.loket.notifications.MailTestData.uniqueRecipient;
import static org.assertj.core.api.Assertions.assertThat;

import nl.loket.accounts.EmailChangeRequested;
import nl.loket.accounts.EmailConfirmationRequested;
import nl.loket.accounts.PasswordResetRequested;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
@LoketIntegrationTest
class OutboxTransactionIntegrationTests {

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutboxAdministration administration;

    @Test
    void a_change_that_is_rolled_back_leaves_no_mail() {
        var recipient = uniqueRecipient("rolled-back");

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new PasswordResetRequested(
                    someAccount(), recipient, "Jan", Language.NL, "/password/reset?token=t1", 60, false));
            assertThat(mailsTo(jdbc, recipient))
                    .as("written inside the transaction")
                    .isOne();
            status.setRollbackOnly();
        });

        assertThat(mailsTo(jdbc, recipient)).isZero();
    }

    @Test
    void a_change_that_fails_takes_its_mail_with_it() {
        var recipient = uniqueRecipient("failed-change");

        try {
            transactions.executeWithoutResult(status -> {
                events.publishEvent(new EmailConfirmationRequested(
                        someAccount(), recipient, "Jan", Language.NL, "/register/confirm?token=t2", 24));
                throw new IllegalStateException("the change failed after publishing");
            });
        } catch (IllegalStateException expected) {
            // the change and its mail are gone together
        }

        assertThat(mailsTo(jdbc, recipient)).isZero();
    }

    @Test
    void a_committed_change_leaves_exactly_one_waiting_mail() {
        var recipient = uniqueRecipient("committed");

        transactions.executeWithoutResult(status -> events.publishEvent(new EmailConfirmationRequested(
                someAccount(), recipient, "Jan", Language.EN, "/register/confirm?token=t3", 24)));

        var mail = administration.find(MailTestData.idOfMailTo(jdbc, recipient)).orElseThrow();
        assertThat(mail.status()).isEqualTo(OutboxEntry.Status.WAITING);
        assertThat(mail.kind()).isEqualTo("email-confirmation");
        assertThat(mail.purpose()).isEqualTo(MailPurpose.ACCOUNT);
        assertThat(mail.language()).isEqualTo(Language.EN);
        assertThat(mail.subject()).startsWith("Confirm your e-mail address");
        assertThat(mail.attempts()).isZero();
    }

    @Test
    void an_e_mail_change_sends_the_link_to_the_new_address_and_only_a_notice_to_the_old_one() {
        var oldAddress = uniqueRecipient("old");
        var newAddress = uniqueRecipient("new");

        transactions.executeWithoutResult(status -> events.publishEvent(new EmailChangeRequested(
                someAccount(),
                oldAddress,
                newAddress,
                "Jan",
                Language.NL,
                "/portal/email/confirm?token=secret42",
                24)));

        var toNew =
                administration.find(MailTestData.idOfMailTo(jdbc, newAddress)).orElseThrow();
        var toOld =
                administration.find(MailTestData.idOfMailTo(jdbc, oldAddress)).orElseThrow();
        assertThat(toNew.kind()).isEqualTo("email-change-confirmation");
        assertThat(toNew.textBody()).contains("https://loket.test/portal/email/confirm?token=secret42");
        assertThat(toOld.kind()).isEqualTo("email-change-notice");
        assertThat(toOld.textBody() + toOld.htmlBody()).doesNotContain("secret42", "href=");
    }
}
