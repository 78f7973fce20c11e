package nl.loket.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

class CsrfPostProcessorTests {

    @Test
    void tests_give_mock_requests_their_csrf_token_the_way_loket_stores_it() {
        var tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("nl.loket");

        noClasses()
                .should()
                .callMethod(SecurityMockMvcRequestPostProcessors.class, "csrf")
                .orShould()
                .callMethod(SecurityMockMvcRequestBuilders.class, "formLogin")
                .orShould()
                .callMethod(SecurityMockMvcRequestBuilders.class, "formLogin", String.class)
                .orShould()
                .callMethod(SecurityMockMvcRequestBuilders.class, "logout")
                .orShould()
                .callMethod(SecurityMockMvcRequestBuilders.class, "logout", String.class)
                .because("they swap the application's CSRF token store for a session-based one for the rest of"
                        + " the test run; use nl.loket.testsupport.Csrf.csrf() and Csrf.signIn()")
                .check(tests);
    }
}
