package nl.loket.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.accounts.StaffAdministration;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.testsupport.TestAccounts.TestAccount;
import nl.loket.tickets.AgentDesk;
import nl.loket.tickets.DepartmentMembers;
import nl.loket.tickets.OpenedTicket;
import nl.loket.tickets.ServiceLevelBreached;
import nl.loket.tickets.ServiceLevelBreaches;
import nl.loket.tickets.ServiceLevelFixtures;
import nl.loket.tickets.TicketDesk;
import nl.loket.tickets.TicketFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Breach notices by mail, over SMTP to GreenMail: one per colleague however many nodes sweep, in
 * the colleague's language, with the ticket's link at the desk, its due time in Amsterdam time,
 * level, department and assignee; never to a customer.
 */
@DatabaseTest
@LoketIntegrationTest
class ServiceLevelMailIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));

    @Autowired
    OutboxSender sender;

    @Autowired
    ServiceLevelBreaches breaches;

    @Autowired
    DepartmentMembers members;

    @Autowired
    AgentDesk agentDesk;

    @Autowired
    TicketDesk desk;

    @Autowired
    AccountManagement accounts;

    @Autowired
    StaffAdministration staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    @AfterEach
    void departments_without_members() {
        ServiceLevelFixtures.noMembers(context);
    }

    @Test
    void each_colleague_gets_one_mail_when_two_nodes_sweep_at_the_same_moment_and_again_later() throws Exception {
        var assignee = colleague("Bas Behandelaar");
        var member = colleague("Mila Lid");
        var otherMember = colleague("Otto Lid");
        var outsider = colleague("Nina Buiten");
        members.change(ServiceLevelFixtures.departmentId(context, "hosting"), Set.of(member.id(), otherMember.id()));
        var opened = breachedTicket(assignee);

        try (var nodes = Executors.newFixedThreadPool(2)) {
            Callable<Integer> sweep = breaches::notifyDue;
            var a = nodes.submit(sweep);
            var b = nodes.submit(sweep);
            a.get();
            b.get();
        }
        breaches.notifyDue();

        for (var colleague : List.of(assignee, member, otherMember)) {
            assertThat(breachMails(colleague.email(), opened)).hasSize(1);
        }
        assertThat(breachMails(outsider.email(), opened)).isEmpty();
    }

    @Test
    void the_mail_says_in_dutch_which_ticket_missed_what_and_links_to_the_desk() throws Exception {
        var assignee = colleague("Bas Behandelaar");
        var member = colleague("Mila Lid");
        members.change(ServiceLevelFixtures.departmentId(context, "hosting"), Set.of(member.id()));
        var opened = breachedTicket(assignee);
        var due = WHEN.format(firstResponseDue(opened));

        breaches.notifyDue();

        var mail = breachMails(member.email(), opened).getFirst();
        assertThat(mail.getSubject())
                .isEqualTo(
                        "Servicelevel overschreden: ticket " + opened.number().value() + " (eerste reactie)");
        assertThat(DeliveredMails.text(mail))
                .contains("Hallo Mila Lid,")
                .contains("Ticket " + opened.number().value() + " „Website ligt eruit”")
                .contains("de eerste reactie had er uiterlijk " + due + " moeten zijn")
                .contains("Afdeling: Hosting & storingen")
                .contains("Servicelevel: Premium 24x7 (gegarandeerd)")
                .contains("Uiterlijk: " + due)
                .contains("Behandelaar: Bas Behandelaar")
                .contains("https://loket.test/desk/tickets/" + opened.number().value())
                .contains("aan medewerkers")
                .doesNotContain("supportteam; dat is gratis");
        assertThat(mail.getContent().toString()).isNotBlank();
    }

    @Test
    void a_colleague_who_reads_english_gets_it_in_english() throws Exception {
        var member = colleague("Emma English");
        jdbc.update(
                "update account set preferred_language = 'en' where id = ?",
                member.id().value());
        members.change(ServiceLevelFixtures.departmentId(context, "hosting"), Set.of(member.id()));
        var opened = breachedTicket(null);

        breaches.notifyDue();

        var mail = breachMails(member.email(), opened).getFirst();
        assertThat(mail.getSubject())
                .isEqualTo("Service level breached: ticket " + opened.number().value() + " (first response)");
        assertThat(DeliveredMails.text(mail))
                .contains("Hello Emma English")
                .contains("Department: Hosting and outages")
                .contains("Service level: Premium 24x7 (guaranteed)")
                .contains("Assignee: nobody yet")
                .contains("https://loket.test/desk/tickets/" + opened.number().value());
    }

    @Test
    void no_customer_ever_gets_a_breach_notice() throws Exception {
        var member = colleague("Mila Lid");
        members.change(ServiceLevelFixtures.departmentId(context, "hosting"), Set.of(member.id()));
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Klant Nieuwsgierig");
        var disabled = colleague("Dirk Uitgeschakeld");
        staff.disable(
                disabled.id(), TestAccounts.create(accounts, Role.ADMINISTRATOR).id());
        var opened = breachedTicket(null);
        var requester = jdbc.queryForObject(
                "select requester_email from ticket where number = ?",
                String.class,
                opened.number().value());

        breaches.notifyDue();
        // An event that names a customer (or a disabled colleague) still mails staff only.
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> events.publishEvent(new ServiceLevelBreached(
                        opened.number(),
                        "Website ligt eruit",
                        desk.departments().getFirst(),
                        "Premium 24x7",
                        "RESOLUTION",
                        Instant.now(),
                        true,
                        customer.id(),
                        List.of(customer.id(), disabled.id(), member.id()))));

        assertThat(breachMails(member.email(), opened)).hasSize(2);
        assertThat(breachMails(customer.email(), opened)).isEmpty();
        assertThat(breachMails(disabled.email(), opened)).isEmpty();
        assertThat(breachMails(requester, opened)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where kind = 'sla-breached' and recipient in (?, ?, ?)",
                        Integer.class,
                        customer.email(),
                        disabled.email(),
                        requester))
                .isZero();
    }

    private OpenedTicket breachedTicket(TestAccount assignee) {
        var agent = TicketFixtures.agent(colleague("Agent Mail").id(), "Agent Mail");
        var opened = ServiceLevelFixtures.premiumTicket(context, "hosting", agent);
        if (assignee != null) {
            agentDesk.assign(opened.number(), agent, assignee.id());
        }
        ServiceLevelFixtures.timePasses(context, opened.number(), Duration.ofMinutes(75));
        return opened;
    }

    private Instant firstResponseDue(OpenedTicket opened) {
        return jdbc.queryForObject(
                        "select due_at from ticket_service_clock where clock = 'FIRST_RESPONSE'"
                                + " and ticket_id = (select id from ticket where number = ?)",
                        Timestamp.class,
                        opened.number().value())
                .toInstant();
    }

    /** The breach notices about this ticket that reached {@code address} (not the ticket's other mails). */
    private List<MimeMessage> breachMails(String address, OpenedTicket opened) {
        return DeliveredMails.to(sender, smtp, address).stream()
                .filter(mail -> subject(mail).contains(opened.number().value()))
                .filter(mail -> subject(mail).startsWith("Servicelevel overschreden")
                        || subject(mail).startsWith("Service level breached"))
                .toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private TestAccount colleague(String name) {
        return TestAccounts.create(accounts, Role.SUPPORT_AGENT, name);
    }
}
