package nl.loket.testsupport;

import java.security.Principal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.loket.accounts.ApiScope;
import nl.loket.accounts.RequiresScope;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Routes and beans that exist only in tests: failures on purpose, a module-event probe, a movable clock. */
@TestConfiguration(proxyBeanMethods = false)
public class TestRoutes {

    public static final String FAILING_PAGE = "/test-support/failure";
    public static final String FAILING_API = "/api/v1/test-support/failure";
    public static final String SECRET_IN_FAILURE = "secret-internal-detail-42";
    /** A POST to the API that any personal API token may make: answers with the caller's name. */
    public static final String WHO_AM_I_API = "/api/v1/test-support/who-am-i";

    /** An event as a module would publish it. */
    public record ProbeEvent(String text) {}

    /** Records the events its module listener received, after their transaction committed. */
    public static class ProbeListener {

        private final List<String> received = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(ProbeEvent event) {
            received.add(event.text());
        }

        public List<String> received() {
            return received;
        }
    }

    /** The application's clock: real time that a test can move forward (see {@link TestClock}). */
    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    RecordedEvents recordedEvents() {
        return new RecordedEvents();
    }

    @Bean
    ProbeListener probeListener() {
        return new ProbeListener();
    }

    // Registered as member classes of this configuration; @TestComponent keeps the app's scan off them.
    @Controller
    @TestComponent
    static class FailingPage {
        @GetMapping(FAILING_PAGE)
        String fail() {
            throw new IllegalStateException(SECRET_IN_FAILURE);
        }
    }

    @RestController
    @TestComponent
    static class WhoAmIApi {
        @PostMapping(WHO_AM_I_API)
        @RequiresScope(ApiScope.ACCOUNT_READ)
        String whoAmI(Principal principal) {
            return principal.getName();
        }
    }

    @RestController
    @TestComponent
    static class FailingApi {
        @GetMapping(FAILING_API)
        String fail() {
            throw new IllegalStateException(SECRET_IN_FAILURE);
        }
    }
}
