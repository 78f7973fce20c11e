package nl.loket.tickets.calendar.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import nl.loket.accounts.AccountManagement;
import nl.loket.accounts.Role;
import nl.loket.testsupport.BrowserTest;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator keeps a calendar in Chromium: hours refused and fixed, a day off added, a file imported. */
@BrowserTest
@LoketIntegrationTest
class CalendarAdministrationBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Test
    void an_administrator_sets_hours_with_a_lunch_break_adds_a_day_off_and_imports_holidays(
            Page page, @TempDir Path files) throws Exception {
        var admin = TestAccounts.create(accounts, Role.ADMINISTRATOR, "Agenda-beheerder");
        page.navigate(url("/login"));
        page.getByLabel("E-mailadres").fill(admin.email());
        page.getByLabel("Wachtwoord").fill(admin.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();

        page.navigate(url("/admin"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Werktijden en feestdagen"))
                .click();
        var name = "Servicedesk " + UUID.randomUUID().toString().substring(0, 6);
        page.getByLabel("Naam").fill(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmaken"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name)))
                .isVisible();

        page.getByLabel("Maandag").fill("09:00-13:00, 12:30-17:00");
        page.getByLabel("Ook gesloten op Goede Vrijdag").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan"))
                .click();
        assertThat(page.getByText("09:00-13:00 en 12:30-17:00 overlappen elkaar."))
                .isVisible();
        assertThat(page.getByLabel("Ook gesloten op Goede Vrijdag")).isChecked();

        page.getByLabel("Maandag").fill("09:00-12:30, 13:00-17:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan"))
                .click();
        assertThat(page.getByText("De werktijden zijn opgeslagen.")).isVisible();
        assertThat(page.getByLabel("Maandag")).hasValue("09:00-12:30, 13:00-17:00");
        assertThat(page.getByLabel("Ook gesloten op Goede Vrijdag")).isChecked();

        page.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true)).fill("2030-05-31");
        page.locator("#day-name").fill("Brugdag");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen"))
                .click();
        assertThat(page.getByText("De vrije dag is toegevoegd.")).isVisible();
        assertThat(page.locator("#holiday-list")).containsText("vrijdag 31 mei 2030");
        assertThat(page.locator("#holiday-list")).containsText("Bevrijdingsdag");

        var ics = files.resolve("sluiting.ics");
        Files.writeString(
                ics,
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20301223\r\nDTEND;VALUE=DATE:20301227\r\n"
                        + "SUMMARY:Kerstsluiting\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                StandardCharsets.UTF_8);
        page.getByLabel("iCalendar-bestand").setInputFiles(ics);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importeren"))
                .click();
        assertThat(page.locator("#import-summary")).containsText("2 dagen ge\u00efmporteerd, 2 overgeslagen");
        assertThat(page.locator("#import-skipped")).containsText("Eerste Kerstdag");
        assertThat(page.locator("#holiday-list")).containsText("maandag 23 december 2030");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
