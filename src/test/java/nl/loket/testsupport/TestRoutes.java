package nl.loket.testsupport;

import java.security.Principal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.loket.accounts.ApiScope;
import nl.loket.accounts.RequiresScope;
import nl.loket.tickets.attachments.AttachmentDownloads;
import nl.loket.tickets.attachments.AttachmentId;
import nl.loket.tickets.attachments.AttachmentPolicy;
import nl.loket.tickets.attachments.AttachmentStore;
import nl.loket.tickets.attachments.Upload;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Routes and beans that exist only in tests: failures on purpose, a module-event probe, a movable
 * clock, an API probe for personal tokens and a form that uses the attachment component.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestRoutes {

    public static final String FAILING_PAGE = "/test-support/failure";
    public static final String FAILING_API = "/api/v1/test-support/failure";
    public static final String SECRET_IN_FAILURE = "secret-internal-detail-42";
    /** A form with the attachment input, its upload, and downloads of what it stored. */
    public static final String ATTACHMENTS_PAGE = "/test-support/attachments";
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

    /** How a ticket form uses the attachment component; the subject shows that nothing else is lost. */
    @Controller
    @TestComponent
    static class AttachmentsPage {

        private final AttachmentStore store;
        private final AttachmentPolicy policy;
        private final AttachmentDownloads downloads;

        AttachmentsPage(AttachmentStore store, AttachmentPolicy policy, AttachmentDownloads downloads) {
            this.store = store;
            this.policy = policy;
            this.downloads = downloads;
        }

        @GetMapping(ATTACHMENTS_PAGE)
        String form(Model model) {
            model.addAttribute("rules", policy.rules());
            return "test-support/attachments";
        }

        @PostMapping(ATTACHMENTS_PAGE)
        String upload(
                @RequestParam(name = "files", required = false) List<MultipartFile> files,
                @RequestParam(defaultValue = "") String subject,
                Model model) {
            var receipt = store.storeAll(Upload.fromForm(files == null ? List.of() : files));
            model.addAttribute("rules", policy.rules());
            model.addAttribute("subject", subject);
            model.addAttribute("receipt", receipt);
            return "test-support/attachments";
        }

        @GetMapping(ATTACHMENTS_PAGE + "/{id}")
        ResponseEntity<Resource> download(@PathVariable long id) {
            return downloads.download(store.find(new AttachmentId(id))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
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
