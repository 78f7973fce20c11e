package nl.loket.tickets.web;

import static nl.loket.testsupport.Csrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.testsupport.DatabaseTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import nl.loket.tickets.DepartmentMembers;
import nl.loket.tickets.ServiceLevelBreaches;
import nl.loket.tickets.ServiceLevelFixtures;
import nl.loket.tickets.TicketFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Administrators choose which colleagues belong to each department (they hear of its breaches) on
 * {@code /admin/departments}; nobody else may. The desk history tells a breach in words.
 */
@DatabaseTest
@LoketIntegrationTest
@WithMockUser(username = "admin@loket.test", roles = "ADMINISTRATOR")
class DepartmentAdministrationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DepartmentMembers members;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ServiceLevelBreaches breaches;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    @AfterEach
    void departments_without_members() {
        ServiceLevelFixtures.noMembers(context);
    }

    @Test
    void the_page_lists_every_department_with_the_colleagues_who_work_with_customers() throws Exception {
        TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Sanne Support");
        TestAccounts.create(accounts, Role.KNOWLEDGE_EDITOR, "Karel Kennisbank");
        TestAccounts.create(accounts, Role.CUSTOMER, "Klaas Klant");

        mvc.perform(get("/admin/departments"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Afdelingen en hun leden"),
                                containsString("Administratie"),
                                containsString("Technische ondersteuning"),
                                containsString("Hosting &amp; storingen"),
                                containsString("Sanne Support"),
                                containsString("alle medewerkers die met klanten werken krijgen haar meldingen"),
                                not(containsString("Karel Kennisbank")),
                                not(containsString("Klaas Klant")))));
        mvc.perform(get("/admin/departments").header("Accept-Language", "en"))
                .andExpect(
                        content().string(allOf(containsString("Hosting and outages"), containsString("Save members"))));
        mvc.perform(get("/admin")).andExpect(content().string(containsString("href=\"/admin/departments\"")));
    }

    @Test
    void saved_members_are_ticked_and_replace_the_earlier_ones() throws Exception {
        var first = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Fleur Eerste");
        var second = TestAccounts.create(accounts, Role.CUSTOMER_SERVICE, "Sem Tweede");
        var hosting = ServiceLevelFixtures.departmentId(context, "hosting");

        mvc.perform(post("/admin/departments/{id}/members", hosting)
                        .with(csrf())
                        .param(
                                "staff",
                                String.valueOf(first.id().value()),
                                String.valueOf(second.id().value())))
                .andExpect(redirectedUrl("/admin/departments#department-" + hosting));
        assertThat(members.of(hosting)).containsExactlyInAnyOrder(first.id(), second.id());
        mvc.perform(get("/admin/departments"))
                .andExpect(content()
                        .string(containsString(
                                "name=\"staff\" value=\"" + first.id().value() + "\" checked")));

        mvc.perform(post("/admin/departments/{id}/members", hosting)
                        .with(csrf())
                        .param("staff", String.valueOf(second.id().value())))
                .andExpect(status().is3xxRedirection());
        assertThat(members.of(hosting)).containsExactly(second.id());

        mvc.perform(post("/admin/departments/{id}/members", hosting).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(members.of(hosting)).isEmpty();
    }

    @Test
    void a_customer_or_a_made_up_id_is_refused_with_a_message_and_nothing_changes() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Ruben Blijft");
        var customer = TestAccounts.create(accounts, Role.CUSTOMER, "Klant Ongewenst");
        var hosting = ServiceLevelFixtures.departmentId(context, "hosting");
        members.change(hosting, java.util.Set.of(agent.id()));

        for (var wrong : new String[] {String.valueOf(customer.id().value()), String.valueOf(Long.MAX_VALUE)}) {
            mvc.perform(post("/admin/departments/{id}/members", hosting)
                            .with(csrf())
                            .param("staff", wrong))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Er is niets gewijzigd")));
        }
        mvc.perform(post("/admin/departments/{id}/members", hosting)
                        .with(csrf())
                        .param("staff", "abc"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/departments/{id}/members", Long.MAX_VALUE).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(members.of(hosting)).containsExactly(agent.id());
    }

    @Test
    void only_administrators_see_or_change_the_members() throws Exception {
        var agent = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Agent Nieuwsgierig");
        var hosting = ServiceLevelFixtures.departmentId(context, "hosting");

        mvc.perform(get("/admin/departments").with(agent.signedIn())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/departments/{id}/members", hosting)
                        .with(csrf())
                        .with(agent.signedIn())
                        .param("staff", String.valueOf(agent.id().value())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/departments").with(user("klant@loket.test").roles("CUSTOMER")))
                .andExpect(status().isForbidden());

        assertThat(members.of(hosting)).isEmpty();
    }

    @Test
    void the_desk_history_tells_a_breach_in_words() throws Exception {
        var account = TestAccounts.create(accounts, Role.SUPPORT_AGENT, "Agent Historie");
        var agent = TicketFixtures.agent(account.id(), "Agent Historie");
        members.change(ServiceLevelFixtures.departmentId(context, "hosting"), java.util.Set.of(account.id()));
        var opened = ServiceLevelFixtures.premiumTicket(context, "hosting", agent);
        ServiceLevelFixtures.timePasses(context, opened.number(), Duration.ofHours(2));

        breaches.notifyDue();

        mvc.perform(get("/desk/tickets/{number}", opened.number().value()).with(account.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Servicelevel overschreden: Eerste reactie")));
    }
}
