package nl.loket.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.AccountSummary;
import nl.loket.accounts.Role;
import nl.loket.shared.EmailAddress;
import nl.loket.shared.Language;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestClock;
import nl.loket.tickets.remote.RemoteSupport;
import nl.loket.tickets.remote.RemoteSupportFixtures;
import nl.loket.tickets.remote.RemoteSupportReminders;
import nl.loket.tickets.remote.RemoteSupportSlots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The remote-support mails over SMTP to GreenMail, in the customer's language: the confirmation
 * with the moment, the price and how to cancel; the reminder; the cancellation.
 */
@DatabaseTest
@LoketIntegrationTest
class RemoteSupportMailIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    OutboxSender sender;

    @Autowired
    AccountManagement accounts;

    @Autowired
    RemoteSupport remoteSupport;

    @Autowired
    RemoteSupportSlots slots;

    @Autowired
    RemoteSupportReminders reminders;

    @Autowired
    TestClock clock;

    @AfterEach
    void back_to_the_real_time() {
        clock.reset();
    }

    @Test
    void an_english_customer_gets_the_confirmation_and_the_cancellation_in_english() throws Exception {
        var slot = RemoteSupportFixtures.slot(slots, clock, Duration.ofDays(3), Duration.ofDays(30), 2, 4500);
        var customer = inLanguage(customer("Emma English"), Language.EN);

        var booking = remoteSupport.book(RemoteSupportFixtures.booking(slot, customer, "My mailbox is full"));
        var period = booking.appointment().period();
        var confirmation = mails(customer).getFirst();

        assertThat(confirmation.getSubject())
                .startsWith("Your remote support appointment:")
                .endsWith("[#" + booking.ticket().value() + "]");
        assertThat(DeliveredMails.text(confirmation))
                .contains("Hello Emma English", "When: " + period, "Price: €45.00", "My mailbox is full")
                .contains("Cancel by "
                        + nl.loket.tickets.Appointment.moment(
                                booking.appointment().cancellableUntil()))
                .contains(
                        "https://loket.test/portal/tickets/" + booking.ticket().value());

        remoteSupport.cancel(customer.id(), booking.id());

        var cancellation = mails(customer).getLast();
        assertThat(cancellation.getSubject()).startsWith("Appointment cancelled:");
        assertThat(DeliveredMails.text(cancellation))
                .contains("When: " + period)
                .doesNotContain("Cancel by");
    }

    @Test
    void a_dutch_customer_gets_one_reminder_a_day_before_the_slot() throws Exception {
        var slot = RemoteSupportFixtures.slot(slots, clock, Duration.ofHours(30), Duration.ofHours(40), 1, 4500);
        var customer = customer("Daan Herinnering");
        var booking = remoteSupport.book(RemoteSupportFixtures.booking(slot, customer, "Printer"));
        assertThat(mails(customer)).hasSize(1);

        clock.advance(Duration.between(clock.instant(), slot.startsAt().minus(Duration.ofHours(23))));
        reminders.sendDue();
        reminders.sendDue();

        var all = mails(customer);
        assertThat(all).hasSize(2);
        assertThat(all.getLast().getSubject()).startsWith("Herinnering:");
        assertThat(DeliveredMails.text(all.getLast()))
                .contains(
                        "Wanneer: " + booking.appointment().period(),
                        "Prijs: € 45,00",
                        "binnenkort helpen we je op afstand");
    }

    private AccountSummary customer(String name) {
        var account = TestAccounts.create(accounts, Role.CUSTOMER, name);
        return accounts.find(EmailAddress.of(account.email())).orElseThrow();
    }

    private static AccountSummary inLanguage(AccountSummary account, Language language) {
        return new AccountSummary(
                account.id(),
                account.email(),
                account.name(),
                account.roles(),
                account.status(),
                language,
                account.passwordResetRequired(),
                account.createdAt(),
                account.passwordChangedAt());
    }

    private java.util.List<MimeMessage> mails(AccountSummary customer) {
        return DeliveredMails.to(sender, smtp, customer.email().value());
    }
}
