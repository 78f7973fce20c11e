package nl.loket.notifications;

import java.util.UUID;
import nl.loket.accounts.AccountId;
import nl.loket.shared.EmailAddress;
import org.springframework.jdbc.core.JdbcTemplate;

/** Recipients no other test uses: tests share one database and one outbox. */
final class MailTestData {

    private MailTestData() {}

    static EmailAddress uniqueRecipient(String who) {
        return EmailAddress.of(who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@mail.loket.test");
    }

    static AccountId someAccount() {
        return new AccountId(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000));
    }

    static long idOfMailTo(JdbcTemplate jdbc, EmailAddress recipient) {
        return jdbc.queryForObject("select id from mail_outbox where recipient = ?", Long.class, recipient.value());
    }

    static int mailsTo(JdbcTemplate jdbc, EmailAddress recipient) {
        return jdbc.queryForObject(
                "select count(*) from mail_outbox where recipient = ?", Integer.class, recipient.value());
    }
}
